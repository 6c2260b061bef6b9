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
  migrate(db, options.migrations, options.program);
  return db;
}

/** The settings every database of ours runs with, for a file opened elsewhere too. */
export function applyPragmas(db: Db): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Another process (a backup, the CLI) may hold a lock briefly: wait rather than fail.
  db.pragma('busy_timeout = 5000');
}
