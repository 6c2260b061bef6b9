import type {
  Appointment,
  QueueState,
  ServiceDocument,
  SiteConfig,
  Ticket,
} from '../../../shared/engine';

// What the console shows about the visitor at the desk, read from the queue state the
// stream keeps current. No personal data here: the visitor's name comes separately.

export interface TransferStep {
  /** When the earlier segment ended. */
  at: number | undefined;
  fromService: string;
  fromCounterId?: string;
  fromAgentId?: string;
  toService: string;
  toCounterId?: string;
  toAgentId?: string;
  note?: string;
}

/** The transfers that led to this ticket, oldest first. */
export function transfersOf(state: QueueState, ticketId: string): TransferStep[] {
  const steps: TransferStep[] = [];
  let ticket = state.tickets[ticketId];
  for (let hops = 0; ticket?.transferredFrom && hops < 100; hops += 1) {
    const earlier: Ticket | undefined = state.tickets[ticket.transferredFrom];
    if (!earlier) break;
    steps.push({
      at: earlier.endedAt,
      fromService: earlier.service,
      ...(earlier.counterId ? { fromCounterId: earlier.counterId } : {}),
      ...(earlier.agentId ? { fromAgentId: earlier.agentId } : {}),
      toService: ticket.service,
      ...(ticket.reservedCounterId ? { toCounterId: ticket.reservedCounterId } : {}),
      ...(ticket.reservedAgentId ? { toAgentId: ticket.reservedAgentId } : {}),
      ...(ticket.transferNote ? { note: ticket.transferNote } : {}),
    });
    ticket = earlier;
  }
  return steps.reverse();
}

export interface CurrentVisit {
  ticket: Ticket;
  appointment: Appointment | undefined;
  documents: ServiceDocument[];
  transfers: TransferStep[];
  /** From the visitor's arrival to their (first) call at this counter. */
  waitedMs: (now: number) => number;
  /** Since the latest call, or since the start of the service. */
  atCounterMs: (now: number) => number;
}

export function currentVisit(
  state: QueueState,
  config: SiteConfig,
  counterId: string,
): CurrentVisit | null {
  const id = state.counters[counterId]?.currentTicketId;
  const ticket = id ? state.tickets[id] : undefined;
  if (!ticket) return null;
  const service = config.services.find((s) => s.code === ticket.service);
  return {
    ticket,
    appointment: ticket.appointmentId ? state.appointments[ticket.appointmentId] : undefined,
    documents: service?.documents ?? [],
    transfers: transfersOf(state, ticket.id),
    waitedMs: (now) => (ticket.calledAt ?? now) - ticket.arrivedAt,
    atCounterMs: (now) => now - (ticket.startedAt ?? ticket.lastCalledAt ?? now),
  };
}

/** The counter this agent already holds open (after a reload or a new login), if any. */
export function counterHeldBy(state: QueueState, agentId: string): string | undefined {
  return Object.values(state.counters).find((c) => c.status !== 'closed' && c.agentId === agentId)
    ?.id;
}

/** Services this agent may serve at this counter (both must offer them). */
export function servableServices(config: SiteConfig, counterId: string, agentId: string): string[] {
  const counter = config.counters.find((c) => c.id === counterId);
  const agent = config.agents.find((a) => a.id === agentId);
  if (!counter || !agent) return [];
  return counter.services.filter((s) => agent.services.includes(s));
}
