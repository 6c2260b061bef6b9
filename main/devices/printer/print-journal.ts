import Database from 'better-sqlite3';
import { printContentSchema, type PrintContent } from '../../../shared/print/content';
import { applyPragmas } from '../../sqlite';

// The durable memory that makes printing at-most-once. A job is written as `sending`
// before a single byte leaves, then settled as `printed`, `uncertain` (bytes left, no
// confirmation) or `not-sent` (nothing left: it may be tried again). Only `not-sent`
// jobs are ever sent again under the same id; a second paper is a reprint, with its own
// id, its original and its reason recorded here.
//
// One journal per printer: on open, jobs left `sending` by a crash become `uncertain`.
// Retention: the content is kept for reprints, then forgotten after `retentionDays`
// (30 by default), purged when the journal opens and whenever purge() is called.

export type JournalState = 'sending' | 'printed' | 'uncertain' | 'not-sent';

export interface JournalEntry {
  jobId: string;
  state: JournalState;
  kind: PrintContent['kind'];
  content: PrintContent;
  reprintOf: string | null;
  reason: string | null;
  createdAt: number;
  sentAt: number | null;
  detail: string | null;
}

interface Row {
  job_id: string;
  state: JournalState;
  kind: PrintContent['kind'];
  content: string;
  reprint_of: string | null;
  reason: string | null;
  created_at: number;
  sent_at: number | null;
  detail: string | null;
}

export interface JournalOptions {
  /** Table name, for a journal kept in a database shared with other data. */
  table?: string;
  now?: () => number;
  retentionDays?: number;
}

const dayMs = 24 * 60 * 60 * 1000;

export type BeginOutcome = { started: true } | { started: false; existing: JournalEntry };

const tableName = /^[a-z_][a-z0-9_]{0,62}$/;

function toEntry(row: Row): JournalEntry {
  return {
    jobId: row.job_id,
    state: row.state,
    kind: row.kind,
    content: printContentSchema.parse(JSON.parse(row.content)),
    reprintOf: row.reprint_of,
    reason: row.reason,
    createdAt: row.created_at,
    sentAt: row.sent_at,
    detail: row.detail,
  };
}

export class PrintJournal {
  private readonly table: string;
  private readonly now: () => number;
  private readonly retentionMs: number;
  private ownsDatabase = false;

  constructor(
    private readonly db: Database.Database,
    options: JournalOptions = {},
  ) {
    this.table = options.table ?? 'print_jobs';
    if (!tableName.test(this.table)) throw new Error(`invalid journal table name: ${this.table}`);
    this.now = options.now ?? Date.now;
    db.exec(`CREATE TABLE IF NOT EXISTS ${this.table} (
      job_id TEXT PRIMARY KEY,
      state TEXT NOT NULL CHECK (state IN ('sending', 'printed', 'uncertain', 'not-sent')),
      kind TEXT NOT NULL,
      content TEXT NOT NULL,
      reprint_of TEXT,
      reason TEXT,
      created_at INTEGER NOT NULL,
      sent_at INTEGER,
      detail TEXT
    )`);
    db.prepare(
      `UPDATE ${this.table} SET state = 'uncertain', detail = 'interrupted while sending'
       WHERE state = 'sending'`,
    ).run();
    this.retentionMs = (options.retentionDays ?? 30) * dayMs;
    this.purgeExpired();
  }

  /** Forgets the jobs older than the retention period; returns how many. */
  purgeExpired(): number {
    return this.purge(this.now() - this.retentionMs);
  }

  /** Opens (or creates) a journal file of its own, durable across power cuts. */
  static open(path: string, options: Omit<JournalOptions, 'table'> = {}): PrintJournal {
    const db = new Database(path);
    applyPragmas(db);
    const journal = new PrintJournal(db, options);
    journal.ownsDatabase = true;
    return journal;
  }

  get(jobId: string): JournalEntry | undefined {
    const row = this.db.prepare(`SELECT * FROM ${this.table} WHERE job_id = ?`).get(jobId) as
      Row | undefined;
    return row ? toEntry(row) : undefined;
  }

  /** Claims a job for sending, unless it was sent (or is being sent) already. */
  begin(
    jobId: string,
    content: PrintContent,
    reprint?: { originalId: string; reason: string },
  ): BeginOutcome {
    return this.db.transaction((): BeginOutcome => {
      const existing = this.get(jobId);
      if (existing && existing.state !== 'not-sent') return { started: false, existing };
      this.db
        .prepare(
          `INSERT INTO ${this.table} (job_id, state, kind, content, reprint_of, reason, created_at)
           VALUES (?, 'sending', ?, ?, ?, ?, ?)
           ON CONFLICT (job_id) DO UPDATE SET state = 'sending', detail = NULL`,
        )
        .run(
          jobId,
          content.kind,
          JSON.stringify(content),
          reprint?.originalId ?? null,
          reprint?.reason ?? null,
          this.now(),
        );
      return { started: true };
    })();
  }

  settle(jobId: string, state: Exclude<JournalState, 'sending'>, detail?: string): void {
    const sentAt = state === 'not-sent' ? null : this.now();
    this.db
      .prepare(`UPDATE ${this.table} SET state = ?, sent_at = ?, detail = ? WHERE job_id = ?`)
      .run(state, sentAt, detail ?? null, jobId);
  }

  reprintsOf(originalId: string): JournalEntry[] {
    const rows = this.db
      .prepare(`SELECT * FROM ${this.table} WHERE reprint_of = ? ORDER BY created_at, job_id`)
      .all(originalId) as Row[];
    return rows.map(toEntry);
  }

  /** Closes the database when the journal opened it itself. */
  close(): void {
    if (this.ownsDatabase) this.db.close();
  }

  /** Forgets the jobs created before `before` (epoch ms); returns how many. */
  purge(before: number): number {
    return this.db.prepare(`DELETE FROM ${this.table} WHERE created_at < ?`).run(before).changes;
  }
}
