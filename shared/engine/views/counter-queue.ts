import type { CallClass } from '../../domain/ticket';
import { callingOrder, candidatesFor } from '../calling-order';
import type { CounterState, QueueState } from '../state';
import { today, type ConfiguredState } from '../support';

export interface CounterQueueEntry {
  ticketId: string;
  number: string;
  service: string;
  callClass: CallClass;
  priority: boolean;
  appointmentStart?: number;
  /** Since the visitor's original arrival. */
  waitedMs: number;
  /** Waited longer than the service's target. */
  targetCrossed: boolean;
  /** Transferred to this counter or its agent. */
  reserved: boolean;
  transferNote?: string;
}

export interface CounterQueue {
  counter: CounterState;
  /** In the order "call next" would take them from now. */
  entries: CounterQueueEntry[];
}

/** What an agent's console lists: the counter's queue in calling order, with flags. */
export function counterQueue(
  state: QueueState,
  counterId: string,
  now: number,
  options: { limit?: number } = {},
): CounterQueue | undefined {
  const counter = state.counters[counterId];
  if (!state.config || !counter) return undefined;
  const configured = state as ConfiguredState;
  const targets = new Map(
    configured.config.services.map((s) => [s.code, s.targetWaitMinutes * 60_000]),
  );
  const order = callingOrder(
    candidatesFor(configured, counter, now, today(configured.config, now)),
    configured.config.callingPolicy,
    counter,
    options.limit,
  );
  const entries = order.map(({ ticket, callClass, appointmentStart }) => {
    const waitedMs = Math.max(0, now - ticket.arrivedAt);
    return {
      ticketId: ticket.id,
      number: ticket.number,
      service: ticket.service,
      callClass,
      priority: ticket.priority,
      ...(appointmentStart !== undefined ? { appointmentStart } : {}),
      waitedMs,
      targetCrossed: waitedMs > (targets.get(ticket.service) ?? Number.POSITIVE_INFINITY),
      reserved: Boolean(ticket.reservedCounterId ?? ticket.reservedAgentId),
      ...(ticket.transferNote ? { transferNote: ticket.transferNote } : {}),
    };
  });
  return { counter, entries };
}
