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
    this.select = db.prepare('SELECT data FROM personal_data WHERE appointment_id = ?');
    this.purgeDue = db.prepare('DELETE FROM personal_data WHERE purge_after <= ?');
  }

  put(appointmentId: string, data: VisitorData, now: number, purgeAfter: number) {
    this.upsert.run(appointmentId, JSON.stringify(data), now, purgeAfter);
  }

  get(appointmentId: string): VisitorData | undefined {
    const row = this.select.get(appointmentId) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as VisitorData) : undefined;
  }

  /** Deletes every row whose retention time has come; returns how many. */
  purge(now: number): number {
    return this.purgeDue.run(now).changes;
  }
}
