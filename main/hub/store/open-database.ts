import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openSqlite, type Db } from '../../sqlite';
import { migrations } from './migrations';

export type { Db };

export interface OpenDatabaseOptions {
  /** Told where the copy taken before an upgrade went. */
  log?: (message: string) => void;
  now?: () => number;
}

/**
 * Opens the hub's database (WAL, synchronous=FULL: see main/sqlite) at its latest schema.
 * A database written by an older hub is copied first (`backups/` beside it), so an
 * upgrade that goes wrong can be undone with `npm run hub -- restore`.
 */
export function openDatabase(file: string, options: OpenDatabaseOptions = {}): Db {
  return openSqlite(file, {
    migrations,
    program: 'hub',
    ...(file === ':memory:'
      ? {}
      : {
          beforeUpgrade: (db: Db, from: number, to: number) => {
            const stamp = new Date((options.now ?? Date.now)()).toISOString().replace(/[:.]/g, '-');
            const target = join(
              dirname(file),
              'backups',
              `before-upgrade-${from}-to-${to}-${stamp}.db`,
            );
            mkdirSync(dirname(target), { recursive: true });
            // A consistent, compact copy in one statement (SQLite's VACUUM INTO).
            db.prepare('VACUUM INTO ?').run(target);
            options.log?.(
              `database at schema ${from}, this hub's is ${to}: copied to ${target} before upgrading`,
            );
          },
        }),
  });
}
