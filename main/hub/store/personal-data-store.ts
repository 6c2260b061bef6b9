import type { Db } from './open-database';

/** What the hub may know about a visitor with an appointment; never sent to the engine. */
export interface VisitorData {
  name: string;
  phone?: string;
}

/**
 * Visitors' personal data by appointment id. Every row carries its deletion time
 * (the retention rule); `purge` deletes what is due and is run on a schedule.
 */
export class PersonalDataStore {
  private readonly upsert;
  private readonly select;
  private readonly purgeDue;

  constructor(db: Db) {
    this.upsert = db.prepare(`
      INSERT INTO personal_data (appointment_id, data, stored_at, purge_after) VALUES (?, ?, ?, ?)
      ON CONFLICT (appointment_id) DO UPDATE SET data = excluded.data, purge_after = excluded.purge_after`);
    this.select = db.prepare(
      'SELECT data, purge_after AS purgeAfter FROM personal_data WHERE appointment_id = ?',
    );
    this.purgeDue = db.prepare('DELETE FROM personal_data WHERE purge_after <= ?');
  }

  put(appointmentId: string, data: VisitorData, now: number, purgeAfter: number) {
    this.upsert.run(appointmentId, JSON.stringify(data), now, purgeAfter);
  }

  get(appointmentId: string): VisitorData | undefined {
    return this.entry(appointmentId)?.data;
  }

  /** The data with the time its retention rule deletes it. */
  entry(appointmentId: string): { data: VisitorData; purgeAfter: number } | undefined {
    const row = this.select.get(appointmentId) as { data: string; purgeAfter: number } | undefined;
    return row
      ? { data: JSON.parse(row.data) as VisitorData, purgeAfter: row.purgeAfter }
      : undefined;
  }

  /** Deletes every row whose retention time has come; returns how many. */
  purge(now: number): number {
    return this.purgeDue.run(now).changes;
  }
}
