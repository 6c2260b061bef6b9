import type { CallClass, TicketState } from '../../domain/ticket';
import type { QueueState } from '../state';
import { counterLabel, type ConfiguredState } from '../support';
import { callClassOf } from '../calling-order';
import { ticketWaitEstimate, type WaitEstimate } from './estimate';

/** What a visitor's ticket page or a kiosk shows about one ticket: never a name. */
export interface TicketView {
  ticketId: string;
  number: string;
  service: string;
  state: TicketState;
  priority: boolean;
  language: string;
  arrivedAt: number;
  appointmentStart?: number;
  callClass?: CallClass;
  /** While waiting: 1 = next. */
  position?: number;
  peopleAhead?: number;
  estimate?: WaitEstimate;
  /** Where to go, once called. */
  counter?: { id: string; label: string };
  calledAt?: number;
}

/** The live ticket for an id or QR token, following transfers to the current ticket. */
export function currentTicketId(state: QueueState, idOrToken: string): string | undefined {
  let id = state.tickets[idOrToken] ? idOrToken : state.tokens[idOrToken];
  for (let hops = 0; id && hops < 100; hops += 1) {
    const next = state.tickets[id]?.transferredTo;
    if (!next || !state.tickets[next]) break;
    id = next;
  }
  return id;
}

export function ticketView(
  state: QueueState,
  idOrToken: string,
  now: number,
): TicketView | undefined {
  if (!state.config) return undefined;
  const configured = state as ConfiguredState;
  const id = currentTicketId(state, idOrToken);
  const ticket = id ? state.tickets[id] : undefined;
  if (!ticket) return undefined;
  const appointment = ticket.appointmentId ? state.appointments[ticket.appointmentId] : undefined;
  const view: TicketView = {
    ticketId: ticket.id,
    number: ticket.number,
    service: ticket.service,
    state: ticket.state,
    priority: ticket.priority,
    language: ticket.language,
    arrivedAt: ticket.arrivedAt,
    ...(appointment ? { appointmentStart: appointment.start } : {}),
  };
  if (ticket.state === 'waiting') {
    const estimate = ticketWaitEstimate(configured, ticket, now);
    const { position, ...rest } = estimate;
    return {
      ...view,
      callClass: callClassOf(configured, ticket, now),
      position,
      peopleAhead: rest.peopleAhead,
      estimate: rest,
    };
  }
  if ((ticket.state === 'called' || ticket.state === 'serving') && ticket.counterId) {
    return {
      ...view,
      counter: { id: ticket.counterId, label: counterLabel(state.config, ticket.counterId) },
      ...(ticket.lastCalledAt !== undefined ? { calledAt: ticket.lastCalledAt } : {}),
    };
  }
  return view;
}
