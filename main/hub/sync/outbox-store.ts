import type { Db } from '../store/open-database';

// The outbox's SQL. Rows go pending → sent, or pending → quarantined (refused by the
// central API, kept with its reason until an administrator sends them again). A batch is
// a set of pending rows under one Idempotency-Key, stored before the first attempt.

export interface OutboxBatch {
  key: string;
  attempts: number;
  visitIds: string[];
  /** The stored records, as sent: the same bytes on every retry of this key. */
  records: string[];
}

export interface QuarantinedVisit {
  visitId: string;
  quarantinedAt: number;
  reason: unknown;
  record: unknown;
}

export interface OutboxCounts {
  pending: number;
  inBatch: number;
  sent: number;
  quarantined: number;
}

export class OutboxStore {
  private readonly s;

  constructor(private readonly db: Db) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      visit:
        p(`INSERT OR IGNORE INTO visits (visit_id, day, ended_at, record, personal_until, closed_seq)
                VALUES (?, ?, ?, ?, ?, ?)`),
      outbox: p(`INSERT OR IGNORE INTO outbox (visit_id, state) VALUES (?, 'pending')`),
      openBatch: p('SELECT key, attempts FROM sync_batches ORDER BY created_at, key LIMIT 1'),
      createBatch: p('INSERT INTO sync_batches (key, created_at, size) VALUES (?, ?, ?)'),
      fill: p(`UPDATE outbox SET batch_key = ? WHERE id IN (
                 SELECT id FROM outbox WHERE state = 'pending' AND batch_key IS NULL ORDER BY id LIMIT ?)`),
      members:
        p(`SELECT o.visit_id AS visitId, v.record FROM outbox o JOIN visits v USING (visit_id)
                  WHERE o.batch_key = ? ORDER BY o.id`),
      attempt: p('UPDATE sync_batches SET attempts = attempts + 1 WHERE key = ?'),
      sent: p(`UPDATE outbox SET state = 'sent', sent_at = ?, batch_key = NULL, reason = NULL
               WHERE batch_key = ?`),
      dropBatch: p('DELETE FROM sync_batches WHERE key = ?'),
      release: p('UPDATE outbox SET batch_key = NULL WHERE batch_key = ?'),
      quarantine:
        p(`UPDATE outbox SET state = 'quarantined', quarantined_at = ?, reason = ?, batch_key = NULL
                     WHERE visit_id = ? AND state = 'pending'`),
      counts: p(`SELECT
                   SUM(state = 'pending') AS pending,
                   SUM(state = 'pending' AND batch_key IS NOT NULL) AS inBatch,
                   SUM(state = 'sent') AS sent,
                   SUM(state = 'quarantined') AS quarantined
                 FROM outbox`),
      listQuarantined:
        p(`SELECT o.visit_id AS visitId, o.quarantined_at AS quarantinedAt, o.reason, v.record
                          FROM outbox o JOIN visits v USING (visit_id)
                          WHERE o.state = 'quarantined' ORDER BY o.id LIMIT ?`),
      requeueAll: p(
        `UPDATE outbox SET state = 'pending', quarantined_at = NULL WHERE state = 'quarantined'`,
      ),
      requeueOne: p(`UPDATE outbox SET state = 'pending', quarantined_at = NULL
                     WHERE state = 'quarantined' AND visit_id = ?`),
      personalDue: p(`SELECT v.visit_id AS visitId, o.batch_key AS batchKey FROM visits v
                      JOIN outbox o USING (visit_id) WHERE v.personal_until <= ?`),
      stripPersonal:
        p(`UPDATE visits SET record = json_remove(record, '$.personal'), personal_until = NULL
                        WHERE visit_id = ?`),
      purgeSent: p(`DELETE FROM visits WHERE visit_id IN (
                      SELECT visit_id FROM outbox WHERE state = 'sent' AND sent_at < ?)`),
      purgeUnsent: p(`DELETE FROM visits WHERE ended_at < ? AND visit_id IN (
                        SELECT visit_id FROM outbox WHERE state = 'pending' AND batch_key IS NULL)`),
      record: p('SELECT record FROM visits WHERE visit_id = ?'),
      oldestPending:
        p(`SELECT MIN(v.ended_at) AS endedAt FROM outbox o JOIN visits v USING (visit_id)
                        WHERE o.state = 'pending'`),
      getState: p('SELECT value FROM sync_state WHERE name = ?'),
      setState: p(`INSERT INTO sync_state (name, value) VALUES (?, ?)
                   ON CONFLICT (name) DO UPDATE SET value = excluded.value`),
      deleteState: p('DELETE FROM sync_state WHERE name = ?'),
    };
  }

  /** When the oldest visit still waiting to be sent ended; null when none waits. */
  oldestPendingEndedAt(): number | null {
    return (this.s.oldestPending.get() as { endedAt: number | null }).endedAt;
  }

  /** Records a closed visit and its outbox row; call inside the closing transaction. */
  record(visit: {
    visitId: string;
    day: string;
    endedAt: number;
    record: string;
    personalUntil: number | null;
    seq: number;
  }): void {
    const inserted = this.s.visit.run(
      visit.visitId,
      visit.day,
      visit.endedAt,
      visit.record,
      visit.personalUntil,
      visit.seq,
    );
    if (inserted.changes > 0) this.s.outbox.run(visit.visitId);
  }

  /** Records several visits in one transaction (imports, benchmarks). */
  recordAll(visits: Parameters<OutboxStore['record']>[0][]): void {
    this.db.transaction(() => {
      for (const visit of visits) this.record(visit);
    })();
  }

  /** The batch to send: the one already keyed (a retry, maybe after a restart), or a new one. */
  nextBatch(limit: number, newKey: () => string, now: number): OutboxBatch | null {
    return this.db.transaction(() => {
      const open = this.s.openBatch.get() as { key: string; attempts: number } | undefined;
      if (open) {
        const batch = this.members(open.key, open.attempts);
        if (batch.visitIds.length > 0) return batch;
        this.s.dropBatch.run(open.key); // its rows were all quarantined or purged
      }
      const key = newKey();
      const filled = this.s.fill.run(key, limit).changes;
      if (filled === 0) return null;
      this.s.createBatch.run(key, now, filled);
      return this.members(key, 0);
    })();
  }

  private members(key: string, attempts: number): OutboxBatch {
    const rows = this.s.members.all(key) as { visitId: string; record: string }[];
    return {
      key,
      attempts,
      visitIds: rows.map((r) => r.visitId),
      records: rows.map((r) => r.record),
    };
  }

  noteAttempt(key: string): void {
    this.s.attempt.run(key);
  }

  markSent(key: string, now: number): number {
    return this.db.transaction(() => {
      const changed = this.s.sent.run(now, key).changes;
      this.s.dropBatch.run(key);
      return changed;
    })();
  }

  /** Sets these visits aside with the central API's reason and frees the rest of the batch. */
  quarantine(key: string, refused: { visitId: string; reason: unknown }[], now: number): number {
    return this.db.transaction(() => {
      let count = 0;
      for (const { visitId, reason } of refused)
        count += this.s.quarantine.run(now, JSON.stringify(reason), visitId).changes;
      this.dissolve(key);
      return count;
    })();
  }

  /** Frees a batch's rows: they will go again under a new key. */
  dissolve(key: string): void {
    this.db.transaction(() => {
      this.s.release.run(key);
      this.s.dropBatch.run(key);
    })();
  }

  counts(): OutboxCounts {
    const row = this.s.counts.get() as Record<keyof OutboxCounts, number | null>;
    return {
      pending: row.pending ?? 0,
      inBatch: row.inBatch ?? 0,
      sent: row.sent ?? 0,
      quarantined: row.quarantined ?? 0,
    };
  }

  quarantined(limit = 500): QuarantinedVisit[] {
    return (
      this.s.listQuarantined.all(limit) as {
        visitId: string;
        quarantinedAt: number;
        reason: string | null;
        record: string;
      }[]
    ).map((row) => ({
      visitId: row.visitId,
      quarantinedAt: row.quarantinedAt,
      reason: row.reason === null ? null : (JSON.parse(row.reason) as unknown),
      record: JSON.parse(row.record) as unknown,
    }));
  }

  /** Puts quarantined visits (all, or those named) back in the queue; returns how many. */
  requeue(visitIds?: readonly string[]): number {
    return this.db.transaction(() => {
      if (!visitIds) return this.s.requeueAll.run().changes;
      return visitIds.reduce((n, id) => n + this.s.requeueOne.run(id).changes, 0);
    })();
  }

  /**
   * Removes personal fields whose retention time has come from the copies kept here. A
   * batch holding one of them changes body, so it is freed and goes again under a new key.
   */
  purgePersonal(now: number): number {
    return this.db.transaction(() => {
      const due = this.s.personalDue.all(now) as { visitId: string; batchKey: string | null }[];
      for (const { visitId, batchKey } of due) {
        this.s.stripPersonal.run(visitId);
        if (batchKey) this.dissolve(batchKey);
      }
      return due.length;
    })();
  }

  /** Deletes visits sent before `sentBefore`, and (no central API configured) unsent ones
   *  ended before `unsentBefore`. */
  purge(sentBefore: number, unsentBefore?: number): number {
    let removed = this.s.purgeSent.run(sentBefore).changes;
    if (unsentBefore !== undefined) removed += this.s.purgeUnsent.run(unsentBefore).changes;
    return removed;
  }

  /** The record kept for a visit (engine visit id), as it is sent. */
  storedRecord(visitId: string): unknown {
    const row = this.s.record.get(visitId) as { record: string } | undefined;
    return row ? (JSON.parse(row.record) as unknown) : undefined;
  }

  getState(name: string): string | undefined {
    return (this.s.getState.get(name) as { value: string } | undefined)?.value;
  }

  setState(name: string, value: string): void {
    this.s.setState.run(name, value);
  }

  deleteState(name: string): void {
    this.s.deleteState.run(name);
  }
}
