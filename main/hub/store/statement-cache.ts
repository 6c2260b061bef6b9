import type { Statement } from 'better-sqlite3';
import type { Db } from './open-database';

/** Prepares each SQL text once per database: preparing costs more than running. */
export function statementCache(db: Db): (sql: string) => Statement {
  const cache = new Map<string, Statement>();
  return (sql) => {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  };
}
