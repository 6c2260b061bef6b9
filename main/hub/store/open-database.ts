import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate';
import { migrations } from './migrations';

export type Db = Database.Database;

/**
 * Opens the hub's database, durable by construction: WAL with synchronous=FULL means a
 * committed transaction is on disk before `commit` returns, so an acknowledged command
 * survives a power cut. Applies pending migrations before returning.
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Another process (a backup, the CLI) may hold a lock briefly: wait rather than fail.
  db.pragma('busy_timeout = 5000');
  migrate(db, migrations);
  return db;
}
