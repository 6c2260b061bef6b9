import type { Ticket } from '../domain/ticket';
import { candidateOf, nextFor, servesTicket } from './calling-order';
import type { CommandOf } from './commands';
import type { CommandContext } from './context';
import { heldCounter, isCounter } from './decide-counter';
import type { CounterState } from './state';
import {
  accept,
  actsOnCounter,
  counterLabel,
  findTicket,
  isDecision,
  refuse,
  serviceName,
  today,
  type ConfiguredState,
  type Decision,
} from './support';

/** A counter ready to call: open, not paused, nobody at the desk. */
function readyCounter(
  state: ConfiguredState,
  counterId: string,
  ctx: CommandContext,
): CounterState | Decision {
  const counter = heldCounter(state, counterId, ctx);
  if (!isCounter(counter)) return counter;
  if (counter.status !== 'open') {
    return refuse(
      'invalid-state',
      counter.status === 'paused'
        ? 'This counter is paused; resume it before calling.'
        : 'Open this counter before calling.',
      { counterId, status: counter.status },
    );
  }
  if (counter.currentTicketId) {
    const number = state.tickets[counter.currentTicketId]?.number ?? counter.currentTicketId;
    return refuse(
      'invalid-state',
      `Ticket ${number} is still at this counter; finish, transfer or mark it as a no-show first.`,
      {
        counterId,
        ticketId: counter.currentTicketId,
      },
    );
  }
  return counter;
}

/** The ticket, checked to be in one of `states`, and held by the actor when it is at a counter. */
export function heldTicket(
  state: ConfiguredState,
  id: string,
  ctx: CommandContext,
  states: readonly Ticket['state'][],
  what: string,
): Ticket | Decision {
  const ticket = findTicket(state, id);
  if (isDecision(ticket)) return ticket;
  if (!states.includes(ticket.state)) {
    return refuse(
      'invalid-state',
      `Ticket ${ticket.number} is ${ticket.state}; it cannot be ${what}.`,
      {
        ticketId: ticket.id,
        state: ticket.state,
      },
    );
  }
  const counter = ticket.counterId ? state.counters[ticket.counterId] : undefined;
  return (counter && actsOnCounter(ctx, counter)) ?? ticket;
}

export function decideCallNext(
  state: ConfiguredState,
  command: CommandOf<'counter:call-next'>,
  ctx: CommandContext,
): Decision {
  const counter = readyCounter(state, command.counterId, ctx);
  if (!isCounter(counter)) return counter;
  const next = nextFor(state, counter, ctx.now, today(state.config, ctx.now));
  if (!next) {
    return refuse('queue-empty', 'Nobody is waiting for this counter now.', {
      counterId: counter.id,
    });
  }
  return accept({
    type: 'ticket:called',
    at: ctx.now,
    ticketId: next.ticket.id,
    counterId: counter.id,
    agentId: counter.agentId ?? '',
    callClass: next.callClass,
    pick: 'next',
  });
}

export function decideCallTicket(
  state: ConfiguredState,
  command: CommandOf<'counter:call-ticket'>,
  ctx: CommandContext,
): Decision {
  const counter = readyCounter(state, command.counterId, ctx);
  if (!isCounter(counter)) return counter;
  const ticket = findTicket(state, command.ticketId);
  if (isDecision(ticket)) return ticket;
  if (ticket.state !== 'waiting') {
    const where = ticket.counterId ? ` at ${counterLabel(state.config, ticket.counterId)}` : '';
    return refuse('conflict', `Ticket ${ticket.number} is already ${ticket.state}${where}.`, {
      ticketId: ticket.id,
      state: ticket.state,
      counterId: ticket.counterId,
    });
  }
  if (ticket.day !== today(state.config, ctx.now)) {
    return refuse(
      'invalid-state',
      `Ticket ${ticket.number} is from ${ticket.day}; end that day instead of calling it.`,
      {
        ticketId: ticket.id,
        day: ticket.day,
      },
    );
  }
  if (!servesTicket(counter, ticket)) {
    const reserved = ticket.reservedCounterId ?? ticket.reservedAgentId;
    return refuse(
      reserved ? 'conflict' : 'invalid-state',
      reserved
        ? `Ticket ${ticket.number} was transferred to ${reserved}; only they can call it.`
        : `This counter does not serve ${serviceName(state.config, ticket.service)}; transfer the ticket instead.`,
      { ticketId: ticket.id, service: ticket.service },
    );
  }
  return accept({
    type: 'ticket:called',
    at: ctx.now,
    ticketId: ticket.id,
    counterId: counter.id,
    agentId: counter.agentId ?? '',
    callClass: candidateOf(state, ticket, ctx.now, counter.services).callClass,
    pick: 'specific',
  });
}

/** Recalls up to the configured limit; one more marks the visitor as a no-show. */
export function decideRecall(
  state: ConfiguredState,
  command: CommandOf<'ticket:recall'>,
  ctx: CommandContext,
): Decision {
  const ticket = heldTicket(state, command.ticketId, ctx, ['called'], 'recalled');
  if (isDecision(ticket)) return ticket;
  if (ticket.recalls >= state.config.recallLimit) {
    return accept({
      type: 'ticket:marked-no-show',
      at: ctx.now,
      ticketId: ticket.id,
      reason: 'recall-limit',
    });
  }
  return accept({
    type: 'ticket:recalled',
    at: ctx.now,
    ticketId: ticket.id,
    counterId: ticket.counterId ?? '',
    recalls: ticket.recalls + 1,
  });
}

export function decideStart(
  state: ConfiguredState,
  command: CommandOf<'ticket:start'>,
  ctx: CommandContext,
): Decision {
  const ticket = heldTicket(state, command.ticketId, ctx, ['called'], 'started');
  if (isDecision(ticket)) return ticket;
  return accept({ type: 'ticket:started', at: ctx.now, ticketId: ticket.id });
}

export function decideNoShow(
  state: ConfiguredState,
  command: CommandOf<'ticket:no-show'>,
  ctx: CommandContext,
): Decision {
  const ticket = heldTicket(state, command.ticketId, ctx, ['called'], 'marked as a no-show');
  if (isDecision(ticket)) return ticket;
  return accept({
    type: 'ticket:marked-no-show',
    at: ctx.now,
    ticketId: ticket.id,
    reason: 'no-show',
  });
}
