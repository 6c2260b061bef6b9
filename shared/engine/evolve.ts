import type { Appointment } from '../domain/appointment';
import { withConfigDefaults } from '../domain/site-config';
import { PRIORITY_DUE } from './calling-order';
import { recordCounterPeriod } from './counter-history';
import {
  applyAlertAcknowledged,
  applyAlertEscalated,
  applyAlertRaised,
  applyDisplayMessageCleared,
  applyDisplayMessageSet,
  applyAlertResolved,
  applyDevicesReported,
} from './evolve-alert';
import type { DomainEvent, EventOf } from './events';
import {
  applyCalled,
  applyCancelled,
  applyDayEnded,
  applyDelivered,
  applyFinished,
  applyReprinted,
  applyIssued,
  applyNoShow,
  applyRecalled,
  applyStarted,
  applyTransferred,
} from './evolve-ticket';
import { initialState, type CounterState, type QueueState } from './state';

function closedCounter(id: string): CounterState {
  return { id, status: 'closed', services: [], normalStreak: PRIORITY_DUE, priorityStreak: 0 };
}

function applyConfig(state: QueueState, event: EventOf<'config:replaced'>): void {
  state.config = withConfigDefaults(event.config);
  const ids = new Set(event.config.counters.map((c) => c.id));
  for (const id of ids) state.counters[id] ??= closedCounter(id);
  for (const id of Object.keys(state.counters)) if (!ids.has(id)) delete state.counters[id];
}

/**
 * The day's list replaces the earlier one: appointments missing from it are cancelled,
 * but an appointment already checked in here stays checked in (the visitor is in the room).
 */
function applyAppointments(state: QueueState, event: EventOf<'appointments:loaded'>): void {
  const listed = new Set(event.appointments.map((a) => a.id));
  for (const existing of Object.values(state.appointments)) {
    if (existing.date === event.date && !listed.has(existing.id) && existing.status === 'booked') {
      existing.status = 'cancelled';
    }
  }
  for (const input of event.appointments) {
    const existing = state.appointments[input.id];
    const next: Appointment = { ...input, date: event.date, status: input.status };
    if (existing?.status === 'checked-in') {
      next.status = 'checked-in';
      if (existing.checkedInAt !== undefined) next.checkedInAt = existing.checkedInAt;
      if (existing.ticketId !== undefined) next.ticketId = existing.ticketId;
    }
    state.appointments[input.id] = next;
  }
}

function applyCheckedIn(state: QueueState, event: EventOf<'appointment:checked-in'>): void {
  const appointment = state.appointments[event.appointmentId];
  if (!appointment) return;
  appointment.status = 'checked-in';
  appointment.checkedInAt = event.at;
  appointment.ticketId = event.ticketId;
}

function applyCounterOpened(state: QueueState, event: EventOf<'counter:opened'>): void {
  const previous = state.counters[event.counterId];
  const reopening = previous && previous.status !== 'closed' && previous.agentId === event.agentId;
  state.counters[event.counterId] = {
    ...(reopening ? previous : closedCounter(event.counterId)),
    status: reopening ? previous.status : 'open',
    agentId: event.agentId,
    services: event.services,
    openedAt: reopening ? (previous.openedAt ?? event.at) : event.at,
  };
}

function endSession(state: QueueState, counterId: string, at: number): void {
  const counter = state.counters[counterId];
  if (!counter || counter.status === 'closed') return;
  if (counter.status === 'paused' && counter.pausedAt !== undefined)
    recordCounterPeriod(state, counterId, {
      kind: 'pause',
      from: counter.pausedAt,
      endedAt: at,
      ...(counter.pauseReason !== undefined ? { reason: counter.pauseReason } : {}),
    });
  if (counter.openedAt !== undefined)
    recordCounterPeriod(state, counterId, {
      kind: 'session',
      from: counter.openedAt,
      endedAt: at,
      services: counter.services,
    });
}

function applyCounterClosed(state: QueueState, event: EventOf<'counter:closed'>): void {
  endSession(state, event.counterId, event.at);
  state.counters[event.counterId] = closedCounter(event.counterId);
}

function applyPaused(state: QueueState, event: EventOf<'counter:paused'>): void {
  const counter = state.counters[event.counterId];
  if (!counter) return;
  counter.status = 'paused';
  counter.pauseReason = event.reason;
  counter.pausedAt = event.at;
}

function applyResumed(state: QueueState, event: EventOf<'counter:resumed'>): void {
  const counter = state.counters[event.counterId];
  if (!counter) return;
  if (counter.pausedAt !== undefined)
    recordCounterPeriod(state, event.counterId, {
      kind: 'pause',
      from: counter.pausedAt,
      endedAt: event.at,
      ...(counter.pauseReason !== undefined ? { reason: counter.pauseReason } : {}),
    });
  counter.status = 'open';
  delete counter.pauseReason;
  delete counter.pausedAt;
}

function applyDayEndedCounters(state: QueueState, event: EventOf<'day:ended'>): void {
  for (const id of event.closedCounterIds) {
    endSession(state, id, event.at);
    state.counters[id] = closedCounter(id);
  }
}

/**
 * Applies one event. For speed this MUTATES `state` and returns the same object: callers
 * that need the previous state must clone it first (`structuredClone`). It never reads
 * the clock: everything comes from the event, so replaying a log gives the same state.
 */
export function evolve(state: QueueState, event: DomainEvent): QueueState {
  switch (event.type) {
    case 'config:replaced':
      applyConfig(state, event);
      break;
    case 'appointments:loaded':
      applyAppointments(state, event);
      break;
    case 'appointment:checked-in':
      applyCheckedIn(state, event);
      break;
    case 'ticket:issued':
      applyIssued(state, event);
      break;
    case 'counter:opened':
      applyCounterOpened(state, event);
      break;
    case 'counter:closed':
      applyCounterClosed(state, event);
      break;
    case 'counter:paused':
      applyPaused(state, event);
      break;
    case 'counter:resumed':
      applyResumed(state, event);
      break;
    case 'ticket:called':
      applyCalled(state, event);
      break;
    case 'ticket:recalled':
      applyRecalled(state, event);
      break;
    case 'ticket:started':
      applyStarted(state, event);
      break;
    case 'ticket:transferred':
      applyTransferred(state, event);
      break;
    case 'ticket:marked-no-show':
      applyNoShow(state, event);
      break;
    case 'ticket:finished':
      applyFinished(state, event);
      break;
    case 'ticket:cancelled':
      applyCancelled(state, event);
      break;
    case 'ticket:delivered':
      applyDelivered(state, event);
      break;
    case 'ticket:reprinted':
      applyReprinted(state, event);
      break;
    case 'alert:raised':
      applyAlertRaised(state, event);
      break;
    case 'alert:acknowledged':
      applyAlertAcknowledged(state, event);
      break;
    case 'alert:resolved':
      applyAlertResolved(state, event);
      break;
    case 'alert:escalated':
      applyAlertEscalated(state, event);
      break;
    case 'display:message-set':
      applyDisplayMessageSet(state, event);
      break;
    case 'display:message-cleared':
      applyDisplayMessageCleared(state);
      break;
    case 'devices:reported':
      applyDevicesReported(state, event);
      break;
    case 'day:ended':
      applyDayEnded(state, event);
      applyDayEndedCounters(state, event);
      break;
  }
  return state;
}

/** Folds a log into a fresh state: what the hub does at start-up. */
export function replay(
  events: Iterable<DomainEvent>,
  from: QueueState = initialState(),
): QueueState {
  let state = from;
  for (const event of events) state = evolve(state, event);
  return state;
}
