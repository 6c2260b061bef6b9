import type { Ticket } from '../../domain/ticket';
import type { QueueState } from '../state';
import type { ConfiguredState } from '../support';
import { queueOfTicket, serviceQueue, type TicketQueue } from './ticket-queue';

export interface WaitEstimate {
  service: string;
  /** People who will be called before this ticket (or before a ticket taken now). */
  peopleAhead: number;
  openCounters: number;
  /** Mean service time used, in ms. */
  serviceTimeMs: number;
  /** Timed visits the mean comes from; 0 when the configured default is used. */
  samples: number;
  /** Rounded up; null when no open counter serves the queue (no honest figure exists). */
  minutes: number | null;
  /** How the figure was computed, in words, for staff and for audits. */
  method: string;
}

/** Fewer timed visits than this and the service's configured duration is used instead. */
export const MIN_SAMPLES = 3;

/** The mean of the last N served durations of a service, or its configured default. */
export function serviceTime(
  state: ConfiguredState,
  service: string,
): { ms: number; samples: number } {
  const durations = (state.serviceTimes[service] ?? []).slice(0, state.config.estimateSampleSize);
  if (durations.length >= MIN_SAMPLES) {
    return {
      ms: durations.reduce((a, b) => a + b, 0) / durations.length,
      samples: durations.length,
    };
  }
  const configured =
    state.config.services.find((s) => s.code === service)?.defaultServiceMinutes ?? 10;
  return { ms: configured * 60_000, samples: 0 };
}

function estimate(
  state: ConfiguredState,
  service: string,
  queue: TicketQueue,
  peopleAhead: number,
): WaitEstimate {
  const time = serviceTime(state, service);
  const counters = queue.openCounters.length;
  const minutesEach = Math.round(time.ms / 6_000) / 10;
  const source =
    time.samples > 0
      ? `${minutesEach} min, the mean of the last ${time.samples} timed visits`
      : `${minutesEach} min, the service's configured duration (fewer than ${MIN_SAMPLES} timed visits so far)`;
  if (counters === 0) {
    return {
      service,
      peopleAhead,
      openCounters: 0,
      serviceTimeMs: time.ms,
      samples: time.samples,
      minutes: null,
      method: `${peopleAhead} ahead; no open counter serves this queue now, so no estimate.`,
    };
  }
  const minutes = Math.ceil((peopleAhead * time.ms) / counters / 60_000);
  return {
    service,
    peopleAhead,
    openCounters: counters,
    serviceTimeMs: time.ms,
    samples: time.samples,
    minutes,
    method: `${peopleAhead} ahead × ${source} ÷ ${counters} open counter(s) serving the queue (counters shared with other services and visits in progress are not counted).`,
  };
}

/** The wait for a walk-in ticket taken now: everyone waiting in the service queue is ahead. */
export function serviceWaitEstimate(
  state: ConfiguredState,
  service: string,
  now: number,
): WaitEstimate {
  const queue = serviceQueue(state, service, now);
  return estimate(state, service, queue, queue.order.length);
}

/** The wait of a waiting ticket: the people before it in its queue's calling order. */
export function ticketWaitEstimate(
  state: ConfiguredState,
  ticket: Ticket,
  now: number,
): WaitEstimate & { position: number } {
  const queue = queueOfTicket(state, ticket, now);
  const index = queue.order.findIndex((c) => c.ticket.id === ticket.id);
  const peopleAhead = index < 0 ? queue.order.length : index;
  return { ...estimate(state, ticket.service, queue, peopleAhead), position: peopleAhead + 1 };
}

/** Public form: the estimate for a walk-in ticket taken now; undefined before configuration. */
export function estimateForService(
  state: QueueState,
  service: string,
  now: number,
): WaitEstimate | undefined {
  return state.config ? serviceWaitEstimate(state as ConfiguredState, service, now) : undefined;
}
