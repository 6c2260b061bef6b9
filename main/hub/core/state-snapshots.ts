import {
  snapshotOf,
  STATE_FORMAT,
  stateFromSnapshot,
  type QueueState,
} from '../../../shared/engine';
import type { Db } from '../store/open-database';
import type { CommittedBatch } from './queue-authority';

/** Where the authority starts from: the latest usable snapshot at or before `maxSeq`. */
export interface SnapshotSource {
  restore(maxSeq: number): { seq: number; state: QueueState } | undefined;
}

export interface StateSnapshotOptions {
  /** The hub's version: a snapshot written by another version is not trusted. */
  version: string;
  clock: () => number;
  log: (message: string) => void;
  /** Also take one after this many events since the last (besides each day's end). */
  everyEvents?: number;
  /** Snapshots kept; older ones are deleted. */
  keep?: number;
}

interface Row {
  seq: number;
  format: number;
  hub_version: string;
  state: string;
}

/**
 * Copies of the queue state, so that a start replays the events after the latest copy
 * rather than a year of log. A snapshot is taken at each day's end, every `everyEvents`
 * events and when the hub stops; a start uses the latest one written by this engine
 * format and hub version that parses as a queue state, and replays the log after it (a
 * snapshot that cannot be used is skipped, down to the full log). Snapshot + tail is the
 * same state as the full replay: the snapshot is the state the replay had at its seq.
 */
export class StateSnapshots implements SnapshotSource {
  private readonly everyEvents: number;
  private readonly keep: number;
  private readonly newest;
  private readonly candidates;
  private readonly insert;
  private readonly trim;
  private lastTaken: number;

  constructor(
    db: Db,
    private readonly options: StateSnapshotOptions,
  ) {
    this.everyEvents = options.everyEvents ?? 10_000;
    this.keep = options.keep ?? 3;
    this.newest = db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM state_snapshots');
    this.candidates = db.prepare(
      'SELECT seq, format, hub_version, state FROM state_snapshots WHERE seq <= ? ORDER BY seq DESC',
    );
    this.insert = db.prepare(
      'INSERT OR REPLACE INTO state_snapshots (seq, taken_at, format, hub_version, state) VALUES (?, ?, ?, ?, ?)',
    );
    this.trim = db.prepare(
      'DELETE FROM state_snapshots WHERE seq NOT IN (SELECT seq FROM state_snapshots ORDER BY seq DESC LIMIT ?)',
    );
    this.lastTaken = (this.newest.get() as { seq: number }).seq;
  }

  restore(maxSeq: number): { seq: number; state: QueueState } | undefined {
    // What counts as "taken" is what a start can use: a bad newest row is written anew.
    this.lastTaken = 0;
    for (const row of this.candidates.iterate(maxSeq) as Iterable<Row>) {
      const why =
        row.format !== STATE_FORMAT
          ? `engine state format ${row.format}, this hub reads ${STATE_FORMAT}`
          : row.hub_version !== this.options.version
            ? `written by hub ${row.hub_version}, this is ${this.options.version}`
            : undefined;
      const restored = why ? { ok: false as const, reason: why } : stateFromSnapshot(row.state);
      if (restored.ok) {
        this.lastTaken = row.seq;
        return { seq: row.seq, state: restored.state };
      }
      this.options.log(`state snapshot at event ${row.seq} not used: ${restored.reason}`);
    }
    return undefined;
  }

  /** Keeps a copy of `state`, which must be the state at `seq` exactly. */
  take(state: QueueState, seq: number): void {
    if (seq === 0) return;
    try {
      this.insert.run(
        seq,
        this.options.clock(),
        STATE_FORMAT,
        this.options.version,
        snapshotOf(state),
      );
      this.trim.run(this.keep);
      this.lastTaken = seq;
    } catch (error) {
      // Only a start gets slower: the log is the source of truth.
      this.options.log(`state snapshot at event ${seq} not written: ${String(error)}`);
    }
  }

  /** Whether a committed batch calls for a snapshot: a day ended, or enough events since. */
  due(batch: CommittedBatch): boolean {
    return (
      batch.toSeq - this.lastTaken >= this.everyEvents ||
      batch.events.some((event) => event.type === 'day:ended')
    );
  }

  /** Events since the latest snapshot (at `seq` now). */
  behind(seq: number): number {
    return seq - this.lastTaken;
  }
}
