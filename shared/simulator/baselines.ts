import type { Ticket } from '../domain/ticket';
import type { QueueState } from '../engine/state';
import type { ConfiguredState } from '../engine/support';
import { serviceTime } from '../engine/views/estimate';
import { queueOfTicket } from '../engine/views/ticket-queue';

// The baselines the engine's estimate is measured against, from queueing theory and
// practice (Ibrahim & Whitt, "Real-time delay estimation in overloaded multiserver
// queues", 2009; "Wait-time predictors for customer service systems with time-varying
// demand and capacity", 2011). Each sees the state at the moment the ticket is issued.

export interface PredictionContext {
  state: QueueState;
  ticket: Ticket;
  now: number;
  /** The latest wait (first call − queued) of a ticket of each service called today, ms. */
  lastWaitByService: Readonly<Record<string, number>>;
}

export type Predictor = (context: PredictionContext) => number | null;

function queueFacts({ state, ticket, now }: PredictionContext) {
  const configured = state as ConfiguredState;
  const queue = queueOfTicket(configured, ticket, now);
  const index = queue.order.findIndex((c) => c.ticket.id === ticket.id);
  return {
    ahead: index < 0 ? queue.order.length : index,
    counters: queue.openCounters,
    meanMs: serviceTime(configured, ticket.service).ms,
  };
}

/** People ahead × mean service time ÷ open counters (the engine's estimate before round 2). */
export const positionTimesMean: Predictor = (context) => {
  const { ahead, counters, meanMs } = queueFacts(context);
  if (counters.length === 0) return null;
  return (ahead * meanMs) / counters.length / 60_000;
};

/**
 * Queue-length predictor (QL): with s servers all busy, a customer with n ahead waits for
 * n + 1 departures at rate s/E[S]; a free server takes the head of the queue at once.
 */
export const queueLength: Predictor = (context) => {
  const { ahead, counters, meanMs } = queueFacts(context);
  if (counters.length === 0) return null;
  const idle = counters.filter((c) => !c.currentTicketId).length;
  const mustWaitFor = ahead + 1 - idle;
  return mustWaitFor <= 0 ? 0 : (mustWaitFor * meanMs) / counters.length / 60_000;
};

/** Last-to-enter-service (LES): the wait of the latest visitor of the service called. */
export const lastToEnterService: Predictor = ({ ticket, lastWaitByService }) =>
  (lastWaitByService[ticket.service] ?? 0) / 60_000;

export const baselines = {
  'position × mean ÷ counters': positionTimesMean,
  'queue length (QL)': queueLength,
  'last to enter service (LES)': lastToEnterService,
} as const satisfies Record<string, Predictor>;
