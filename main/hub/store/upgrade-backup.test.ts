import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../sqlite';
import { migrations } from './migrations';
import { openDatabase } from './open-database';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'accueil-upgrade-'));
  dirs.push(dir);
  return dir;
}

describe('upgrading a hub database', () => {
  it('copies a database written by an older hub before migrating it', () => {
    const dir = freshDir();
    const file = join(dir, 'hub.db');
    const old = new Database(file);
    migrate(old, migrations.slice(0, 7), 'hub'); // the schema of round 1
    old
      .prepare('INSERT INTO events (seq, at, type, payload, actor) VALUES (1, 0, ?, ?, ?)')
      .run('day:end', '{}', 'system');
    old.close();

    const said: string[] = [];
    const db = openDatabase(file, { log: (m) => said.push(m), now: () => Date.UTC(2027, 0, 4) });
    expect(schemaVersion(db)).toBe(migrations.length);
    db.close();

    const copies = readdirSync(join(dir, 'backups'));
    expect(copies).toEqual([
      `before-upgrade-7-to-${migrations.length}-2027-01-04T00-00-00-000Z.db`,
    ]);
    const copy = new Database(join(dir, 'backups', copies[0] ?? ''), { readonly: true });
    expect(schemaVersion(copy)).toBe(7);
    expect(copy.prepare('SELECT COUNT(*) AS n FROM events').get()).toEqual({ n: 1 });
    copy.close();
    expect(said.join('\n')).toMatch(
      /database at schema 7, this hub's is \d+: copied to .*before-upgrade/u,
    );
  });

  it('copies nothing for a new database or one already up to date', () => {
    const dir = freshDir();
    const file = join(dir, 'hub.db');
    openDatabase(file).close();
    openDatabase(file).close();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });
});
