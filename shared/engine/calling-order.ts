import type { CallingPolicy } from '../domain/calling-policy';
import type { CallClass, Ticket } from '../domain/ticket';
import type { CounterState } from './state';
import type { ConfiguredState } from './support';

// Which waiting tickets a counter may call, their class, and the order "call next" takes
// them in. Shared by the command handler and the views, so what the agent sees is what
// the next call does.

export interface Candidate {
  ticket: Ticket;
  callClass: CallClass;
  /** Position of the ticket's service in the counter's list ("counter-order" policy). */
  serviceRank: number;
  /** Appointment start, for ordering the appointment class. */
  appointmentStart?: number;
}

export interface Streak {
  normalStreak: number;
  priorityStreak: number;
}

/** Streak value meaning "no priority call yet": a waiting priority ticket is due. */
export const PRIORITY_DUE = 1000;

export function callClassOf(state: ConfiguredState, ticket: Ticket, now: number): CallClass {
  const policy = state.config.callingPolicy;
  if (ticket.appointmentId && policy.appointmentsFirst) {
    const appointment = state.appointments[ticket.appointmentId];
    if (appointment && now >= appointment.start - policy.appointmentLeadMinutes * 60_000) {
      return 'appointment';
    }
  }
  if (ticket.priority && policy.priority.mode !== 'none') return 'priority';
  return 'normal';
}

/** Whether a waiting ticket belongs to this counter's queue. */
export function servesTicket(counter: CounterState, ticket: Ticket): boolean {
  if (ticket.reservedCounterId) return ticket.reservedCounterId === counter.id;
  if (ticket.reservedAgentId) return ticket.reservedAgentId === counter.agentId;
  return counter.services.includes(ticket.service);
}

export function candidatesFor(
  state: ConfiguredState,
  counter: CounterState,
  now: number,
  day: string,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (const id of Object.keys(state.waiting)) {
    const ticket = state.tickets[id];
    if (!ticket || ticket.day !== day || !servesTicket(counter, ticket)) continue;
    candidates.push(candidateOf(state, ticket, now, counter.services));
  }
  return candidates;
}

export function candidateOf(
  state: ConfiguredState,
  ticket: Ticket,
  now: number,
  services: readonly string[],
): Candidate {
  const rank = services.indexOf(ticket.service);
  const appointment = ticket.appointmentId ? state.appointments[ticket.appointmentId] : undefined;
  return {
    ticket,
    callClass: callClassOf(state, ticket, now),
    serviceRank: rank < 0 ? 0 : rank,
    ...(appointment ? { appointmentStart: appointment.start } : {}),
  };
}

function byArrival(a: Candidate, b: Candidate): number {
  return a.ticket.arrivedAt - b.ticket.arrivedAt || a.ticket.seq - b.ticket.seq;
}

function comparator(policy: CallingPolicy) {
  return (a: Candidate, b: Candidate): number => {
    if (policy.acrossServices === 'counter-order' && a.serviceRank !== b.serviceRank) {
      return a.serviceRank - b.serviceRank;
    }
    if (a.callClass === 'appointment' && b.callClass === 'appointment') {
      const byStart = (a.appointmentStart ?? 0) - (b.appointmentStart ?? 0);
      if (byStart !== 0) return byStart;
    }
    return byArrival(a, b);
  };
}

function choosePriority(policy: CallingPolicy, streak: Streak): boolean {
  switch (policy.priority.mode) {
    case 'strict':
      return true;
    case 'none':
      return false;
    case 'interleave':
      return (
        streak.normalStreak >= policy.priority.normal ||
        (streak.priorityStreak > 0 && streak.priorityStreak < policy.priority.priority)
      );
  }
}

export function nextStreak(streak: Streak, callClass: CallClass): Streak {
  if (callClass === 'priority') {
    return { normalStreak: 0, priorityStreak: Math.min(streak.priorityStreak + 1, PRIORITY_DUE) };
  }
  if (callClass === 'normal') {
    return { normalStreak: Math.min(streak.normalStreak + 1, PRIORITY_DUE), priorityStreak: 0 };
  }
  return streak;
}

function choose(
  heads: Partial<Record<CallClass, Candidate>>,
  policy: CallingPolicy,
  streak: Streak,
): Candidate | undefined {
  if (heads.appointment) return heads.appointment;
  const { priority, normal } = heads;
  if (priority && normal) return choosePriority(policy, streak) ? priority : normal;
  return priority ?? normal;
}

/**
 * The full calling order of the candidates, as successive "call next" would take them
 * from `streak` on. The first element is what the next call picks.
 */
export function callingOrder(
  candidates: readonly Candidate[],
  policy: CallingPolicy,
  streak: Streak,
  limit = Number.POSITIVE_INFINITY,
): Candidate[] {
  const compare = comparator(policy);
  const lists: Record<CallClass, Candidate[]> = {
    appointment: candidates.filter((c) => c.callClass === 'appointment').sort(compare),
    priority: candidates.filter((c) => c.callClass === 'priority').sort(compare),
    normal: candidates.filter((c) => c.callClass === 'normal').sort(compare),
  };
  const positions: Record<CallClass, number> = { appointment: 0, priority: 0, normal: 0 };
  const order: Candidate[] = [];
  let current = streak;
  while (order.length < Math.min(candidates.length, limit)) {
    const pick = choose(
      {
        appointment: lists.appointment[positions.appointment],
        priority: lists.priority[positions.priority],
        normal: lists.normal[positions.normal],
      },
      policy,
      current,
    );
    if (!pick) break;
    positions[pick.callClass] += 1;
    order.push(pick);
    current = nextStreak(current, pick.callClass);
  }
  return order;
}

/** What "call next" would take for this counter now: one pass, no sorting. */
export function nextFor(
  state: ConfiguredState,
  counter: CounterState,
  now: number,
  day: string,
): Candidate | undefined {
  const compare = comparator(state.config.callingPolicy);
  const heads: Partial<Record<CallClass, Candidate>> = {};
  for (const candidate of candidatesFor(state, counter, now, day)) {
    const head = heads[candidate.callClass];
    if (!head || compare(candidate, head) < 0) heads[candidate.callClass] = candidate;
  }
  return choose(heads, state.config.callingPolicy, counter);
}
