import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, openSqlite, type Db, type Migration } from '.';

const schema: Migration[] = [
  { version: 1, name: 'notes', sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)' },
  { version: 2, name: 'tags', sql: 'ALTER TABLE notes ADD COLUMN tag TEXT' },
];

let dir: string | undefined;
let db: Db | undefined;
afterEach(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  db = dir = undefined;
});

function open(migrations: readonly Migration[] = schema): Db {
  dir ??= mkdtempSync(join(tmpdir(), 'sqlite-'));
  db?.close();
  db = openSqlite(join(dir, 'nested', 'data.sqlite'), { migrations, program: 'test program' });
  return db;
}

describe('openSqlite', () => {
  it('opens durable (WAL, synchronous=FULL), with foreign keys and a busy timeout', () => {
    const opened = open();
    expect(opened.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.pragma('synchronous', { simple: true })).toBe(2);
    expect(opened.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.pragma('busy_timeout', { simple: true })).toBe(5000);
  });

  it('applies each migration once, and only the new ones on the next open', () => {
    open(schema.slice(0, 1)).prepare('INSERT INTO notes (text) VALUES (?)').run('kept');
    const reopened = open();
    expect(reopened.prepare('SELECT text, tag FROM notes').all()).toEqual([
      { text: 'kept', tag: null },
    ]);
    expect(migrate(reopened, schema, 'test program')).toEqual([]);
  });

  it('refuses a database from a newer program, naming it', () => {
    open().prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(3, 'future', 0);
    expect(() => open()).toThrow(/schema version 3.*newer test program/);
  });

  it('refuses migrations with a gap in their numbers', () => {
    expect(() => open([schema[1]!])).toThrow(/numbered 1, 2, 3…: found 2/);
  });

  it('leaves a failed migration undone', () => {
    const broken = [...schema, { version: 3, name: 'broken', sql: 'CREATE TABLE x (a); NOPE' }];
    expect(() => open(broken)).toThrow();
    const reopened = open();
    expect(reopened.prepare("SELECT name FROM sqlite_master WHERE name = 'x'").all()).toEqual([]);
    expect(reopened.prepare('SELECT MAX(version) AS v FROM schema_migrations').get()).toEqual({
      v: 2,
    });
  });
});
