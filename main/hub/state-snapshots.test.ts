import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { zonedEpoch } from '../../shared/calendar/zoned-time';
import { STATE_FORMAT, type Command, type QueueState } from '../../shared/engine';
import { queueEngine } from './core/engine';
import { QueueAuthority } from './core/queue-authority';
import { startHub, type Hub } from './start-hub';
import { openDatabase } from './store/open-database';
import { testSiteConfig } from './test-support/site-config';

// State snapshots on a real hub and a real SQLite file: a start takes the latest usable
// snapshot and replays only the events after it, and the result is always the state the
// whole log rebuilds; a snapshot that cannot be used is skipped.

const dir = mkdtempSync(join(tmpdir(), 'accueil-snapshots-'));
const file = join(dir, 'hub.db');
let now = zonedEpoch('2026-04-07', 9 * 60, 'Europe/Paris');
let logs: string[] = [];
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function start(): Promise<Hub> {
  logs = [];
  return startHub({
    siteConfig: testSiteConfig,
    adminPassword: 'snapshot test password',
    clock: () => now,
    log: (message) => logs.push(message),
    settings: { host: '127.0.0.1', port: 0, dataDir: dir },
    snapshotEveryEvents: 50,
    dayCheckMs: 3_600_000,
  });
}

/** A day of `visits` visits at counter g1, then its end (as the day keeper would). */
function serveDay(hub: Hub, day: string, visits: number): void {
  const run = (command: Command) => {
    const outcome = hub.context.authority.execute({ command, actor: { role: 'system' } });
    if (outcome.status !== 200) throw new Error(JSON.stringify(outcome.body));
    return outcome.body;
  };
  now = zonedEpoch(day, 9 * 60, 'Europe/Paris');
  run({ type: 'counter:open', counterId: 'g1', agentId: 'ag1', services: [] });
  for (let i = 0; i < visits; i++) {
    now += 60_000;
    const issued = run({
      type: 'ticket:issue',
      service: 'iris',
      priority: false,
      channel: 'kiosk',
      language: 'fr',
    });
    const ticketId =
      'events' in issued && issued.events[0]?.type === 'ticket:issued'
        ? issued.events[0].ticketId
        : '';
    run({ type: 'counter:call-next', counterId: 'g1' });
    if (i % 4 === 3) run({ type: 'ticket:no-show', ticketId });
    else {
      run({ type: 'ticket:start', ticketId });
      run({ type: 'ticket:finish', ticketId, outcome: 'answered' });
    }
  }
  run({ type: 'ticket:issue', service: 'iris', priority: true, channel: 'kiosk', language: 'fr' });
  now = zonedEpoch(day, 23 * 60, 'Europe/Paris');
  run({ type: 'day:end', day });
}

/** The state the whole log rebuilds, with no snapshot (what a hub did before them). */
function fullReplay(): QueueState {
  const db = openDatabase(file);
  try {
    return JSON.parse(
      JSON.stringify(
        new QueueAuthority(
          db,
          queueEngine,
          () => now,
          () => 'unused',
        ).state,
      ),
    ) as QueueState;
  } finally {
    db.close();
  }
}

function snapshotRows(): { seq: number; format: number }[] {
  const db = openDatabase(file);
  try {
    return db.prepare('SELECT seq, format FROM state_snapshots ORDER BY seq').all() as {
      seq: number;
      format: number;
    }[];
  } finally {
    db.close();
  }
}

function alter(sql: string): void {
  const db = openDatabase(file);
  try {
    db.prepare(sql).run();
  } finally {
    db.close();
  }
}

const plain = (state: Readonly<QueueState>) => JSON.parse(JSON.stringify(state)) as QueueState;

describe('state snapshots', () => {
  it('are taken at day ends, every N events and at a stop; a start replays only what follows', async () => {
    const first = await start();
    serveDay(first, '2026-04-07', 12);
    serveDay(first, '2026-04-08', 12);
    // More than 50 events since the last day's end: one of its own mid-day.
    serveDay(first, '2026-04-09', 15);
    const lastSeq = first.context.authority.lastSeq;
    const before = plain(first.context.authority.state);
    await first.close();

    const rows = snapshotRows();
    expect(rows).toHaveLength(3); // the latest three are kept
    expect(rows.at(-1)).toEqual({ seq: lastSeq, format: STATE_FORMAT });
    expect(fullReplay()).toEqual(before);

    const second = await start();
    expect(logs).toContainEqual(
      expect.stringMatching(new RegExp(`from the state snapshot at event ${lastSeq} and 0 events`)),
    );
    expect(plain(second.context.authority.state)).toEqual(before);
    await second.close();
  });

  it('rebuilds from an older snapshot and the tail after it: the same state as the whole log', async () => {
    const [older, newest] = snapshotRows().slice(-2);
    alter(`DELETE FROM state_snapshots WHERE seq = ${newest!.seq}`);
    const hub = await start();
    const tail = newest!.seq - older!.seq;
    expect(logs).toContainEqual(
      expect.stringMatching(
        new RegExp(`from the state snapshot at event ${older!.seq} and ${tail} events`),
      ),
    );
    const rebuilt = plain(hub.context.authority.state);
    // New commands on the rebuilt state are what they would have been on the replayed one.
    serveDay(hub, '2026-04-10', 3);
    const after = plain(hub.context.authority.state);
    await hub.close();
    expect(rebuilt.seq).toBeGreaterThan(0);
    expect(fullReplay()).toEqual(after);
  });

  it('skips a snapshot that does not parse, or of another format, down to the whole log', async () => {
    const rows = snapshotRows();
    const expected = fullReplay();
    alter(
      `UPDATE state_snapshots SET state = substr(state, 1, 200) WHERE seq = ${rows.at(-1)!.seq}`,
    );
    alter(`UPDATE state_snapshots SET state = '{"tickets": []}' WHERE seq = ${rows.at(-2)!.seq}`);
    alter(`UPDATE state_snapshots SET format = ${STATE_FORMAT + 1} WHERE seq = ${rows[0]!.seq}`);
    const hub = await start();
    expect(logs).toContainEqual(expect.stringMatching(/snapshot at event \d+ not used: not JSON/));
    expect(logs).toContainEqual(
      expect.stringMatching(/snapshot at event \d+ not used: not a queue state/),
    );
    expect(logs).toContainEqual(
      expect.stringMatching(/snapshot at event \d+ not used: engine state format/),
    );
    const seq = hub.context.authority.lastSeq;
    expect(logs).toContainEqual(
      expect.stringMatching(new RegExp(`queue rebuilt from ${seq} events`)),
    );
    expect(plain(hub.context.authority.state)).toEqual(expected);
    await hub.close();
    // That start wrote a good snapshot over the bad one (the replay was long): the next
    // start uses it.
    expect(snapshotRows().at(-1)).toEqual({ seq, format: STATE_FORMAT });
    const again = await start();
    expect(logs).toContainEqual(
      expect.stringMatching(new RegExp(`from the state snapshot at event ${seq} and 0 events`)),
    );
    expect(plain(again.context.authority.state)).toEqual(expected);
    await again.close();
  });
});
