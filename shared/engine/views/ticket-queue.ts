import type { Ticket } from '../../domain/ticket';
import {
  callingOrder,
  candidateOf,
  candidatesFor,
  PRIORITY_DUE,
  type Candidate,
} from '../calling-order';
import type { CounterState } from '../state';
import { today, type ConfiguredState } from '../support';

function waitingTickets(state: ConfiguredState): Ticket[] {
  return Object.keys(state.waiting)
    .map((id) => state.tickets[id])
    .filter((t): t is Ticket => t !== undefined);
}

const freshStreak = { normalStreak: PRIORITY_DUE, priorityStreak: 0 };

export interface TicketQueue {
  /** The queue in calling order. */
  order: Candidate[];
  /** Counters open (not paused) that take from this queue. */
  openCounters: CounterState[];
}

function openCounters(
  state: ConfiguredState,
  accepts: (c: CounterState) => boolean,
): CounterState[] {
  return Object.values(state.counters).filter((c) => c.status === 'open' && accepts(c));
}

/**
 * The queue a waiting ticket stands in, in calling order: its service's queue, or the
 * counter's or agent's after a transfer to them. Interleaving is simulated from a fresh
 * start, since several counters with their own rhythm take from a service queue.
 */
export function queueOfTicket(state: ConfiguredState, ticket: Ticket, now: number): TicketQueue {
  const day = today(state.config, now);
  if (ticket.reservedCounterId) {
    const counter = state.counters[ticket.reservedCounterId];
    if (counter) {
      return {
        order: callingOrder(
          candidatesFor(state, counter, now, day),
          state.config.callingPolicy,
          counter,
        ),
        openCounters: counter.status === 'open' ? [counter] : [],
      };
    }
  }
  if (ticket.reservedAgentId) {
    const agentId = ticket.reservedAgentId;
    const counter = Object.values(state.counters).find(
      (c) => c.status !== 'closed' && c.agentId === agentId,
    );
    if (counter) {
      return {
        order: callingOrder(
          candidatesFor(state, counter, now, day),
          state.config.callingPolicy,
          counter,
        ),
        openCounters: counter.status === 'open' ? [counter] : [],
      };
    }
    const reserved = waitingTickets(state).filter(
      (t) => t.day === day && t.reservedAgentId === agentId,
    );
    return {
      order: callingOrder(
        reserved.map((t) => candidateOf(state, t, now, [])),
        state.config.callingPolicy,
        freshStreak,
      ),
      openCounters: [],
    };
  }
  return serviceQueue(state, ticket.service, now);
}

/** The walk-in queue of a service (tickets transferred to a named counter or agent excluded). */
export function serviceQueue(state: ConfiguredState, service: string, now: number): TicketQueue {
  const day = today(state.config, now);
  const waiting = waitingTickets(state).filter(
    (t) => t.day === day && t.service === service && !t.reservedCounterId && !t.reservedAgentId,
  );
  return {
    order: callingOrder(
      waiting.map((t) => candidateOf(state, t, now, [service])),
      state.config.callingPolicy,
      freshStreak,
    ),
    openCounters: openCounters(state, (c) => c.services.includes(service)),
  };
}
