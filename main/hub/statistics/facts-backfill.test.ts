import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zonedEpoch } from '../../../shared/engine';
import { migrate } from '../../sqlite';
import { migrations } from '../store/migrations';
import { startTestHub, type TestHub } from '../test-support/test-hub';
import { fillYearOfFacts } from './test-support/year-of-facts';

// A hub upgraded from before visit facts: the visits it had recorded (central records)
// become facts once, at the first start, with their local hour.

let t: TestHub | undefined;
afterAll(async () => {
  await t?.close();
});

describe('visit facts after an upgrade', () => {
  it('derives the facts of the visits already recorded, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accueil-upgrade-'));
    const db = new Database(join(dir, 'hub.db'));
    migrate(db, migrations.slice(0, 7), 'hub'); // the schema before facts
    const issued = zonedEpoch('2026-03-10', 9 * 60 + 30, 'Europe/Paris');
    const record = {
      id: 'abc123-2026-03-10-1',
      siteId: 'test-site',
      ticketNumber: 'A001',
      serviceCode: 'iris',
      channel: 'kiosk',
      priority: false,
      delivery: 'paperless',
      issuedAt: new Date(issued).toISOString(),
      calledAt: new Date(issued + 7 * 60_000).toISOString(),
      startedAt: new Date(issued + 8 * 60_000).toISOString(),
      endedAt: new Date(issued + 20 * 60_000).toISOString(),
      waitedSeconds: 420,
      servedSeconds: 720,
      counterId: 'g1',
      agentId: 'p-0123',
      outcome: 'answered',
      transfers: [],
      appointmentRef: null,
    };
    db.prepare(
      `INSERT INTO visits (visit_id, day, ended_at, record, personal_until, closed_seq) VALUES (?, ?, ?, ?, NULL, 1)`,
    ).run('2026-03-10-1', '2026-03-10', issued + 20 * 60_000, JSON.stringify(record));
    db.close();

    const logs: string[] = [];
    t = await startTestHub({ settings: { dataDir: dir }, log: (line) => logs.push(line) });
    expect(logs).toContain('visit facts: 1 visits recorded before statistics derived once');
    const rows = t.hub.context.statistics.queries.waiting({
      period: { kind: 'day', from: '2026-03-10', to: '2026-03-10' },
      groupBy: 'none',
    });
    expect(rows).toMatchObject([{ called: 1, p50: 420, withinTarget: 1 }]);
    const arrivals = t.hub.context.statistics.queries.arrivals({
      period: { kind: 'day', from: '2026-03-10', to: '2026-03-10' },
      groupBy: 'none',
    });
    expect(arrivals).toEqual([{ weekday: 2, hour: 9, arrivals: 1, days: 1, meanPerDay: 1 }]);
  });
});

describe('day cells', () => {
  it('sums the facts already recorded at migration exactly as the trigger sums new ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accueil-cells-'));
    const before = new Database(join(dir, 'before.db'));
    migrate(before, migrations.slice(0, 10), 'hub'); // facts, no cells yet
    fillYearOfFacts(before, 2026, 3_000);
    migrate(before, migrations, 'hub'); // cells summed from the facts by the migration
    const after = new Database(join(dir, 'after.db'));
    migrate(after, migrations, 'hub');
    fillYearOfFacts(after, 2026, 3_000); // cells kept by the trigger
    const cells = (db: Database.Database) =>
      db.prepare('SELECT * FROM visit_day_cells ORDER BY day, service, channel, counter_id').all();
    const summed = cells(before);
    expect(summed.length).toBeGreaterThan(300);
    expect(summed).toEqual(cells(after));
    before.close();
    after.close();
  });
});
