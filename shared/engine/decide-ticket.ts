import { activeTicketStates } from '../domain/ticket';
import type { CommandOf } from './commands';
import type { CommandContext } from './context';
import { heldTicket } from './decide-call';
import {
  accept,
  counterLabel,
  findTicket,
  isDecision,
  refuse,
  serviceName,
  ticketId,
  type ConfiguredState,
  type Decision,
} from './support';

/**
 * Moves a visitor to another service, counter or agent. The continuation ticket keeps the
 * number, token and original arrival time, so the visitor keeps their place in the queue.
 */
export function decideTransfer(
  state: ConfiguredState,
  command: CommandOf<'ticket:transfer'>,
  ctx: CommandContext,
): Decision {
  const ticket = heldTicket(
    state,
    command.ticketId,
    ctx,
    ['waiting', 'called', 'serving'],
    'transferred',
  );
  if (isDecision(ticket)) return ticket;
  const { config } = state;
  const { to } = command;
  let service = ticket.service;
  let reserved: { reservedCounterId?: string; reservedAgentId?: string } = {};
  if ('service' in to) {
    const target = config.services.find((s) => s.code === to.service);
    if (!target)
      return refuse('not-found', `There is no service "${to.service}"; choose one from the list.`, {
        service: to.service,
      });
    if (
      target.code === ticket.service &&
      !ticket.reservedCounterId &&
      !ticket.reservedAgentId &&
      ticket.state === 'waiting'
    ) {
      return refuse(
        'validation',
        `Ticket ${ticket.number} already waits for ${serviceName(config, target.code)}.`,
      );
    }
    service = target.code;
  } else if ('counterId' in to) {
    if (!config.counters.some((c) => c.id === to.counterId)) {
      return refuse('not-found', `No counter has id "${to.counterId}".`, {
        counterId: to.counterId,
      });
    }
    if (to.counterId === ticket.counterId) {
      return refuse(
        'validation',
        `Ticket ${ticket.number} is already at ${counterLabel(config, to.counterId)}.`,
      );
    }
    reserved = { reservedCounterId: to.counterId };
  } else {
    if (!config.agents.some((a) => a.id === to.agentId)) {
      return refuse('not-found', `No agent has id "${to.agentId}".`, { agentId: to.agentId });
    }
    if (to.agentId === ticket.agentId && ticket.state !== 'waiting') {
      return refuse('validation', `Ticket ${ticket.number} is already with agent ${to.agentId}.`);
    }
    reserved = { reservedAgentId: to.agentId };
  }
  const seq = state.seq + 1;
  return accept({
    type: 'ticket:transferred',
    at: ctx.now,
    ticketId: ticket.id,
    newTicketId: ticketId(ticket.day, seq),
    seq,
    service,
    ...reserved,
    ...(command.note ? { note: command.note } : {}),
  });
}

export function decideFinish(
  state: ConfiguredState,
  command: CommandOf<'ticket:finish'>,
  ctx: CommandContext,
): Decision {
  const ticket = heldTicket(state, command.ticketId, ctx, ['called', 'serving'], 'finished');
  if (isDecision(ticket)) return ticket;
  const outcomes = state.config.outcomes.map((o) => o.code);
  if (!outcomes.includes(command.outcome)) {
    return refuse(
      'validation',
      `Unknown outcome "${command.outcome}"; use one of: ${outcomes.join(', ')}.`,
      { outcomes },
    );
  }
  return accept({
    type: 'ticket:finished',
    at: ctx.now,
    ticketId: ticket.id,
    outcome: command.outcome,
    ...(command.note ? { note: command.note } : {}),
  });
}

export function decideCancel(
  state: ConfiguredState,
  command: CommandOf<'ticket:cancel'>,
  ctx: CommandContext,
): Decision {
  const ticket = heldTicket(
    state,
    command.ticketId,
    ctx,
    ['waiting', 'called'],
    'cancelled (finish it instead)',
  );
  if (isDecision(ticket)) return ticket;
  return accept({ type: 'ticket:cancelled', at: ctx.now, ticketId: ticket.id });
}

/**
 * Records how the ticket reached the visitor. The kiosk prints after the ticket is issued
 * and falls back to paperless when printing fails, so the latest word wins; saying the
 * same again records nothing. A kiosk may only speak for the tickets it issued.
 */
export function decideDeliver(
  state: ConfiguredState,
  command: CommandOf<'ticket:deliver'>,
  ctx: CommandContext,
): Decision {
  const ticket = findTicket(state, command.ticketId);
  if (isDecision(ticket)) return ticket;
  // A kiosk speaks for the tickets it issued, not for another kiosk's (nor a counter's).
  if (ctx.actor.role === 'kiosk' && (!ticket.issuedBy || ticket.issuedBy !== ctx.actor.deviceId))
    return refuse(
      'forbidden',
      `Ticket ${ticket.number} was not issued by this kiosk: only the kiosk that issued a ticket (or staff) records how it was delivered.`,
      { ticketId: ticket.id },
    );
  if (ticket.delivery === command.medium) return accept();
  return accept({
    type: 'ticket:delivered',
    at: ctx.now,
    ticketId: ticket.id,
    medium: command.medium,
  });
}

/**
 * A second paper for a visitor who lost theirs (or whose ticket is unreadable), printed at
 * the counter of the agent who asks: recorded as an event so the day's log and report
 * show it, not only the printer's journal. Only a ticket still in the queue is reprinted.
 */
export function decideReprint(
  state: ConfiguredState,
  command: CommandOf<'ticket:reprint'>,
  ctx: CommandContext,
): Decision {
  const ticket = findTicket(state, command.ticketId);
  if (isDecision(ticket)) return ticket;
  if (!activeTicketStates.has(ticket.state))
    return refuse(
      'invalid-state',
      `Ticket ${ticket.number} is no longer in the queue (${ticket.state}): only a waiting, called or served ticket is reprinted.`,
      { ticketId: ticket.id, state: ticket.state },
    );
  const { agentId } = ctx.actor;
  const counter = agentId
    ? Object.values(state.counters).find((c) => c.status !== 'closed' && c.agentId === agentId)
    : undefined;
  if (!agentId || !counter)
    return refuse(
      'forbidden',
      "A reprint comes out of the printer of the agent's counter: open your counter first.",
    );
  return accept({
    type: 'ticket:reprinted',
    at: ctx.now,
    ticketId: ticket.id,
    counterId: counter.id,
    agentId,
    ...(command.reason ? { reason: command.reason } : {}),
  });
}
