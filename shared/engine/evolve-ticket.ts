import { activeTicketStates, type Ticket } from '../domain/ticket';
import { nextStreak } from './calling-order';
import type { EventOf } from './events';
import { ticketNumberValue } from './numbering';
import { RECENT_CALLS_KEPT, type QueueState, type RecentCall } from './state';
import {
  addTicket,
  countWalkIn,
  recordServiceTime,
  removeTicket,
  setTicketState,
} from './ticket-index';

// How each ticket event changes the state. These mutate `state` in place (see evolve).

function releaseCounter(state: QueueState, ticket: Ticket): void {
  const counter = ticket.counterId ? state.counters[ticket.counterId] : undefined;
  if (counter && counter.currentTicketId === ticket.id) delete counter.currentTicketId;
}

function pushCall(state: QueueState, call: RecentCall): void {
  state.recentCalls.unshift(call);
  if (state.recentCalls.length > RECENT_CALLS_KEPT) state.recentCalls.length = RECENT_CALLS_KEPT;
}

/**
 * Drops the closed tickets of days before `day` and up to `ended`: their visits are
 * recorded (the hub's outbox), their figures are in their day's report, and the event log
 * keeps every fact. Tickets still active stay until their day is ended.
 */
function pruneClosed(state: QueueState, day: string, ended: string): void {
  for (const ticket of Object.values(state.tickets))
    if (ticket.day < day && ticket.day <= ended && !activeTicketStates.has(ticket.state))
      removeTicket(state, ticket);
}

export function applyIssued(state: QueueState, event: EventOf<'ticket:issued'>): void {
  // A new day begins: the ended days' closed tickets go. Not at a day's own `day:ended`,
  // whose transaction records the visits it closes from them and after which the
  // evening's report still reads them; nor before that day is ended (its report needs
  // them). The state then holds about one day of tickets.
  const ended = state.lastDayReport?.day;
  if (ended !== undefined && state.day !== null && event.day > state.day)
    pruneClosed(state, event.day, ended);
  const ticket: Ticket = {
    id: event.ticketId,
    number: event.number,
    service: event.service,
    day: event.day,
    priority: event.priority,
    channel: event.channel,
    language: event.language,
    token: event.token,
    arrivedAt: event.at,
    queuedAt: event.at,
    seq: event.seq,
    state: 'waiting',
    recalls: 0,
    visitId: event.ticketId,
    ...(event.appointmentId ? { appointmentId: event.appointmentId } : {}),
    ...(event.issuedBy ? { issuedBy: event.issuedBy } : {}),
    ...(event.estimateMinutes !== undefined ? { estimateMinutes: event.estimateMinutes } : {}),
  };
  addTicket(state, ticket);
  if (!ticket.appointmentId) countWalkIn(state, ticket.service, ticket.day);
  state.numbering[event.service] = { day: event.day, last: ticketNumberValue(event.number) };
  state.seq = Math.max(state.seq, event.seq);
  state.day = event.day;
}

export function applyCalled(state: QueueState, event: EventOf<'ticket:called'>): void {
  const ticket = state.tickets[event.ticketId];
  const counter = state.counters[event.counterId];
  if (!ticket || !counter) return;
  setTicketState(state, ticket, 'called');
  ticket.counterId = event.counterId;
  ticket.agentId = event.agentId;
  ticket.calledAt ??= event.at;
  ticket.lastCalledAt = event.at;
  counter.currentTicketId = ticket.id;
  const streak = nextStreak(counter, event.callClass);
  counter.normalStreak = streak.normalStreak;
  counter.priorityStreak = streak.priorityStreak;
  pushCall(state, {
    ticketId: ticket.id,
    number: ticket.number,
    counterId: event.counterId,
    at: event.at,
    recall: false,
  });
}

export function applyRecalled(state: QueueState, event: EventOf<'ticket:recalled'>): void {
  const ticket = state.tickets[event.ticketId];
  if (!ticket) return;
  ticket.recalls = event.recalls;
  ticket.lastCalledAt = event.at;
  pushCall(state, {
    ticketId: ticket.id,
    number: ticket.number,
    counterId: event.counterId,
    at: event.at,
    recall: true,
  });
}

export function applyStarted(state: QueueState, event: EventOf<'ticket:started'>): void {
  const ticket = state.tickets[event.ticketId];
  if (!ticket) return;
  setTicketState(state, ticket, 'serving');
  ticket.startedAt = event.at;
}

export function applyTransferred(state: QueueState, event: EventOf<'ticket:transferred'>): void {
  const from = state.tickets[event.ticketId];
  if (!from) return;
  releaseCounter(state, from);
  setTicketState(state, from, 'transferred');
  from.endedAt = event.at;
  from.transferredTo = event.newTicketId;
  const next: Ticket = {
    id: event.newTicketId,
    number: from.number,
    service: event.service,
    day: from.day,
    priority: from.priority,
    channel: from.channel,
    language: from.language,
    token: from.token,
    arrivedAt: from.arrivedAt,
    queuedAt: event.at,
    seq: event.seq,
    state: 'waiting',
    recalls: 0,
    visitId: from.visitId,
    transferredFrom: from.id,
    ...(from.appointmentId ? { appointmentId: from.appointmentId } : {}),
    ...(event.reservedCounterId ? { reservedCounterId: event.reservedCounterId } : {}),
    ...(event.reservedAgentId ? { reservedAgentId: event.reservedAgentId } : {}),
    ...(event.note ? { transferNote: event.note } : {}),
    ...(from.delivery ? { delivery: from.delivery } : {}),
    ...(from.issuedBy ? { issuedBy: from.issuedBy } : {}),
  };
  addTicket(state, next);
  state.seq = Math.max(state.seq, event.seq);
}

export function applyNoShow(state: QueueState, event: EventOf<'ticket:marked-no-show'>): void {
  const ticket = state.tickets[event.ticketId];
  if (!ticket) return;
  releaseCounter(state, ticket);
  setTicketState(state, ticket, 'no-show');
  ticket.endedAt = event.at;
  ticket.closeReason = event.reason;
}

export function applyFinished(state: QueueState, event: EventOf<'ticket:finished'>): void {
  const ticket = state.tickets[event.ticketId];
  if (!ticket) return;
  releaseCounter(state, ticket);
  setTicketState(state, ticket, 'done');
  ticket.endedAt = event.at;
  ticket.outcome = event.outcome;
  if (event.note) ticket.note = event.note;
  recordServiceTime(state, ticket);
}

export function applyCancelled(state: QueueState, event: EventOf<'ticket:cancelled'>): void {
  const ticket = state.tickets[event.ticketId];
  if (!ticket) return;
  releaseCounter(state, ticket);
  setTicketState(state, ticket, 'cancelled');
  ticket.endedAt = event.at;
  ticket.closeReason = 'cancelled';
}

export function applyDayEnded(state: QueueState, event: EventOf<'day:ended'>): void {
  for (const id of event.closedTicketIds) {
    const ticket = state.tickets[id];
    if (!ticket) continue;
    releaseCounter(state, ticket);
    setTicketState(state, ticket, 'cancelled');
    ticket.endedAt = event.at;
    ticket.closeReason = 'day-ended';
  }
  for (const id of event.interruptedTicketIds) {
    const ticket = state.tickets[id];
    if (!ticket) continue;
    releaseCounter(state, ticket);
    setTicketState(state, ticket, 'done');
    ticket.endedAt = event.at;
    ticket.closeReason = 'day-ended';
  }
  pruneClosed(state, event.day, event.day);
  for (const appointment of Object.values(state.appointments)) {
    if (appointment.date < event.day) delete state.appointments[appointment.id];
  }
  state.lastDayReport = event.report;
}

/** The visit's first ticket holds the medium too, so the day's figures count visits once. */
export function applyDelivered(state: QueueState, event: EventOf<'ticket:delivered'>): void {
  const ticket = state.tickets[event.ticketId];
  if (!ticket) return;
  ticket.delivery = event.medium;
  const first = state.tickets[ticket.visitId];
  if (first) first.delivery = event.medium;
}

export function applyReprinted(state: QueueState, event: EventOf<'ticket:reprinted'>): void {
  const ticket = state.tickets[event.ticketId];
  if (ticket) ticket.reprints = (ticket.reprints ?? 0) + 1;
}
