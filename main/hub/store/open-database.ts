import { openSqlite, type Db } from '../../sqlite';
import { migrations } from './migrations';

export type { Db };

/** Opens the hub's database (WAL, synchronous=FULL: see main/sqlite) at its latest schema. */
export function openDatabase(file: string): Db {
  return openSqlite(file, { migrations, program: 'hub' });
}
