import type { SiteConfig } from '../../domain/site-config';
import { activeTicketStates, type Ticket } from '../../domain/ticket';
import type { DomainEvent } from '../events';
import type { CounterState, QueueState } from '../state';

// The queue's invariants, written independently of the engine's own code, for the
// property tests. Plain checks rather than expect(): they run after every random step.

export function classOf(
  state: QueueState,
  config: SiteConfig,
  ticket: Ticket,
  now: number,
): string {
  const policy = config.callingPolicy;
  const appointment = ticket.appointmentId ? state.appointments[ticket.appointmentId] : undefined;
  if (
    policy.appointmentsFirst &&
    appointment &&
    appointment.start - policy.appointmentLeadMinutes * 60_000 <= now
  ) {
    return 'appointment';
  }
  return ticket.priority && policy.priority.mode !== 'none' ? 'priority' : 'normal';
}

export function eligible(counter: CounterState, ticket: Ticket, today: string): boolean {
  if (ticket.state !== 'waiting' || ticket.day !== today) return false;
  if (ticket.reservedCounterId) return ticket.reservedCounterId === counter.id;
  if (ticket.reservedAgentId) return ticket.reservedAgentId === counter.agentId;
  return counter.services.includes(ticket.service);
}

/** Frozen inputs make any mutation by the engine throw, at no cost per step. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** What decide could mutate, as text: everything but the (frozen) configuration. */
export function fingerprint(state: QueueState): string {
  return JSON.stringify({ ...state, config: null });
}

/** A cheap assertion for the hot loop (expect() per step would dominate the run time). */
export function check(condition: boolean, message: string, detail?: unknown): asserts condition {
  if (!condition)
    throw new Error(`${message}${detail === undefined ? '' : `: ${JSON.stringify(detail)}`}`);
}

export function checkCall(
  before: QueueState,
  config: SiteConfig,
  event: DomainEvent & { type: 'ticket:called' },
  now: number,
): void {
  const counter = before.counters[event.counterId];
  const called = before.tickets[event.ticketId];
  check(
    counter !== undefined && called !== undefined,
    'call of an unknown counter or ticket',
    event,
  );
  check(called.state === 'waiting', 'called a ticket that was not waiting', called);
  if (event.pick !== 'next') return;
  const others = Object.values(before.tickets).filter(
    (t) => eligible(counter, t, called.day) && t.id !== called.id,
  );
  const calledClass = classOf(before, config, called, now);
  check(event.callClass === calledClass, 'wrong call class', { event, calledClass });
  if (config.callingPolicy.appointmentsFirst && calledClass !== 'appointment') {
    const due = others.filter((t) => classOf(before, config, t, now) === 'appointment');
    check(due.length === 0, 'a due appointment was passed over', due);
  }
  if (calledClass === 'appointment') return; // ordered by appointment time, see unit tests
  const sameQueue = others.filter(
    (t) =>
      classOf(before, config, t, now) === calledClass &&
      (config.callingPolicy.acrossServices === 'longest-wait' || t.service === called.service),
  );
  // First come, first served within a class, by original arrival (kept across transfers).
  for (const other of sameQueue) {
    const after =
      other.arrivedAt > called.arrivedAt ||
      (other.arrivedAt === called.arrivedAt && other.seq > called.seq);
    check(after, 'a ticket that arrived earlier in the same class was passed over', {
      called,
      other,
    });
  }
}

export function checkInvariants(state: QueueState): void {
  const active = Object.values(state.tickets).filter((t) => activeTicketStates.has(t.state));
  // Display numbers: unique among active tickets (so per service and day too).
  const numbers = active.map((t) => t.number);
  check(new Set(numbers).size === numbers.length, 'two active tickets share a number', numbers);
  const byNumber = Object.fromEntries(active.map((t) => [t.number, t.id]));
  check(
    JSON.stringify(Object.entries(byNumber).sort()) ===
      JSON.stringify(Object.entries(state.activeNumbers).sort()),
    'active number index out of step',
  );
  const waiting = active
    .filter((t) => t.state === 'waiting')
    .map((t) => t.id)
    .sort();
  check(
    JSON.stringify(Object.keys(state.waiting).sort()) === JSON.stringify(waiting),
    'waiting index out of step',
  );
  // A ticket is at one counter at most, and the counter agrees.
  const held = Object.values(state.counters).flatMap((c) =>
    c.currentTicketId ? [[c.id, c.currentTicketId] as const] : [],
  );
  check(
    new Set(held.map(([, id]) => id)).size === held.length,
    'a ticket is at two counters',
    held,
  );
  for (const [counterId, id] of held) {
    const ticket = state.tickets[id];
    check(ticket?.counterId === counterId, 'counter and ticket disagree', { counterId, ticket });
    check(
      ticket.state === 'called' || ticket.state === 'serving',
      'counter holds a closed ticket',
      ticket,
    );
    check(
      state.counters[counterId]?.status !== 'closed',
      'a closed counter holds a ticket',
      counterId,
    );
  }
  for (const ticket of active.filter((t) => t.state !== 'waiting')) {
    const holders = held.filter(([, id]) => id === ticket.id).length;
    check(holders === 1, 'a called ticket is held by no counter or by several', {
      ticket,
      holders,
    });
  }
}
