import type { Channel } from '../domain/ticket';
import type { Service } from '../domain/service';
import { serviceAvailability, type UnavailableReason } from './availability';
import { checkInVerdict } from './check-in';
import type { CommandOf } from './commands';
import type { CommandContext } from './context';
import type { DomainErrorCode } from './errors';
import type { EventOf } from './events';
import { nextTicketNumber } from './numbering';
import { serviceWaitEstimate } from './views/estimate';
import {
  accept,
  refuse,
  serviceName,
  ticketId,
  today,
  type ConfiguredState,
  type Decision,
} from './support';

const unavailableCode: Record<UnavailableReason, DomainErrorCode> = {
  unknown: 'not-found',
  'appointment-only': 'appointment-only',
  closed: 'closed',
  'past-cut-off': 'past-cut-off',
  full: 'full',
};

const unavailableMessage: Record<UnavailableReason, (name: string) => string> = {
  unknown: (name) => `There is no service "${name}"; choose one from the list.`,
  'appointment-only': (name) =>
    `${name} receives visitors by appointment only; book an appointment online.`,
  closed: (name) => `${name} is closed now; come back when it opens.`,
  'past-cut-off': (name) =>
    `${name} takes no more walk-in tickets today; come back on another day.`,
  full: (name) => `${name} has given all its walk-in tickets for today; come back on another day.`,
};

/** Staff at a counter or on the phone serve people already in front of them: no cap nor cut-off. */
const staffChannels: ReadonlySet<Channel> = new Set(['counter', 'phone']);

interface NewTicket {
  service: Service;
  priority: boolean;
  channel: Channel;
  language: string;
  appointmentId?: string;
}

function issueEvent(
  state: ConfiguredState,
  ticket: NewTicket,
  ctx: CommandContext,
): EventOf<'ticket:issued'> | undefined {
  const day = today(state.config, ctx.now);
  const number = nextTicketNumber(state, ticket.service.code, ticket.service.prefix, day);
  if (number === undefined) return undefined;
  const seq = state.seq + 1;
  return {
    type: 'ticket:issued',
    at: ctx.now,
    ticketId: ticketId(day, seq),
    seq,
    number,
    service: ticket.service.code,
    day,
    priority: ticket.priority,
    channel: ticket.channel,
    language: ticket.language,
    token: ctx.newToken(),
    ...(ticket.appointmentId ? { appointmentId: ticket.appointmentId } : {}),
    ...(ctx.actor.deviceId ? { issuedBy: ctx.actor.deviceId } : {}),
    estimateMinutes: serviceWaitEstimate(state, ticket.service.code, ctx.now).minutes,
  };
}

function noFreeNumber(service: Service): Decision {
  return refuse(
    'full',
    `Every ticket number of ${service.names.fr} is in use; serve or close some tickets first.`,
    {
      service: service.code,
    },
  );
}

export function decideTicketIssue(
  state: ConfiguredState,
  command: CommandOf<'ticket:issue'>,
  ctx: CommandContext,
): Decision {
  if (!state.config.languages.includes(command.language)) {
    return refuse(
      'validation',
      `Language "${command.language}" is not offered here; use one of: ${state.config.languages.join(', ')}.`,
      {
        languages: state.config.languages,
      },
    );
  }
  const availability = serviceAvailability(state, command.service, ctx.now, {
    ignoreLimits: staffChannels.has(command.channel),
  });
  if (!availability.available) {
    const { reason, service: _service, ...details } = availability;
    return refuse(
      unavailableCode[reason],
      unavailableMessage[reason](serviceName(state.config, command.service)),
      {
        service: command.service,
        reason,
        ...details,
      },
    );
  }
  const event = issueEvent(state, { ...command, service: availability.service }, ctx);
  return event ? accept(event) : noFreeNumber(availability.service);
}

export function decideCheckIn(
  state: ConfiguredState,
  command: CommandOf<'appointment:check-in'>,
  ctx: CommandContext,
): Decision {
  const verdict = checkInVerdict(state, command.reference, ctx.now);
  if (!verdict.ok) return { ok: false, error: verdict.error };
  const language = command.language ?? state.config.languages[0] ?? 'fr';
  if (!state.config.languages.includes(language)) {
    return refuse(
      'validation',
      `Language "${language}" is not offered here; use one of: ${state.config.languages.join(', ')}.`,
    );
  }
  const issued = issueEvent(
    state,
    {
      service: verdict.service,
      priority: command.priority ?? false,
      channel: command.channel ?? 'kiosk',
      language,
      appointmentId: verdict.appointment.id,
    },
    ctx,
  );
  if (!issued) return noFreeNumber(verdict.service);
  return accept(issued, {
    type: 'appointment:checked-in',
    at: ctx.now,
    appointmentId: verdict.appointment.id,
    ticketId: issued.ticketId,
  });
}
