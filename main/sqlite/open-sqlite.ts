import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate, type Migration } from './migrate';

export type Db = Database.Database;

export interface OpenSqliteOptions {
  /** The schema, every change in order; the pending ones are applied before returning. */
  migrations: readonly Migration[];
  /** Who owns the file, for the error a too-new database gets ("hub", "central sandbox"). */
  program: string;
  /**
   * Called once before pending migrations change an existing database (never a new one,
   * nor one already at the latest schema): the place to keep a copy of it first.
   */
  beforeUpgrade?: (db: Db, from: number, to: number) => void;
}

/**
 * Opens (or creates) a database durable by construction: WAL with synchronous=FULL means a
 * committed transaction is on disk before `commit` returns, so an acknowledged write
 * survives a power cut. Applies pending migrations before returning.
 */
export function openSqlite(file: string, options: OpenSqliteOptions): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  applyPragmas(db);
  const from = schemaVersion(db);
  const to = options.migrations.length;
  if (options.beforeUpgrade && from > 0 && from < to) options.beforeUpgrade(db, from, to);
  migrate(db, options.migrations, options.program);
  return db;
}

/** The schema version a database is at: 0 for a new one. */
export function schemaVersion(db: Db): number {
  const table = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!table) return 0;
  const row = db.prepare('SELECT MAX(version) AS version FROM schema_migrations').get() as {
    version: number | null;
  };
  return row.version ?? 0;
}

/** The settings every database of ours runs with, for a file opened elsewhere too. */
export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Another process (a backup, the CLI) may hold a lock briefly: wait rather than fail.
  db.pragma('busy_timeout = 5000');
}
