import { activeTicketStates, type Ticket, type TicketState } from '../domain/ticket';
import { SERVICE_TIMES_KEPT, type QueueState } from './state';

// Keeps the state's indexes (active numbers, waiting ids, walk-in counts, served
// durations) in step with the tickets. Every ticket state change goes through here.

export function addTicket(state: QueueState, ticket: Ticket): void {
  state.tickets[ticket.id] = ticket;
  state.tokens[ticket.token] = ticket.id;
  index(state, ticket);
}

function index(state: QueueState, ticket: Ticket): void {
  if (activeTicketStates.has(ticket.state)) state.activeNumbers[ticket.number] = ticket.id;
  else if (state.activeNumbers[ticket.number] === ticket.id)
    delete state.activeNumbers[ticket.number];
  if (ticket.state === 'waiting') state.waiting[ticket.id] = true;
  else delete state.waiting[ticket.id];
}

export function setTicketState(state: QueueState, ticket: Ticket, next: TicketState): void {
  ticket.state = next;
  index(state, ticket);
}

export function countWalkIn(state: QueueState, service: string, day: string): void {
  const current = state.walkIns[service];
  state.walkIns[service] =
    current && current.day === day ? { day, count: current.count + 1 } : { day, count: 1 };
}

export function recordServiceTime(state: QueueState, ticket: Ticket): void {
  if (ticket.startedAt === undefined || ticket.endedAt === undefined) return;
  const times = (state.serviceTimes[ticket.service] ??= []);
  times.unshift(ticket.endedAt - ticket.startedAt);
  if (times.length > SERVICE_TIMES_KEPT) times.length = SERVICE_TIMES_KEPT;
}

export function removeTicket(state: QueueState, ticket: Ticket): void {
  delete state.tickets[ticket.id];
  if (state.tokens[ticket.token] === ticket.id) delete state.tokens[ticket.token];
  if (state.activeNumbers[ticket.number] === ticket.id) delete state.activeNumbers[ticket.number];
  delete state.waiting[ticket.id];
}
