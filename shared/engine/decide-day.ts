import type { CommandOf } from './commands';
import type { CommandContext } from './context';
import type { QueueState } from './state';
import { accept, refuse, today, type ConfiguredState, type Decision } from './support';
import { dayReport } from './views/day-report';

/**
 * Ends a local day: tickets still waiting or called are closed unserved, tickets being
 * served are finished without an outcome, and (for today) every counter is closed. The
 * event carries the day's report. An earlier day left open by a stopped hub can be named.
 */
export function decideDayEnd(
  state: ConfiguredState,
  command: CommandOf<'day:end'>,
  ctx: CommandContext,
): Decision {
  const current = today(state.config, ctx.now);
  const day = command.day ?? current;
  if (day > current)
    return refuse(
      'validation',
      `${day} has not come yet; only today or an earlier day can be ended.`,
    );
  const tickets = Object.values(state.tickets).filter((t) => t.day === day);
  const closedCounterIds =
    day === current
      ? Object.values(state.counters)
          .filter((c) => c.status !== 'closed')
          .map((c) => c.id)
      : [];
  return accept({
    type: 'day:ended',
    at: ctx.now,
    day,
    closedTicketIds: tickets
      .filter((t) => t.state === 'waiting' || t.state === 'called')
      .map((t) => t.id),
    interruptedTicketIds: tickets.filter((t) => t.state === 'serving').map((t) => t.id),
    closedCounterIds,
    report: dayReport(state, day),
  });
}

/**
 * The earliest local day before today that still has active tickets: the hub sends
 * `day:end` for it after a restart that missed the evening.
 */
export function staleDay(state: QueueState, now: number): string | undefined {
  if (!state.config) return undefined;
  const current = today(state.config, now);
  let stale: string | undefined;
  for (const ticket of Object.values(state.tickets)) {
    const active =
      ticket.state === 'waiting' || ticket.state === 'called' || ticket.state === 'serving';
    if (active && ticket.day < current && (stale === undefined || ticket.day < stale))
      stale = ticket.day;
  }
  return stale;
}
