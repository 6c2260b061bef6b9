import type { Db } from './open-database';

export interface LoggableEvent {
  type: string;
  at: number;
}

export interface LoggedEvent<E extends LoggableEvent> {
  seq: number;
  event: E;
}

/**
 * The append-only event log. `append` must run inside the command's transaction so the
 * events and the idempotency record commit (or vanish) together.
 */
export class EventLog<E extends LoggableEvent> {
  private readonly insert;
  private readonly after;
  private readonly all;
  private readonly last;

  constructor(db: Db) {
    this.insert = db.prepare(
      'INSERT INTO events (at, type, payload, actor) VALUES (@at, @type, @payload, @actor)',
    );
    this.after = db.prepare('SELECT seq, payload FROM events WHERE seq > ? ORDER BY seq LIMIT ?');
    this.all = db.prepare('SELECT seq, payload FROM events WHERE seq > ? ORDER BY seq');
    this.last = db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM events');
  }

  /** Appends the events in order; returns the sequence number of the last one. */
  append(events: readonly E[], actor: unknown): number {
    let seq = events.length === 0 ? this.lastSeq() : 0;
    const actorJson = JSON.stringify(actor);
    for (const event of events) {
      const result = this.insert.run({
        at: event.at,
        type: event.type,
        payload: JSON.stringify(event),
        actor: actorJson,
      });
      seq = Number(result.lastInsertRowid);
    }
    return seq;
  }

  lastSeq(): number {
    return (this.last.get() as { seq: number }).seq;
  }

  /** Events after `seq`, oldest first, at most `limit`. */
  readAfter(seq: number, limit: number): LoggedEvent<E>[] {
    return (this.after.all(seq, limit) as Row[]).map(toLogged<E>);
  }

  /** Every event after `seq`, streamed (replay at start-up does not hold them all). */
  *replay(fromSeq = 0): Generator<LoggedEvent<E>> {
    for (const row of this.all.iterate(fromSeq) as Iterable<Row>) yield toLogged<E>(row);
  }
}

interface Row {
  seq: number;
  payload: string;
}

function toLogged<E extends LoggableEvent>(row: Row): LoggedEvent<E> {
  return { seq: row.seq, event: JSON.parse(row.payload) as E };
}
