import type { Ticket } from '../domain/ticket';
import type { CommandOf } from './commands';
import type { CommandContext } from './context';
import type { DomainEvent } from './events';
import { accept, refuse, ticketId, type ConfiguredState, type Decision } from './support';

// The floor manager's actions that have no counter-side equivalent: moving waiting tickets
// in bulk and the displays' message.

function byArrival(a: Ticket, b: Ticket): number {
  return a.arrivedAt - b.arrivedAt || a.seq - b.seq;
}

/**
 * Moves waiting tickets to another service or reserves them for one counter. Each becomes
 * a continuation ticket (`ticket:transferred`, like a counter's transfer) with the same
 * number, token and arrival time, so it keeps its place: the queues order by arrival, and
 * the new sequence numbers follow the tickets' original order. All or nothing; a ticket
 * already where it is sent is left as it is (a retried move records nothing).
 */
export function decideTicketsMove(
  state: ConfiguredState,
  command: CommandOf<'tickets:move'>,
  ctx: CommandContext,
): Decision {
  const { config } = state;
  const { to } = command;
  if ('serviceId' in to && !config.services.some((s) => s.code === to.serviceId))
    return refuse('not-found', `There is no service "${to.serviceId}"; choose one from the list.`, {
      serviceId: to.serviceId,
    });
  if ('counterId' in to && !config.counters.some((c) => c.id === to.counterId))
    return refuse('not-found', `No counter has id "${to.counterId}"; choose one from the list.`, {
      counterId: to.counterId,
    });
  const tickets: Ticket[] = [];
  for (const id of new Set(command.ticketIds)) {
    const ticket = state.tickets[id];
    if (!ticket)
      return refuse('not-found', `No ticket has id "${id}"; refresh the queue and try again.`, {
        ticketId: id,
      });
    if (ticket.state !== 'waiting')
      return refuse(
        'invalid-state',
        `Ticket ${ticket.number} is ${ticket.state}, no longer waiting: only waiting tickets are moved. Refresh the queue; nothing was moved.`,
        { ticketId: id, state: ticket.state },
      );
    tickets.push(ticket);
  }
  const moving = tickets
    .filter((t) =>
      'serviceId' in to
        ? t.service !== to.serviceId || t.reservedCounterId || t.reservedAgentId
        : t.reservedCounterId !== to.counterId,
    )
    .sort(byArrival);
  const events: DomainEvent[] = moving.map((ticket, index) => {
    const seq = state.seq + index + 1;
    return {
      type: 'ticket:transferred',
      at: ctx.now,
      ticketId: ticket.id,
      newTicketId: ticketId(ticket.day, seq),
      seq,
      service: 'serviceId' in to ? to.serviceId : ticket.service,
      ...('counterId' in to ? { reservedCounterId: to.counterId } : {}),
    };
  });
  return accept(...events);
}

function sender(ctx: CommandContext): string {
  return ctx.actor.agentId ?? ctx.actor.deviceId ?? ctx.actor.role;
}

/** A message on every waiting-room display until cleared; the same text again records nothing. */
export function decideDisplayMessage(
  state: ConfiguredState,
  command: CommandOf<'display:message'>,
  ctx: CommandContext,
): Decision {
  if (state.displayMessage?.text === command.text) return accept();
  return accept({ type: 'display:message-set', at: ctx.now, text: command.text, by: sender(ctx) });
}

export function decideDisplayClearMessage(state: ConfiguredState, ctx: CommandContext): Decision {
  if (!state.displayMessage) return accept();
  return accept({ type: 'display:message-cleared', at: ctx.now, by: sender(ctx) });
}
