import type { VisitRecord as CentralVisit } from '../../../shared/central/visit';
import {
  visitRecord,
  visitRecords,
  type DomainEvent,
  type QueueState,
  type VisitRecord,
} from '../../../shared/engine';
import type { OutboxStore } from './outbox-store';

/** The tickets whose visit an event closes (a transfer closes a ticket, not the visit). */
export function closedTicketIds(event: DomainEvent): string[] {
  switch (event.type) {
    case 'ticket:finished':
    case 'ticket:marked-no-show':
    case 'ticket:cancelled':
      return [event.ticketId];
    case 'day:ended':
      return [...event.closedTicketIds, ...event.interruptedTicketIds];
    default:
      return [];
  }
}

/** Other records of the same closed visit, written in the same transaction (statistics). */
export type VisitSink = (visit: VisitRecord, state: QueueState) => void;

export type ToCentral = (visit: VisitRecord) => {
  record: CentralVisit;
  personalUntil: number | null;
};

/**
 * Turns each closed visit into its central record and outbox row, in the transaction of
 * the events that closed it (see QueueAuthority.addProjector): a visit is recorded exactly
 * when its closing is, never one without the other.
 */
export function visitProjector(
  outbox: OutboxStore,
  toCentral: ToCentral,
  sinks: readonly VisitSink[] = [],
) {
  const store = (visit: VisitRecord, state: QueueState, seq: number) => {
    for (const sink of sinks) sink(visit, state);
    const { record, personalUntil } = toCentral(visit);
    outbox.record({
      visitId: visit.visitId,
      day: visit.day,
      endedAt: visit.endedAt,
      record: JSON.stringify(record),
      personalUntil,
      seq,
    });
  };
  return {
    project(events: readonly DomainEvent[], state: QueueState, seq: number): void {
      for (const event of events)
        for (const ticketId of closedTicketIds(event)) {
          const visit = visitRecord(state, ticketId);
          if (visit) store(visit, state, seq);
        }
    },
    /** Once, after an upgrade: the visits closed before the outbox existed. */
    backfill(state: QueueState, seq: number): number {
      const visits = visitRecords(state);
      for (const visit of visits) store(visit, state, seq);
      return visits.length;
    },
  };
}
