import { localDate } from '../calendar/zoned-time';
import { activeTicketStates } from '../domain/ticket';
import type { CommandOf } from './commands';
import type { CommandContext } from './context';
import type { QueueState } from './state';
import { accept, refuse, type ConfiguredState, type Decision } from './support';

/**
 * A new configuration is refused while it would strand someone: an open counter it
 * removes, or active tickets of a service it removes.
 */
export function decideConfigReplace(
  state: QueueState,
  command: CommandOf<'config:replace'>,
  ctx: CommandContext,
): Decision {
  const next = command.config;
  const counters = new Set(next.counters.map((c) => c.id));
  for (const counter of Object.values(state.counters)) {
    if (counter.status !== 'closed' && !counters.has(counter.id)) {
      return refuse(
        'conflict',
        `Counter "${counter.id}" is open and the new configuration removes it; close it first.`,
        { counterId: counter.id },
      );
    }
  }
  const services = new Set(next.services.map((s) => s.code));
  const stranded = Object.values(state.tickets).filter(
    (t) => activeTicketStates.has(t.state) && !services.has(t.service),
  );
  const first = stranded[0];
  if (first) {
    return refuse(
      'conflict',
      `${stranded.length} ticket(s) are still active for service "${first.service}", which the new configuration removes; serve, transfer or cancel them first.`,
      { service: first.service, ticketIds: stranded.map((t) => t.id) },
    );
  }
  return accept({ type: 'config:replaced', at: ctx.now, config: next });
}

function duplicate(values: (string | undefined)[]): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    if (value === undefined) continue;
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}

/** Checks the whole list before accepting any of it: a bad list changes nothing. */
export function decideAppointmentsLoad(
  state: ConfiguredState,
  command: CommandOf<'appointments:load'>,
  ctx: CommandContext,
): Decision {
  const { config } = state;
  const services = new Set(config.services.map((s) => s.code));
  const list = command.appointments;
  const unknown = list.filter((a) => !services.has(a.service));
  if (unknown.length > 0) {
    return refuse(
      'validation',
      `${unknown.length} appointment(s) name an unknown service; fix the services or the appointments and load again.`,
      {
        appointmentIds: unknown.map((a) => a.id),
        services: [...new Set(unknown.map((a) => a.service))],
      },
    );
  }
  const otherDay = list.filter((a) => localDate(a.start, config.timezone) !== command.date);
  if (otherDay.length > 0) {
    return refuse(
      'validation',
      `${otherDay.length} appointment(s) do not start on ${command.date} (site time); load each day separately.`,
      { appointmentIds: otherDay.map((a) => a.id) },
    );
  }
  const checks: [string, (string | undefined)[]][] = [
    ['id', list.map((a) => a.id)],
    ['bookingCode', list.map((a) => a.bookingCode)],
    ['antsNumber', list.map((a) => a.antsNumber)],
    ['qrToken', list.map((a) => a.qrToken)],
  ];
  for (const [field, values] of checks) {
    const repeated = duplicate(values);
    if (repeated !== undefined) {
      return refuse(
        'validation',
        `Two appointments share the ${field} "${repeated}"; each must be unique.`,
        {
          field,
          value: repeated,
        },
      );
    }
  }
  return accept({
    type: 'appointments:loaded',
    at: ctx.now,
    date: command.date,
    appointments: list,
  });
}
