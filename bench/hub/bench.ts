import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench, BenchFigure } from '../report';
import { benchSiteConfig, round } from './bench-site';
import {
  concurrentHttp,
  concurrentInProcess,
  mergeThroughputs,
  sequentialInProcess,
} from './command-throughput';
import { hubFanOut } from './fan-out';
import { openRawLog, rawBroadcastLatency } from './raw-limits';
import { measureStartTimes, startTimeFigures } from './start-time';
import { streamFanOut } from './stream-fan-out';
import { queueEngine } from '../../main/hub/core/engine';
import { QueueAuthority } from '../../main/hub/core/queue-authority';
import { startHub, type Hub } from '../../main/hub/start-hub';
import { openDatabase } from '../../main/hub/store/open-database';

const commands = 2000;
const warmUp = 400;
const concurrency = 32;
const clients = 200;
const rounds = 50;
/** A year of a busy site, then a morning (a hub stopped at 11:00). */
const year = { days: 300, ticketsPerDay: 600, partialDay: 200 };

const perSecond = (name: string, value: number, note: string): BenchFigure => ({
  name,
  value: Math.round(value),
  unit: 'commands/s',
  target: '>= 1000/s',
  meets: value >= 1000,
  note,
});
const ms = (name: string, value: number, note: string, target?: number): BenchFigure => ({
  name,
  value: round(value),
  unit: 'ms',
  ...(target === undefined ? {} : { target: `< ${target} ms`, meets: value < target }),
  note,
});
const ratio = (name: string, value: number, note: string): BenchFigure => ({
  name,
  value: round(value),
  unit: '×',
  target: '<= 2 (within 2× of the raw limit)',
  meets: value <= 2,
  note,
});

async function tokens(hub: Hub): Promise<{ manager: string; kiosk: string }> {
  await hub.setAgentPassword('bench-manager', 'manager', 'bench manager password');
  const post = (path: string, body: unknown) =>
    fetch(`${hub.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((response) => response.json() as Promise<{ token: string }>);
  const manager = await post('/api/v1/auth/login', {
    agentId: 'bench-manager',
    password: 'bench manager password',
  });
  const kiosk = await post('/api/v1/devices/enrol', {
    code: hub.enrolmentCode('kiosk', 'bench kiosk').code,
  });
  return { manager: manager.token, kiosk: kiosk.token };
}

/**
 * The hub's figures on this machine, each beside the raw limit it is read against: durable
 * commands against a bare better-sqlite3 FULL insert loop on the same disk, measured just
 * before; event fan-out to 200 WebSocket clients against a bare `ws` broadcast of the
 * same bytes. Every client runs in this process, on the same cores as the hub.
 */
export const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'accueil-bench-'));
  const hub = await startHub({
    siteConfig: benchSiteConfig,
    adminPassword: 'bench administrator password',
    settings: { port: 0, dataDir: join(dir, 'hub') },
  });
  try {
    const token = await tokens(hub);
    const sample = JSON.stringify(hub.context.authority.eventsAfter(0, 1)[0]?.event ?? {});
    // Raw inserts and the hub's commands alternate in chunks: the disk's speed drifts.
    const rawLog = openRawLog(dir, sample);
    // Warm-up, not measured: the first commands of each path pay for JIT compilation.
    sequentialInProcess(hub, warmUp, 10 * commands);
    rawLog.insert(warmUp);
    const chunks = 10;
    let rawSeconds = 0;
    const parts = [];
    for (let chunk = 0; chunk < chunks; chunk++) {
      rawSeconds += rawLog.insert(commands / chunks);
      parts.push(sequentialInProcess(hub, commands / chunks, (chunk * commands) / chunks));
    }
    rawLog.close();
    const raw = commands / rawSeconds;
    const sequential = mergeThroughputs(parts);
    const grouped = await concurrentInProcess(hub, commands, commands, concurrency);
    // The HTTP clients warm up in the worker that then measures: a fresh worker is cold.
    const http = await concurrentHttp(
      hub,
      token.kiosk,
      commands,
      2 * commands,
      concurrency,
      commands,
    );
    const endToEnd = await hubFanOut(hub, token.manager, clients, rounds, 3 * commands);
    const fanOut = await streamFanOut(dir, clients, rounds);
    const rawFanOut = await rawBroadcastLatency(fanOut.message, clients, rounds);

    const events = hub.context.authority.lastSeq;
    const replayStarted = performance.now();
    const replayDb = openDatabase(join(dir, 'hub', 'hub.db'));
    new QueueAuthority(replayDb, queueEngine, Date.now, () => 'unused');
    const replayMs = performance.now() - replayStarted;
    replayDb.close();
    const startTimes = measureStartTimes(year);

    return {
      title: 'Hub: durable commands and event fan-out',
      figures: [
        {
          name: 'raw: better-sqlite3 FULL insert loop',
          value: Math.round(raw),
          unit: 'inserts/s',
          note: 'one row per transaction, WAL, synchronous=FULL, same disk, alternating with the next line',
        },
        perSecond(
          'durable commands/s in-process, one at a time',
          sequential.perSecond,
          'ticket:issue: decide → log + fsync → evolve → broadcast, one transaction each',
        ),
        ms('  p50 latency', sequential.p50, 'in-process, one at a time'),
        ms('  p99 latency', sequential.p99, 'in-process, one at a time'),
        ratio(
          'raw inserts/s ÷ commands/s, one at a time',
          raw / sequential.perSecond,
          'same disk, one fsync per command',
        ),
        perSecond(
          `durable commands/s in-process, ${concurrency} concurrent`,
          grouped.perSecond,
          'commands arriving together share one commit (group commit)',
        ),
        ms('  p50 latency', grouped.p50, `in-process, ${concurrency} concurrent`),
        ms('  p99 latency', grouped.p99, `in-process, ${concurrency} concurrent`),
        perSecond(
          `durable commands/s over HTTP, ${concurrency} concurrent clients`,
          http.perSecond,
          `POST /api/v1/ticket/issue: token, zod, Idempotency-Key, group commit; clients in a worker thread on the same 2 cores, measured after ${commands} warm-up requests on the same connections`,
        ),
        ms('  p50 latency', http.p50, 'HTTP'),
        ms('  p99 latency', http.p99, 'HTTP'),
        ratio(
          'raw inserts/s ÷ HTTP commands/s',
          raw / http.perSecond,
          'the whole HTTP path (group commit) against one fsync per row',
        ),
        ms(
          `event fan-out to ${clients} WebSocket clients, p50`,
          fanOut.p50,
          'from the commit handed to the stream to each client having parsed the event',
        ),
        ms(
          `event fan-out to ${clients} WebSocket clients, p99`,
          fanOut.p99,
          `${rounds} events × ${clients} staff clients`,
          20,
        ),
        ms(
          `raw: bare ws broadcast to ${clients} clients, p50`,
          rawFanOut.p50,
          `the same ${fanOut.message.length}-byte message, serialised once`,
        ),
        ms(
          `raw: bare ws broadcast to ${clients} clients, p99`,
          rawFanOut.p99,
          'from the send loop to each client having parsed it',
        ),
        ratio(
          'fan-out p99 ÷ raw broadcast p99',
          fanOut.p99 / rawFanOut.p99,
          'same clients, same bytes',
        ),
        ms(
          `command → event at ${clients} clients, p99, whole hub`,
          endToEnd.p99,
          'durable commit included, hub as started by startHub',
        ),
        ms(
          `state rebuilt from ${events} events at start`,
          replayMs,
          'the bench’s own log replayed whole (the hub starts from its latest state snapshot)',
        ),
        ...startTimeFigures(startTimes, year),
        {
          name: 'machine load average (1 min)',
          value: round(loadavg()[0] ?? 0),
          unit: '',
          note: 'other work on this machine slows every figure, the raw limits too',
        },
      ],
    };
  } finally {
    await hub.close();
    rmSync(dir, { recursive: true, force: true });
  }
};
