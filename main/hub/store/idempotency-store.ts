import type { Db } from './open-database';

export interface StoredAnswer {
  status: number;
  body: unknown;
}

export interface IdempotencyRecord {
  requestHash: string;
  answer: StoredAnswer;
}

/**
 * Answers given to creating commands, by (scope, key). The scope is the caller's identity
 * (a device or an agent), so two kiosks choosing the same key never see each other's.
 */
export class IdempotencyStore {
  private readonly select;
  private readonly insert;
  private readonly purge;

  constructor(db: Db) {
    this.select = db.prepare(
      'SELECT request_hash, status, response FROM idempotency_keys WHERE scope = ? AND key = ?',
    );
    this.insert = db.prepare(
      'INSERT INTO idempotency_keys (scope, key, request_hash, status, response, created_at) VALUES (?, ?, ?, ?, ?, ?)',
    );
    this.purge = db.prepare('DELETE FROM idempotency_keys WHERE created_at < ?');
  }

  find(scope: string, key: string): IdempotencyRecord | undefined {
    const row = this.select.get(scope, key) as
      { request_hash: string; status: number; response: string } | undefined;
    if (!row) return undefined;
    return {
      requestHash: row.request_hash,
      answer: { status: row.status, body: JSON.parse(row.response) as unknown },
    };
  }

  save(scope: string, key: string, requestHash: string, answer: StoredAnswer, now: number) {
    this.insert.run(scope, key, requestHash, answer.status, JSON.stringify(answer.body), now);
  }

  /** Forgets answers older than `cutoff`; returns how many. */
  purgeBefore(cutoff: number): number {
    return this.purge.run(cutoff).changes;
  }
}
