import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AgentStore } from './agent-store';
import { DeviceStore } from './device-store';
import { EventLog } from './event-log';
import { IdempotencyStore } from './idempotency-store';
import { migrate } from '../../sqlite';
import { migrations } from './migrations';
import { openDatabase, type Db } from './open-database';
import { PersonalDataStore } from './personal-data-store';

let dir: string;
let db: Db;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'accueil-store-'));
  db = openDatabase(join(dir, 'hub.db'));
});
afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('openDatabase', () => {
  it('is durable: WAL and synchronous=FULL', () => {
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
  });

  it('applies each migration once and records it', () => {
    const versions = db.prepare('SELECT version FROM schema_migrations ORDER BY version').all();
    expect(versions).toEqual(migrations.map((m) => ({ version: m.version })));
    expect(migrate(db, migrations, 'hub')).toEqual([]);
  });

  it('refuses a database from a newer hub', () => {
    db.prepare('INSERT INTO schema_migrations VALUES (?, ?, ?)').run(99, 'future', 0);
    expect(() => migrate(db, migrations, 'hub')).toThrow(/schema version 99.*newer hub/);
  });

  it('applies a new migration on top of existing data', () => {
    const next = { version: migrations.length + 1, name: 'extra', sql: 'CREATE TABLE extra (x)' };
    expect(migrate(db, [...migrations, next], 'hub')).toEqual([next.version]);
  });
});

describe('EventLog', () => {
  it('appends in order and replays from a sequence number', () => {
    const log = new EventLog<{ type: string; at: number; n: number }>(db);
    expect(log.lastSeq()).toBe(0);
    const last = log.append(
      [1, 2, 3].map((n) => ({ type: 'x', at: n, n })),
      { role: 'system' },
    );
    expect(last).toBe(3);
    expect([...log.replay(1)].map((e) => e.event.n)).toEqual([2, 3]);
    expect(log.readAfter(0, 2).map((e) => e.seq)).toEqual([1, 2]);
  });

  it('cannot be rewritten', () => {
    new EventLog(db).append([{ type: 'x', at: 1 }], {});
    expect(() => db.exec('UPDATE events SET type = 1')).toThrow(/append-only/);
    expect(() => db.exec('DELETE FROM events')).toThrow(/append-only/);
  });
});

describe('IdempotencyStore', () => {
  it('keeps answers per scope and forgets old ones', () => {
    const store = new IdempotencyStore(db);
    store.save('device:a', 'k1', 'h1', { status: 201, body: { n: 1 } }, 100);
    expect(store.find('device:a', 'k1')).toEqual({
      requestHash: 'h1',
      answer: { status: 201, body: { n: 1 } },
    });
    expect(store.find('device:b', 'k1')).toBeUndefined();
    expect(store.purgeBefore(101)).toBe(1);
    expect(store.find('device:a', 'k1')).toBeUndefined();
  });
});

describe('DeviceStore', () => {
  let n = 0;
  const newId = () => `dev-${++n}`;

  it('exchanges a code once for a token, accepting sloppy typing', () => {
    const devices = new DeviceStore(db);
    const { code } = devices.issueCode('kiosk', 'Hall', 0, 60_000);
    const typed = code.toLowerCase().replace('-', ' ');
    const first = devices.redeem(typed, 1, newId);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.device).toMatchObject({ role: 'kiosk', label: 'Hall', revokedAt: null });
    expect(devices.byToken(first.token)?.id).toBe(first.device.id);
    expect(devices.redeem(code, 2, newId)).toEqual({ ok: false, reason: 'used' });
    expect(devices.redeem('AAAAA-AAAAA', 2, newId)).toEqual({ ok: false, reason: 'unknown' });
  });

  it('refuses an expired code and revokes a device', () => {
    const devices = new DeviceStore(db);
    const { code } = devices.issueCode('display', 'TV', 0, 1000);
    expect(devices.redeem(code, 1000, newId)).toEqual({ ok: false, reason: 'expired' });
    const other = devices.redeem(devices.issueCode('display', 'TV', 0, 1000).code, 5, newId);
    if (!other.ok) throw new Error('redeem failed');
    expect(devices.revoke(other.device.id, 10)).toBe(true);
    expect(devices.byToken(other.token)?.revokedAt).toBe(10);
    expect(devices.revoke('nope', 10)).toBe(false);
  });
});

describe('AgentStore', () => {
  it('opens, finds, closes and purges sessions; disabling ends them', () => {
    const agents = new AgentStore(db);
    const hash = { salt: 's', hash: 'h', params: { N: 2, r: 1, p: 1, keyLength: 8 } };
    agents.setCredential('ag1', 'counter', hash, 0);
    const { token } = agents.openSession('ag1', 'counter', null, 0, 100);
    expect(agents.session(token)).toMatchObject({ agentId: 'ag1', expiresAt: 100 });
    expect(agents.closeSession(token)).toBe(true);
    expect(agents.session(token)).toBeUndefined();
    agents.openSession('ag1', 'counter', null, 0, 100);
    expect(agents.purgeSessions(100)).toBe(1);
    const again = agents.openSession('ag1', 'counter', null, 0, 100);
    expect(agents.disable('ag1', 5)).toBe(true);
    expect(agents.session(again.token)).toBeUndefined();
    expect(agents.credential('ag1')?.disabled).toBe(true);
  });
});

describe('PersonalDataStore', () => {
  it('purges rows when their retention time comes', () => {
    const store = new PersonalDataStore(db);
    store.put('apt-1', { name: 'Jeanne Martin' }, 0, 1000);
    store.put('apt-2', { name: 'Ali Ben' }, 0, 2000);
    expect(store.purge(1000)).toBe(1);
    expect(store.get('apt-1')).toBeUndefined();
    expect(store.get('apt-2')?.name).toBe('Ali Ben');
  });
});
