import type { Channel, DeliveryMedium, Ticket } from '../../domain/ticket';
import type { QueueState } from '../state';

export interface TransferEnd {
  service: string;
  counterId: string | null;
  agentId: string | null;
}

/**
 * One closed visit, for statistics and the central API: the whole chain of tickets a
 * visitor held (transfers included). Epoch ms; no personal data (the note is the agent's
 * factual note, which the visitor may ask to read).
 */
export interface VisitRecord {
  /** The first ticket's id: stable, the same visit always has the same id. */
  visitId: string;
  /** The ticket that closed the visit. */
  ticketId: string;
  day: string;
  number: string;
  /** The service that closed the visit. */
  service: string;
  channel: Channel;
  priority: boolean;
  language: string;
  appointmentId: string | null;
  issuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  endedAt: number;
  /** From arrival to the first call (to the end when never called). */
  waitedMs: number;
  /** Time at counters, summed over the chain; 0 when never started. */
  servedMs: number;
  counterId: string | null;
  agentId: string | null;
  /** The agent's outcome code, or "no-show", "cancelled", "unserved" (left at day end),
   * "interrupted" (being served at day end). */
  outcome: string;
  recalls: number;
  transfers: { from: TransferEnd; to: TransferEnd; at: number }[];
  note: string | null;
  /** How the ticket reached the visitor, when the kiosk or counter said so. */
  delivery: DeliveryMedium | null;
  /** The wait shown when the first ticket was issued (minutes); null when none was
   * shown or it was issued before estimates were recorded. */
  estimateMinutes: number | null;
}

function chainOf(state: QueueState, last: Ticket): Ticket[] {
  const chain = [last];
  let current = last;
  while (current.transferredFrom) {
    const previous = state.tickets[current.transferredFrom];
    if (!previous) break;
    chain.unshift(previous);
    current = previous;
  }
  return chain;
}

function outcomeOf(ticket: Ticket): string {
  if (ticket.state === 'done')
    return ticket.closeReason === 'day-ended' ? 'interrupted' : (ticket.outcome ?? 'served');
  if (ticket.state === 'cancelled')
    return ticket.closeReason === 'day-ended' ? 'unserved' : 'cancelled';
  return 'no-show';
}

const closedStates = new Set(['done', 'no-show', 'cancelled']);

/** The visit ending with this ticket, once closed (a transferred ticket is not the end). */
export function visitRecord(state: QueueState, ticketId: string): VisitRecord | undefined {
  const last = state.tickets[ticketId];
  if (!last || !closedStates.has(last.state) || last.endedAt === undefined) return undefined;
  const chain = chainOf(state, last);
  const first = chain[0] ?? last;
  const calledAt = chain.find((t) => t.calledAt !== undefined)?.calledAt ?? null;
  const startedAt = chain.find((t) => t.startedAt !== undefined)?.startedAt ?? null;
  const transfers = chain.slice(1).map((next, index) => {
    const from = chain[index] ?? first;
    return {
      from: {
        service: from.service,
        counterId: from.counterId ?? null,
        agentId: from.agentId ?? null,
      },
      to: {
        service: next.service,
        counterId: next.reservedCounterId ?? null,
        agentId: next.reservedAgentId ?? null,
      },
      at: next.queuedAt,
    };
  });
  return {
    visitId: first.visitId,
    ticketId: last.id,
    day: first.day,
    number: last.number,
    service: last.service,
    channel: first.channel,
    priority: first.priority,
    language: first.language,
    appointmentId: first.appointmentId ?? null,
    issuedAt: first.arrivedAt,
    calledAt,
    startedAt,
    endedAt: last.endedAt,
    waitedMs: (calledAt ?? last.endedAt) - first.arrivedAt,
    servedMs: chain.reduce(
      (total, t) =>
        total +
        (t.startedAt !== undefined && t.endedAt !== undefined ? t.endedAt - t.startedAt : 0),
      0,
    ),
    counterId: last.counterId ?? null,
    agentId: last.agentId ?? null,
    outcome: outcomeOf(last),
    recalls: chain.reduce((total, t) => total + t.recalls, 0),
    transfers,
    note:
      chain
        .map((t) => t.note)
        .filter(Boolean)
        .join('\n') || null,
    delivery: first.delivery ?? null,
    estimateMinutes: first.estimateMinutes ?? null,
  };
}

/** Every closed visit in the state, optionally of one local day, in closing order. */
export function visitRecords(state: QueueState, options: { day?: string } = {}): VisitRecord[] {
  return Object.values(state.tickets)
    .filter((t) => options.day === undefined || t.day === options.day)
    .map((t) => visitRecord(state, t.id))
    .filter((v): v is VisitRecord => v !== undefined)
    .sort((a, b) => a.endedAt - b.endedAt || a.visitId.localeCompare(b.visitId));
}
