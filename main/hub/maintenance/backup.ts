import Database from 'better-sqlite3';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { migrations } from '../store/migrations';
import { DataDirBusyError, dataDirOwner } from './data-dir-lock';

/** The hub's database inside its data folder. */
export const databaseFileName = 'hub.db';

/** What a backup file holds, read from the file itself. */
export interface BackupFacts {
  file: string;
  bytes: number;
  schemaVersion: number;
  /** The sequence number of its last event: the state it restores to. */
  lastSeq: number;
  lastEventAt: number | null;
}

export class BackupError extends Error {}

/** Reads a hub database file and checks it whole; refuses anything that is not one, or is damaged. */
export function inspectHubDatabase(file: string): BackupFacts {
  if (!existsSync(file)) throw new BackupError(`${file} does not exist`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new BackupError(`${file} cannot be opened as a database: ${(error as Error).message}`);
  }
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok') throw new BackupError(`${file} is damaged: ${String(integrity)}`);
    const tables = new Set(
      (
        db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
          name: string;
        }[]
      ).map((row) => row.name),
    );
    if (!tables.has('schema_migrations') || !tables.has('events'))
      throw new BackupError(`${file} is a database but not an Accueil hub's (no event log)`);
    const { version } = db
      .prepare('SELECT MAX(version) AS version FROM schema_migrations')
      .get() as {
      version: number | null;
    };
    const last = db.prepare('SELECT seq, at FROM events ORDER BY seq DESC LIMIT 1').get() as
      { seq: number; at: number } | undefined;
    return {
      file,
      bytes: statSync(file).size,
      schemaVersion: version ?? 0,
      lastSeq: last?.seq ?? 0,
      lastEventAt: last?.at ?? null,
    };
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${file} cannot be read as a hub database: ${(error as Error).message}`);
  } finally {
    db.close();
  }
}

function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Copies a hub's database while it runs, with SQLite's online backup: the copy is one
 * consistent moment of the log, taken page by page between the hub's own writes, and is
 * checked whole before it is given its name. Never overwrites an existing file.
 */
export async function backupHub(dataDir: string, destination: string): Promise<BackupFacts> {
  const source = join(dataDir, databaseFileName);
  if (!existsSync(source))
    throw new BackupError(
      `no hub database in ${dataDir} (${databaseFileName}): give the hub's data folder with --data or --settings`,
    );
  if (existsSync(destination))
    throw new BackupError(
      `${destination} already exists: choose a new file name (nothing was written)`,
    );
  mkdirSync(dirname(destination), { recursive: true });
  const partial = join(dirname(destination), `.${basename(destination)}.partial`);
  rmSync(partial, { force: true });
  const db = new Database(source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(partial);
  } finally {
    db.close();
  }
  try {
    // One self-contained file: no -wal beside it to forget when it is copied elsewhere.
    const copy = new Database(partial);
    copy.pragma('journal_mode = DELETE');
    copy.close();
    syncFile(partial);
    const facts = inspectHubDatabase(partial);
    renameSync(partial, destination);
    return { ...facts, file: destination };
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
}

export interface RestoreResult {
  restored: BackupFacts;
  /** Where the database that was there before now is, or null if the folder had none. */
  keptAside: string | null;
}

/**
 * Puts a backup in place as a stopped hub's database. Refuses while a hub runs on the
 * folder, a file that is not a whole hub database, or one written by a newer hub. The
 * database that was there is kept aside, not deleted.
 */
export function restoreHub(
  backupFile: string,
  dataDir: string,
  now: () => number = Date.now,
): RestoreResult {
  const owner = dataDirOwner(dataDir);
  if (owner) throw new DataDirBusyError(dataDir, owner);
  const facts = inspectHubDatabase(backupFile);
  if (facts.schemaVersion > migrations.length)
    throw new BackupError(
      `${backupFile} was written by a newer hub (schema ${facts.schemaVersion}, this hub knows up to ${migrations.length}): restore it with that hub's version`,
    );
  mkdirSync(dataDir, { recursive: true });
  const target = join(dataDir, databaseFileName);
  let keptAside: string | null = null;
  const present = [target, `${target}-wal`, `${target}-shm`].filter((file) => existsSync(file));
  if (present.length > 0) {
    const stamp = new Date(now()).toISOString().replace(/[:.]/g, '-');
    keptAside = join(dataDir, `before-restore-${stamp}`);
    mkdirSync(keptAside, { recursive: true });
    for (const file of present) renameSync(file, join(keptAside, basename(file)));
  }
  const partial = `${target}.partial`;
  copyFileSync(backupFile, partial);
  syncFile(partial);
  renameSync(partial, target);
  return { restored: { ...facts, file: target }, keptAside };
}
