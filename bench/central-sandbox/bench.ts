import { performance } from 'node:perf_hooks';
import { exampleVisitBatch } from '../../shared/central/examples';
import type { Bench, BenchFigure } from '../report';
import { createCentralClient } from '../../main/central/central-client';
import { startCentralSandbox } from '../../main/central-sandbox/sandbox';

// How fast the sandbox ingests visits over real HTTP, batch after batch as the hub's sync
// worker sends them (one batch at a time, each durable before the next): the ceiling of
// the "drain 100,000 visits in under 60 s" target.

const TOTAL = 100_000;
const BATCH = 500;

export const bench: Bench = async () => {
  const sandbox = await startCentralSandbox({ seedDate: '2025-03-14' });
  const client = createCentralClient({
    baseUrl: sandbox.url,
    siteId: sandbox.siteId,
    token: sandbox.token,
  });
  const figures: BenchFigure[] = [];
  try {
    const started = performance.now();
    for (let first = 0; first < TOTAL; first += BATCH) {
      const result = await client.pushVisits(
        exampleVisitBatch(BATCH, first),
        `bench-batch-${first}`,
      );
      if (!result.ok) throw new Error(`batch ${first} failed: ${result.failure.message}`);
    }
    const seconds = (performance.now() - started) / 1000;
    if (sandbox.visitCount() !== TOTAL)
      throw new Error(`stored ${sandbox.visitCount()} visits, expected ${TOTAL}`);
    figures.push(
      {
        name: `drain ${TOTAL.toLocaleString('en')} visits into the sandbox (batches of ${BATCH})`,
        value: Number(seconds.toFixed(1)),
        unit: 's',
        target: '< 60 s',
        meets: seconds < 60,
        note: 'one batch at a time over HTTP (client and sandbox in one process): JSON, zod validation of every record, SQLite WAL synchronous=FULL',
      },
      {
        name: 'sandbox ingest rate',
        value: Math.round(TOTAL / seconds),
        unit: 'visits/s',
        target: `>= ${Math.ceil(TOTAL / 60)} visits/s`,
        meets: TOTAL / seconds >= TOTAL / 60,
      },
    );

    const pulls = 200;
    const first = await client.pullAppointments(sandbox.seedDate);
    const etag = first.ok && !first.value.notModified ? (first.value.etag ?? undefined) : undefined;
    const pullStart = performance.now();
    for (let i = 0; i < pulls; i++) await client.pullAppointments(sandbox.seedDate, etag);
    figures.push({
      name: 'appointments pull answered 304 (unchanged day)',
      value: Number(((performance.now() - pullStart) / pulls).toFixed(2)),
      unit: 'ms',
      note: `mean of ${pulls}`,
    });
  } finally {
    client.close();
    await sandbox.close();
  }
  return { title: 'Central sandbox', figures };
};
