import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localParts, zonedEpoch } from '../../../shared/calendar/zoned-time';
import { distributionOfValues } from '../../../shared/statistics/percentile';
import { isoWeek, type VisitFact } from '../../../shared/statistics/visit-fact';
import { migrate } from '../../sqlite';
import { migrations } from '../store/migrations';
import { openDatabase } from '../store/open-database';
import type { Grouping } from '../../../shared/statistics/tables';
import { histogramRanges } from './histogram-ranges';
import { StatisticsQueries } from './statistics-queries';
import { fillYearOfFacts } from './test-support/year-of-facts';
import { VisitFactsStore } from './visit-facts-store';

// The per-day histograms behind the waiting, service time and arrivals tables: kept by
// the trigger as each fact is written, summed once at the migration, rebuilt for a day,
// and read to the same figures as the facts themselves (by whole minute).

const zone = 'Europe/Paris';
const weekdays: Record<string, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };

/** A served kiosk visit of `day` issued at local `minutes`, waiting and served as given. */
function fact(day: string, n: number, issuedAt: number, waitedMs: number, servedMs: number) {
  const parts = localParts(issuedAt, zone);
  const calledAt = issuedAt + waitedMs;
  return {
    visitId: `${day}-${n}`,
    day,
    week: isoWeek(day),
    service: 'iris',
    firstService: 'iris',
    channel: 'kiosk',
    counterId: 'g1',
    priority: false,
    appointment: false,
    appointmentStart: null,
    language: 'fr',
    issuedAt,
    calledAt,
    startedAt: calledAt,
    endedAt: calledAt + servedMs,
    waitedMs,
    servedMs,
    result: 'served',
    recalls: 0,
    transfers: 0,
    delivery: 'printed',
    targetWaitMs: 15 * 60_000,
    estimateMs: null,
    hour: parts.hour,
    weekday: weekdays[parts.weekday] ?? 1,
  } satisfies VisitFact;
}

const day = (d: string) => ({
  period: { kind: 'day' as const, from: d, to: d },
  groupBy: 'none' as const,
});
const histograms = (db: Database.Database) =>
  db
    .prepare('SELECT * FROM visit_day_histograms ORDER BY kind, day, service, channel, bucket')
    .all();
const monthly = (db: Database.Database) =>
  db
    .prepare(
      'SELECT * FROM visit_month_histograms ORDER BY kind, month, service, channel, weekday, bucket',
    )
    .all();

function freshDb() {
  return openDatabase(join(mkdtempSync(join(tmpdir(), 'accueil-hist-')), 'hub.db'));
}

describe('per-day histograms', () => {
  it('are kept in step with each visit written, by whole minute with the exact max and mean', () => {
    const db = freshDb();
    const store = new VisitFactsStore(db);
    const queries = new StatisticsQueries(db, () => 0);
    const nine = zonedEpoch('2026-03-24', 9 * 60, zone);
    // Waits 14 min 40 s, 14 min 05 s, 20 min 59 s; served 3 min 30 s each.
    store.record(fact('2026-03-24', 1, nine, 880_000, 210_000));
    expect(queries.waiting(day('2026-03-24'))).toEqual([
      {
        group: 'all',
        called: 1,
        p50: 840,
        p90: 840,
        max: 880,
        mean: 880,
        withinTarget: 1,
        withinTargetShare: 1,
      },
    ]);
    store.record(fact('2026-03-24', 2, nine + 60_000, 845_000, 210_000));
    store.record(fact('2026-03-24', 3, nine + 120_000, 1_259_000, 210_000));
    // Two in minute 14 (one bucket row with n = 2), one in minute 20, over target.
    expect(
      db
        .prepare(
          "SELECT bucket, n, ok, sum_s, max_ms FROM visit_day_histograms WHERE kind = 'wait' ORDER BY bucket",
        )
        .all(),
    ).toEqual([
      { bucket: 14, n: 2, ok: 2, sum_s: 880 + 845, max_ms: 880_000 },
      { bucket: 20, n: 1, ok: 0, sum_s: 1259, max_ms: 1_259_000 },
    ]);
    expect(queries.waiting(day('2026-03-24'))).toEqual([
      {
        group: 'all',
        called: 3,
        p50: 840, // the 2nd value (14 min 40 s) falls in minute 14
        p90: 1200, // the 3rd (20 min 59 s) in minute 20
        max: 1259,
        mean: Math.round(((880 + 845 + 1259) / 3) * 10) / 10,
        withinTarget: 2,
        withinTargetShare: 2 / 3,
      },
    ]);
    expect(queries.serviceTime(day('2026-03-24'))).toEqual([
      { group: 'all', served: 3, p50: 180, p90: 180, max: 210, mean: 210 },
    ]);
    db.close();
  });

  it('rebuild one day from its facts, leaving the other days alone', () => {
    const db = freshDb();
    const store = new VisitFactsStore(db);
    const days = fillYearOfFacts(db, 2026, 2_000);
    const target = days[40] ?? '';
    const kept = histograms(db);
    const keptMonths = monthly(db);
    // A day whose rows were lost or damaged (an older rule, a repair by hand).
    db.prepare("DELETE FROM visit_day_histograms WHERE day = ? AND kind = 'arrival'").run(target);
    db.prepare('UPDATE visit_day_histograms SET n = n + 5 WHERE day = ?').run(target);
    db.prepare('UPDATE visit_day_histograms SET n = 0 WHERE day = ?').run(days[41]);
    db.prepare('DELETE FROM visit_month_histograms WHERE month = ?').run(target.slice(0, 7));
    expect(histograms(db)).not.toEqual(kept);
    const rows = store.recomputeDay(target);
    expect(rows).toBe((kept as { day: string }[]).filter((r) => r.day === target).length);
    const after = histograms(db) as { day: string; n: number }[];
    expect(after.filter((r) => r.day === target)).toEqual(
      (kept as { day: string }[]).filter((r) => r.day === target),
    );
    // The other day stays as it was left: only the day asked for is rebuilt.
    expect(after.filter((r) => r.day === days[41]).every((r) => r.n === 0)).toBe(true);
    store.recomputeDay(days[41] ?? '');
    expect(histograms(db)).toEqual(kept);
    // Its month is summed afresh from its days.
    expect(monthly(db)).toEqual(keptMonths);
    db.close();
  });

  it('go with the facts at the retention cut, the cut month summed from the days kept', () => {
    const db = freshDb();
    const store = new VisitFactsStore(db);
    fillYearOfFacts(db, 2026, 2_000);
    store.purge('2026-03-15');
    const queries = new StatisticsQueries(db, () => 0);
    const march = { kind: 'month' as const, from: '2026-03-01', to: '2026-03-31' };
    const marchFacts = db
      .prepare(
        "SELECT COUNT(*) AS n FROM visit_facts WHERE day LIKE '2026-03-%' AND waited_ms IS NOT NULL",
      )
      .get() as { n: number };
    expect(marchFacts.n).toBeGreaterThan(50);
    // March is read from its month rows, which now hold its days from the 15th only.
    expect(queries.waiting({ period: march, groupBy: 'none' })).toMatchObject([
      { called: marchFacts.n },
    ]);
    expect(
      db.prepare("SELECT COUNT(*) AS n FROM visit_month_histograms WHERE month < '2026-03'").get(),
    ).toEqual({ n: 0 });
    expect(
      db.prepare("SELECT COUNT(*) AS n FROM visit_day_histograms WHERE day < '2026-03-15'").get(),
    ).toEqual({ n: 0 });
    db.close();
  });

  it('count a DST day as one day of local hours: spring forward skips 2 h, fall back counts it twice', () => {
    const db = freshDb();
    const store = new VisitFactsStore(db);
    const queries = new StatisticsQueries(db, () => 0);
    // 29 March 2026: 01:50 local, then 03:05 local is only 15 min later (02:00 → 03:00).
    const spring = zonedEpoch('2026-03-29', 1 * 60 + 50, zone);
    store.record(fact('2026-03-29', 1, spring, 15 * 60_000, 60_000));
    store.record(fact('2026-03-29', 2, spring + 15 * 60_000, 60_000, 60_000));
    // 25 October 2026: 02:30 happens twice (CEST, then CET an hour later).
    const firstHalfPastTwo = zonedEpoch('2026-10-25', 2 * 60 + 30, zone);
    const utcHours = [
      localParts(firstHalfPastTwo, zone).hour,
      localParts(firstHalfPastTwo + 3_600_000, zone).hour,
    ];
    expect(utcHours).toEqual([2, 2]);
    store.record(fact('2026-10-25', 1, firstHalfPastTwo, 60_000, 60_000));
    store.record(fact('2026-10-25', 2, firstHalfPastTwo + 3_600_000, 60_000, 60_000));
    expect(queries.arrivals(day('2026-03-29'))).toEqual([
      { weekday: 7, hour: 1, arrivals: 1, days: 1, meanPerDay: 1 },
      { weekday: 7, hour: 3, arrivals: 1, days: 1, meanPerDay: 1 },
    ]);
    expect(queries.arrivals(day('2026-10-25'))).toEqual([
      { weekday: 7, hour: 2, arrivals: 2, days: 1, meanPerDay: 2 },
    ]);
    // Both Sundays in one range: two days of Sunday, three hours.
    expect(
      queries.arrivals({
        period: { kind: 'range', from: '2026-03-29', to: '2026-10-25' },
        groupBy: 'none',
      }),
    ).toEqual([
      { weekday: 7, hour: 1, arrivals: 1, days: 2, meanPerDay: 0.5 },
      { weekday: 7, hour: 2, arrivals: 2, days: 2, meanPerDay: 1 },
      { weekday: 7, hour: 3, arrivals: 1, days: 2, meanPerDay: 0.5 },
    ]);
    // The wait across the missing hour is its 15 real minutes: within the 15 min target.
    expect(queries.waiting(day('2026-03-29'))).toMatchObject([
      { called: 2, p50: 60, p90: 900, max: 900, withinTarget: 2 },
    ]);
    db.close();
  });

  it('are summed at the migration exactly as the trigger sums new facts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'accueil-hist-migrate-'));
    const before = new Database(join(dir, 'before.db'));
    migrate(before, migrations.slice(0, 12), 'hub'); // facts and cells, no histograms yet
    fillYearOfFacts(before, 2026, 3_000);
    migrate(before, migrations, 'hub');
    const after = new Database(join(dir, 'after.db'));
    migrate(after, migrations, 'hub');
    fillYearOfFacts(after, 2026, 3_000);
    const summed = histograms(before);
    expect(summed.length).toBeGreaterThan(1_000);
    expect(summed).toEqual(histograms(after));
    expect(monthly(before).length).toBeGreaterThan(500);
    expect(monthly(before)).toEqual(monthly(after));
    before.close();
    after.close();
  });

  it('give the figures the facts give, by month (histograms) and by counter (facts)', () => {
    const db = freshDb();
    fillYearOfFacts(db, 2026, 4_000);
    const queries = new StatisticsQueries(db, () => 0);
    const facts = db
      .prepare(
        'SELECT day, counter_id AS counter, waited_ms AS waited FROM visit_facts WHERE waited_ms IS NOT NULL',
      )
      .all() as { day: string; counter: string; waited: number }[];
    const expected = (key: (f: (typeof facts)[number]) => string) => {
      const groups = new Map<string, number[]>();
      for (const f of facts) groups.set(key(f), [...(groups.get(key(f)) ?? []), f.waited]);
      return [...groups.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([group, waits]) => {
          const minutes = distributionOfValues(waits.map((w) => Math.floor(w / 60_000) * 60));
          return {
            group,
            called: waits.length,
            p50: minutes.p50,
            p90: minutes.p90,
            max: Math.max(...waits.map((w) => Math.floor(w / 1000))),
            withinTarget: waits.filter((w) => w <= 15 * 60_000).length,
          };
        });
    };
    const year = { kind: 'year' as const, from: '2026-01-01', to: '2026-12-31' };
    expect(queries.waiting({ period: year, groupBy: 'month' })).toMatchObject(
      expected((f) => f.day.slice(0, 7)),
    );
    expect(queries.waiting({ period: year, groupBy: 'counter' })).toMatchObject(
      expected((f) => f.counter),
    );
    // A range that cuts two months: whole months from the month rows, the rest by day.
    const range = { kind: 'range' as const, from: '2026-02-17', to: '2026-05-09' };
    const inRange = (f: (typeof facts)[number]) => f.day >= range.from && f.day <= range.to;
    const [all] = expected((f) => (inRange(f) ? 'all' : 'out')).filter((r) => r.group === 'all');
    expect(queries.waiting({ period: range, groupBy: 'none' })).toMatchObject([all]);
    // The heatmap read from months and days matches the one read from the facts (by counter).
    const arrivals = queries.arrivals({ period: range, groupBy: 'none' });
    const byFacts = db
      .prepare(
        `SELECT weekday, hour, COUNT(*) AS arrivals FROM visit_facts
           WHERE day BETWEEN ? AND ? GROUP BY weekday, hour ORDER BY weekday, hour`,
      )
      .all(range.from, range.to) as { weekday: number; hour: number; arrivals: number }[];
    expect(
      arrivals.map(({ weekday, hour, arrivals: n }) => ({ weekday, hour, arrivals: n })),
    ).toEqual(byFacts);
    db.close();
  });
});

describe('the histogram rows a period reads', () => {
  const ranges = (from: string, to: string, groupBy: Grouping = 'none') =>
    histogramRanges({ period: { kind: 'range', from, to }, groupBy });
  it('takes whole months from the month rows and the cut ones day by day', () => {
    expect(ranges('2026-01-01', '2026-12-31')).toEqual({
      months: { from: '2026-01', to: '2026-12' },
      days: [],
    });
    expect(ranges('2026-02-17', '2026-05-09')).toEqual({
      months: { from: '2026-03', to: '2026-04' },
      days: [
        { from: '2026-02-17', to: '2026-02-28' },
        { from: '2026-05-01', to: '2026-05-09' },
      ],
    });
    expect(ranges('2028-02-01', '2028-02-29').months).toEqual({ from: '2028-02', to: '2028-02' });
  });
  it('reads days only within a month, or for groupings by day or week', () => {
    expect(ranges('2026-03-02', '2026-03-30')).toEqual({
      months: null,
      days: [{ from: '2026-03-02', to: '2026-03-30' }],
    });
    expect(ranges('2026-01-01', '2026-12-31', 'week').months).toBeNull();
    expect(ranges('2026-01-01', '2026-12-31', 'day').months).toBeNull();
  });
});
