import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zonedEpoch, type Command } from '../../../shared/engine';
import type { StatisticsAnswer } from '../../../shared/statistics/tables';
import { runHousekeeping } from '../housekeeping';
import { adminPassword, startTestHub, type TestHub } from '../test-support/test-hub';

// A fixed data set driven through the real engine, whose figures are worked out by hand
// below: a Tuesday with a transfer chain, a recalled no-show and a cancelled ticket; the
// Sunday clocks spring forward (29 March 2026, 02:00 → 03:00 in Paris); a Monday with no
// visits; and a Tuesday 52 weeks earlier for the year-before comparison.

const zone = 'Europe/Paris';
const at = (day: string, time: string) => {
  const [h, m] = time.split(':').map(Number);
  return zonedEpoch(day, (h ?? 0) * 60 + (m ?? 0), zone);
};
const tuesday = '2026-03-24';
const dstSunday = '2026-03-29';
const yearBefore = '2025-03-25';

let now = at(yearBefore, '08:00');
let t: TestHub;
let manager: string;
let kiosk: string;

/** Sessions last hours and this clock jumps days: the administrator logs in afresh. */
async function logIn(): Promise<void> {
  const answer = await t.api('POST', '/api/v1/auth/login', {
    body: { agentId: 'admin', password: adminPassword },
  });
  manager = (answer.body as { token: string }).token;
}
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
const shownMinutes: Record<string, number | null> = {};

function run(
  time: number,
  command: Command,
): {
  type: string;
  ticketId?: string;
  token?: string;
  newTicketId?: string;
  estimateMinutes?: number | null;
}[] {
  now = time;
  const outcome = t.hub.context.authority.execute({ command, actor: { role: 'system' } });
  if (outcome.status !== 200) throw new Error(`${command.type}: ${JSON.stringify(outcome.body)}`);
  return (outcome.body as { events: ReturnType<typeof run> }).events;
}

function issue(
  name: string,
  time: number,
  service: string,
  channel: 'kiosk' | 'counter' = 'kiosk',
) {
  const [event] = run(time, {
    type: 'ticket:issue',
    service,
    priority: false,
    channel,
    language: 'fr',
  });
  ids[name] = event?.ticketId ?? '';
  tokens[name] = event?.token ?? '';
  // The wait the kiosk showed for it, whatever the estimator says (its own tests judge it).
  shownMinutes[name] = event?.estimateMinutes ?? null;
  return ids[name];
}

const id = (name: string) => ids[name] ?? '';

async function table(path: string): Promise<StatisticsAnswer> {
  const answer = await t.api('GET', `/api/v1/statistics/${path}`, { token: manager });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body as StatisticsAnswer;
}

beforeAll(async () => {
  t = await startTestHub({ clock: () => now, settings: { statisticsKeptYears: 1 } });
  kiosk = await t.device('kiosk');

  // 52 weeks earlier: one visit, waited 4 min.
  run(at(yearBefore, '08:59'), {
    type: 'counter:open',
    counterId: 'g1',
    agentId: 'ag1',
    services: [],
  });
  issue('old', at(yearBefore, '09:00'), 'iris');
  run(at(yearBefore, '09:04'), {
    type: 'counter:call-ticket',
    counterId: 'g1',
    ticketId: id('old'),
  });
  run(at(yearBefore, '09:05'), { type: 'ticket:start', ticketId: id('old') });
  run(at(yearBefore, '09:10'), { type: 'ticket:finish', ticketId: id('old'), outcome: 'answered' });

  // The Tuesday, one counter (g1, already open) serving every service.
  issue('v1', at(tuesday, '09:00'), 'iris'); // nobody ahead: 0 min shown
  issue('v2', at(tuesday, '09:02'), 'iris'); // one ahead × 10 min ÷ 1 counter: 10 min
  issue('v3', at(tuesday, '09:04'), 'etat-civil', 'counter'); // its queue is empty: 0 min
  run(at(tuesday, '09:03'), { type: 'ticket:deliver', ticketId: id('v1'), medium: 'printed' });
  run(at(tuesday, '09:04'), { type: 'ticket:deliver', ticketId: id('v2'), medium: 'paperless' });
  // v1: waits 5 min, served 10 min.
  run(at(tuesday, '09:05'), { type: 'counter:call-ticket', counterId: 'g1', ticketId: id('v1') });
  run(at(tuesday, '09:06'), { type: 'ticket:start', ticketId: id('v1') });
  run(at(tuesday, '09:16'), { type: 'ticket:finish', ticketId: id('v1'), outcome: 'answered' });
  // v2: waits 14 min, then a chain of two transfers: served 3 + 4 + 4 = 11 min.
  run(at(tuesday, '09:16'), { type: 'counter:call-ticket', counterId: 'g1', ticketId: id('v2') });
  run(at(tuesday, '09:17'), { type: 'ticket:start', ticketId: id('v2') });
  const [hop1] = run(at(tuesday, '09:20'), {
    type: 'ticket:transfer',
    ticketId: id('v2'),
    to: { service: 'etat-civil' },
    note: 'Madame Lefèvre, dossier de mariage',
  });
  const second = hop1?.newTicketId ?? '';
  run(at(tuesday, '09:21'), { type: 'counter:call-ticket', counterId: 'g1', ticketId: second });
  run(at(tuesday, '09:21'), { type: 'ticket:start', ticketId: second });
  const [hop2] = run(at(tuesday, '09:25'), {
    type: 'ticket:transfer',
    ticketId: second,
    to: { service: 'iris' },
  });
  const third = hop2?.newTicketId ?? '';
  run(at(tuesday, '09:26'), { type: 'counter:call-ticket', counterId: 'g1', ticketId: third });
  run(at(tuesday, '09:26'), { type: 'ticket:start', ticketId: third });
  run(at(tuesday, '09:30'), { type: 'ticket:finish', ticketId: third, outcome: 'answered' });
  // v3: first called after 26 min, recalled, then a no-show.
  run(at(tuesday, '09:30'), { type: 'counter:call-ticket', counterId: 'g1', ticketId: id('v3') });
  run(at(tuesday, '09:32'), { type: 'ticket:recall', ticketId: id('v3') });
  run(at(tuesday, '09:34'), { type: 'ticket:no-show', ticketId: id('v3') });
  // v4: cancelled before any call.
  issue('v4', at(tuesday, '09:40'), 'iris');
  run(at(tuesday, '09:45'), { type: 'ticket:cancel', ticketId: id('v4') });
  now = at(tuesday, '10:00');
  await logIn();
});

afterAll(async () => {
  await t?.close();
});

describe('statistics over a fixed data set', () => {
  it('counts the Tuesday visits: a transfer chain is one visit, a recalled no-show is a no-show', async () => {
    const answer = await table(`visits?period=day&date=${tuesday}`);
    expect(answer.period).toEqual({ kind: 'day', from: tuesday, to: tuesday });
    expect(answer.rows).toEqual([
      {
        group: 'all',
        visits: 4,
        served: 2,
        noShows: 1,
        noShowsAfterRecall: 1,
        cancelled: 1,
        unserved: 0,
        transferredVisits: 1,
        transfers: 2,
      },
    ]);
  });

  it('measures waits from issue to the first call (recalls do not restart it)', async () => {
    // Waits 300 s, 840 s, 1560 s; target 15 min = 900 s. Nearest rank: p50 = 2nd, p90 = 3rd.
    const answer = await table(`waiting?period=day&date=${tuesday}`);
    expect(answer.rows).toEqual([
      {
        group: 'all',
        called: 3,
        p50: 840,
        p90: 1560,
        max: 1560,
        mean: 900,
        withinTarget: 2,
        withinTargetShare: 2 / 3,
      },
    ]);
    const service = await table(`serviceTime?period=day&date=${tuesday}`);
    // 600 s and 660 s (3 + 4 + 4 min over the chain); the no-show was never started.
    expect(service.rows).toEqual([
      { group: 'all', served: 2, p50: 600, p90: 660, max: 660, mean: 630 },
    ]);
  });

  it('compares the estimate each ticket was shown with its actual wait', async () => {
    // Waited 5, 14 and 26 min; error = actual − shown, within ±5 min counts as right.
    const errors = [
      ['v1', 300],
      ['v2', 840],
      ['v3', 1560],
    ].map(([name, waited]) => Number(waited) - (shownMinutes[String(name)] ?? NaN) * 60);
    expect(errors.every(Number.isFinite)).toBe(true);
    const within = errors.filter((e) => Math.abs(e) <= 300).length;
    const answer = await table(`estimates?period=day&date=${tuesday}`);
    expect(answer.rows).toEqual([
      {
        group: 'all',
        estimated: 3,
        meanAbsoluteErrorSeconds: errors.reduce((sum, e) => sum + Math.abs(e), 0) / 3,
        meanErrorSeconds: errors.reduce((sum, e) => sum + e, 0) / 3,
        withinTolerance: within,
        withinToleranceShare: within / 3,
      },
    ]);
  });

  it('counts printed and paperless tickets, the counter busy share and arrivals by hour', async () => {
    const delivery = await table(`delivery?period=day&date=${tuesday}`);
    // Kiosk tickets v1 (printed), v2 (paperless), v4 (not said); v3 came from a counter.
    expect(delivery.rows).toEqual([
      { group: 'all', tickets: 3, printed: 1, paperless: 1, notRecorded: 1, paperlessShare: 0.5 },
    ]);
    const counters = await table(`counters?period=day&date=${tuesday}`);
    // Active 09:05 → 09:34 = 1740 s; served 600 + 660 + 0 = 1260 s.
    expect(counters.rows).toEqual([
      {
        counter: 'g1',
        days: 1,
        visits: 3,
        servedSeconds: 1260,
        activeSeconds: 1740,
        utilisation: 1260 / 1740,
      },
    ]);
    const arrivals = await table(`arrivals?period=day&date=${tuesday}`);
    expect(arrivals.rows).toEqual([{ weekday: 2, hour: 9, arrivals: 4, days: 1, meanPerDay: 4 }]);
  });

  it('keeps no name, note, agent or ticket number in the facts', () => {
    const db = new Database(join(t.dir, 'hub.db'), { readonly: true });
    const facts = db.prepare('SELECT * FROM visit_facts').all();
    db.close();
    expect(facts).toHaveLength(5);
    expect(JSON.stringify(facts)).not.toMatch(/Lefèvre|mariage|ag\d|A00\d/u);
  });
});

describe('appointments kept, late, on time at the counter', () => {
  const wednesday = '2026-03-25';
  beforeAll(async () => {
    run(at(wednesday, '08:00'), {
      type: 'appointments:load',
      date: wednesday,
      appointments: [
        {
          id: 'apt-1',
          service: 'cni',
          start: at(wednesday, '10:00'),
          bookingCode: 'RDV-0001',
          status: 'booked',
        },
        {
          id: 'apt-2',
          service: 'cni',
          start: at(wednesday, '10:30'),
          bookingCode: 'RDV-0002',
          status: 'booked',
        },
      ],
    });
    // apt-1: arrives ten minutes early, called three minutes after its time, served.
    const [first] = run(at(wednesday, '09:50'), {
      type: 'appointment:check-in',
      reference: 'RDV-0001',
    });
    run(at(wednesday, '10:03'), {
      type: 'counter:call-ticket',
      counterId: 'g1',
      ticketId: first?.ticketId ?? '',
    });
    run(at(wednesday, '10:04'), { type: 'ticket:start', ticketId: first?.ticketId ?? '' });
    run(at(wednesday, '10:20'), {
      type: 'ticket:finish',
      ticketId: first?.ticketId ?? '',
      outcome: 'answered',
    });
    // apt-2: arrives ten minutes late, called twenty minutes after its time, never comes.
    const [second] = run(at(wednesday, '10:40'), {
      type: 'appointment:check-in',
      reference: 'RDV-0002',
    });
    run(at(wednesday, '10:50'), {
      type: 'counter:call-ticket',
      counterId: 'g1',
      ticketId: second?.ticketId ?? '',
    });
    run(at(wednesday, '10:52'), { type: 'ticket:no-show', ticketId: second?.ticketId ?? '' });
    now = at(wednesday, '12:00');
    await logIn();
  });

  it('counts the late arrival and the one called on time', async () => {
    const answer = await table(`appointments?period=day&date=${wednesday}`);
    expect(answer.rows).toEqual([
      {
        group: 'all',
        appointments: 2,
        served: 1,
        noShows: 1,
        arrivedLate: 1,
        onTimeAtCounter: 1,
        onTimeShare: 0.5,
      },
    ]);
  });
});

describe('a day when the clocks change, a day without visits, comparisons', () => {
  beforeAll(async () => {
    run(at(dstSunday, '01:00'), {
      type: 'counter:open',
      counterId: 'g2',
      agentId: 'ag2',
      services: [],
    });
    issue('d1', at(dstSunday, '01:50'), 'iris');
    // 01:50 CET → 03:10 CEST is 20 minutes, not 80.
    run(at(dstSunday, '03:10'), {
      type: 'counter:call-ticket',
      counterId: 'g2',
      ticketId: id('d1'),
    });
    run(at(dstSunday, '03:10'), { type: 'ticket:start', ticketId: id('d1') });
    run(at(dstSunday, '03:20'), { type: 'ticket:finish', ticketId: id('d1'), outcome: 'answered' });
    issue('d2', at(dstSunday, '03:30'), 'iris');
    run(at(dstSunday, '03:35'), {
      type: 'counter:call-ticket',
      counterId: 'g2',
      ticketId: id('d2'),
    });
    run(at(dstSunday, '03:35'), { type: 'ticket:start', ticketId: id('d2') });
    run(at(dstSunday, '03:45'), { type: 'ticket:finish', ticketId: id('d2'), outcome: 'answered' });
    now = at('2026-03-31', '10:00');
    await logIn();
  });

  it('measures the DST Sunday in real minutes and local hours', async () => {
    const waiting = await table(`waiting?period=day&date=${dstSunday}`);
    expect(waiting.rows).toMatchObject([
      { called: 2, p50: 300, p90: 1200, max: 1200, withinTarget: 1 },
    ]);
    const arrivals = await table(`arrivals?period=day&date=${dstSunday}`);
    expect(arrivals.rows).toEqual([
      { weekday: 7, hour: 1, arrivals: 1, days: 1, meanPerDay: 1 },
      { weekday: 7, hour: 3, arrivals: 1, days: 1, meanPerDay: 1 },
    ]);
  });

  it('has no row for a day without visits, and groups by day and ISO week', async () => {
    expect((await table('visits?period=day&date=2026-03-30')).rows).toEqual([]);
    const byDay = await table('visits?period=range&from=2026-03-23&to=2026-03-30&groupBy=day');
    expect(byDay.rows.map((r) => [r.group, r.visits])).toEqual([
      [tuesday, 4],
      ['2026-03-25', 2],
      [dstSunday, 2],
    ]);
    const byWeek = await table(`visits?period=week&date=${tuesday}&groupBy=week`);
    expect(byWeek.period).toEqual({ kind: 'week', from: '2026-03-23', to: dstSunday });
    expect(byWeek.rows.map((r) => [r.group, r.visits])).toEqual([['2026-W13', 8]]);
    const byService = await table(`visits?period=week&date=${tuesday}&groupBy=service`);
    expect(byService.rows.map((r) => [r.group, r.visits])).toEqual([
      ['cni', 2],
      ['etat-civil', 1],
      ['iris', 5],
    ]);
  });

  it('compares with the period before and the same weekday 52 weeks earlier', async () => {
    const answer = await table(`waiting?period=day&date=${tuesday}&compare=previous,year-before`);
    expect(answer.previous).toEqual({
      table: 'waiting',
      period: { kind: 'day', from: '2026-03-23', to: '2026-03-23' },
      rows: [],
    });
    expect(answer.yearBefore?.period.from).toBe(yearBefore);
    expect(answer.yearBefore?.rows).toMatchObject([{ called: 1, p50: 240, max: 240 }]);
  });

  it('refuses a bad query field by field', async () => {
    const bad = await t.api(
      'GET',
      '/api/v1/statistics/waiting?period=range&from=2026-03-30&to=2026-03-01',
      {
        token: manager,
      },
    );
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: { code: 'validation', details: { issues: [{ field: 'to' }] } },
    });
    const unknown = await t.api('GET', '/api/v1/statistics/nope?period=day&date=2026-03-24', {
      token: manager,
    });
    expect(unknown.status).toBe(400);
    const forbidden = await t.api('GET', `/api/v1/statistics/visits?period=day&date=${tuesday}`, {
      token: kiosk,
    });
    expect(forbidden.status).toBe(403);
  });

  it('exports a table as CSV for French spreadsheets and in the international form', async () => {
    const path = `/api/v1/statistics/waiting/csv?period=day&date=${tuesday}`;
    const fr = await fetch(`${t.hub.url}${path}&style=fr`, {
      headers: { authorization: `Bearer ${manager}` },
    });
    expect(fr.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const frBytes = new Uint8Array(await fr.arrayBuffer());
    expect([...frBytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const frText = new TextDecoder().decode(frBytes.slice(3));
    expect(frText.split('\r\n')[1]).toBe(`${tuesday}/${tuesday};all;3;840;1560;1560;900;2;0,6667`);
    const intl = await (
      await fetch(`${t.hub.url}${path}&style=intl`, {
        headers: { authorization: `Bearer ${manager}` },
      })
    ).text();
    expect(intl.charCodeAt(0)).not.toBe(0xfeff);
    expect(intl.split('\r\n')[1]).toBe(`${tuesday}/${tuesday},all,3,840,1560,1560,900,2,0.6667`);
  });

  it('deletes facts older than the configured years, not before', () => {
    const before = t.hub.context.statistics.queries.visits({
      period: { kind: 'year', from: '2025-01-01', to: '2025-12-31' },
      groupBy: 'none',
    })[0]?.visits;
    expect(before).toBe(1);
    // Kept one year: on 31 March 2026 the visit of 25 March 2025 has outlived it.
    expect(runHousekeeping(t.hub.context)).toMatchObject({ visitFacts: 1 });
    expect(
      t.hub.context.statistics.queries.visits({
        period: { kind: 'year', from: '2025-01-01', to: '2025-12-31' },
        groupBy: 'none',
      }),
    ).toEqual([]);
  });
});
