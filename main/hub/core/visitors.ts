import type { Visitor } from '../../../shared/contracts/commands';
import type { PersonalDataStore } from '../store/personal-data-store';

const dayMs = 24 * 60 * 60_000;

export interface AppointmentVisitor {
  /** Appointment id. */
  id: string;
  /** Appointment start (epoch ms): the retention time counts from its day. */
  start: number;
  visitor: Visitor;
}

/**
 * Keeps visitors' names and phones beside the queue, never in it, each deleted
 * `retentionDays` (plus the day itself) after the appointment. Call it inside the
 * transaction of the `appointments:load` that brings them.
 */
export function keepVisitors(
  personal: PersonalDataStore,
  visitors: readonly AppointmentVisitor[],
  now: number,
  retentionDays: number,
): void {
  const keepMs = (retentionDays + 1) * dayMs;
  for (const { id, start, visitor } of visitors) personal.put(id, visitor, now, start + keepMs);
}
