import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { exampleSiteHealth, exampleVisit, exampleVisitBatch } from '../../shared/central/examples';
import type { VisitBatch } from '../../shared/central/visit';
import { startCentralSandbox, type CentralSandbox } from '../central-sandbox/sandbox';
import { retryDelay } from './backoff';
import type { CentralApi } from './central-api';
import { createCentralClient } from './central-client';
import type { CentralResult } from './failure';

// The client against a real sandbox over HTTP: what the sync worker will live through.

let sandbox: CentralSandbox;
let client: CentralApi;
let counter = 0;
const nextKey = () => `test-key-${++counter}-${Date.now()}`;
const NOW = Date.UTC(2025, 2, 14, 9, 0, 0);

function ok<T>(result: CentralResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.failure)}`);
  return result.value;
}

function failure<T>(result: CentralResult<T>) {
  if (result.ok) throw new Error(`expected a failure, got ${JSON.stringify(result.value)}`);
  return result.failure;
}

let first = 0;
/** A batch of visits never sent before in this file. */
function freshBatch(count: number): VisitBatch {
  const batch = exampleVisitBatch(count, first);
  first += count;
  return batch;
}

beforeAll(async () => {
  sandbox = await startCentralSandbox({ seedDate: '2025-03-14' });
  client = createCentralClient({
    baseUrl: sandbox.url,
    siteId: sandbox.siteId,
    token: sandbox.token,
    timeoutMs: 5_000,
    now: () => NOW,
  });
});

afterEach(async () => {
  await sandbox.setFaults({ errorRate: 0, dropRate: 0, slowMs: 0, latencyMs: 0, down: false });
});

afterAll(async () => {
  client.close();
  await sandbox.close();
});

describe('pushing visits', () => {
  it('stores a batch and replays the same answer for the same key and body', async () => {
    const batch = freshBatch(20);
    const key = nextKey();
    const before = sandbox.visitCount();
    const receipt = ok(await client.pushVisits(batch, key));
    expect(receipt).toMatchObject({ accepted: 20, duplicates: [], replayed: false });
    expect(sandbox.visitCount()).toBe(before + 20);
    expect(sandbox.visit(batch.visits[7]!.id)).toEqual(batch.visits[7]);

    const again = ok(await client.pushVisits(batch, key));
    expect(again).toEqual({ ...receipt, replayed: true });
    expect(sandbox.visitCount()).toBe(before + 20);
  });

  it('stores once when the answer was lost and the batch is retried with its key', async () => {
    const batch = freshBatch(10);
    const key = nextKey();
    const before = sandbox.visitCount();
    await sandbox.setFaults({ dropRate: 1, dropPhase: 'response' });
    const lost = failure(await client.pushVisits(batch, key));
    expect(lost).toMatchObject({ kind: 'retryable', reason: 'network' });
    expect(sandbox.visitCount()).toBe(before + 10); // committed, but the client cannot know

    await sandbox.setFaults({ dropRate: 0 });
    const retried = ok(await client.pushVisits(batch, key));
    expect(retried).toMatchObject({ accepted: 10, replayed: true });
    expect(sandbox.visitCount()).toBe(before + 10);
  });

  it('stores on retry when the request was dropped before it was processed', async () => {
    const batch = freshBatch(5);
    const key = nextKey();
    const before = sandbox.visitCount();
    await sandbox.setFaults({ dropRate: 1, dropPhase: 'request' });
    expect(failure(await client.pushVisits(batch, key))).toMatchObject({ kind: 'retryable' });
    expect(sandbox.visitCount()).toBe(before);
    await sandbox.setFaults({ dropRate: 0 });
    expect(ok(await client.pushVisits(batch, key))).toMatchObject({ accepted: 5, replayed: false });
    expect(sandbox.visitCount()).toBe(before + 5);
  });

  it('refuses the same key with another body (422), as poison for that key', async () => {
    const key = nextKey();
    ok(await client.pushVisits(freshBatch(2), key));
    const reused = failure(await client.pushVisits(freshBatch(2), key));
    expect(reused).toMatchObject({
      kind: 'poison',
      status: 422,
      code: 'idempotency-key-reused',
      rejected: [],
    });
  });

  it('answers 409 to the same key while its first request is in progress, then replays', async () => {
    const batch = freshBatch(3);
    const key = nextKey();
    const before = sandbox.visitCount();
    await sandbox.setFaults({ slowMs: 60_000 });
    const firstPush = client.pushVisits(batch, key);
    await vi.waitFor(() => expect(sandbox.stats().inProgress).toBe(1));

    const concurrent = failure(await client.pushVisits(batch, key));
    expect(concurrent).toMatchObject({ kind: 'conflict', status: 409, retryAfterMs: 1000 });
    expect(retryDelay(concurrent, 0, () => 0)).toBe(1000);

    await sandbox.setFaults({ slowMs: 0 }); // releases the held request
    expect(ok(await firstPush)).toMatchObject({ accepted: 3, replayed: false });
    expect(ok(await client.pushVisits(batch, key))).toMatchObject({ replayed: true });
    expect(sandbox.visitCount()).toBe(before + 3);
  });

  it('times out on a slow answer, and the retry never stores twice', async () => {
    const impatient = createCentralClient({
      baseUrl: sandbox.url,
      siteId: sandbox.siteId,
      token: sandbox.token,
      timeoutMs: 300,
    });
    try {
      const batch = freshBatch(4);
      const key = nextKey();
      const before = sandbox.visitCount();
      await sandbox.setFaults({ slowMs: 60_000 });
      expect(failure(await impatient.pushVisits(batch, key))).toMatchObject({
        kind: 'retryable',
        reason: 'timeout',
      });
      await vi.waitFor(() => expect(sandbox.stats().inProgress).toBe(1));
      expect(failure(await impatient.pushVisits(batch, key))).toMatchObject({ kind: 'conflict' });
      await sandbox.setFaults({ slowMs: 0 });
      await vi.waitFor(() => expect(sandbox.stats().inProgress).toBe(0));
      expect(ok(await impatient.pushVisits(batch, key))).toMatchObject({
        accepted: 4,
        replayed: true,
      });
      expect(sandbox.visitCount()).toBe(before + 4);
    } finally {
      impatient.close();
    }
  });

  it('names the poison records, stores none of the batch, and takes the rest under a new key', async () => {
    const batch = freshBatch(5);
    const bad = structuredClone(batch);
    bad.visits[1] = { ...bad.visits[1]!, calledAt: '2020-01-01T00:00:00Z' };
    (bad.visits[3] as unknown as Record<string, unknown>).serviceCode = 'État civil';
    const before = sandbox.visitCount();

    const refused = failure(await client.pushVisits(bad, nextKey()));
    expect(refused).toMatchObject({ kind: 'poison', status: 422, code: 'invalid-records' });
    if (refused.kind !== 'poison') return;
    expect(refused.rejected.map((r) => [r.index, r.visitId, r.issues.map((i) => i.path)])).toEqual([
      [1, batch.visits[1]!.id, ['calledAt']],
      [3, batch.visits[3]!.id, ['serviceCode']],
    ]);
    expect(sandbox.visitCount()).toBe(before);

    const rejectedIds = new Set(refused.rejected.map((r) => r.visitId));
    const rest = { visits: batch.visits.filter((v) => !rejectedIds.has(v.id)) };
    expect(ok(await client.pushVisits(rest, nextKey()))).toMatchObject({ accepted: 3 });
    expect(sandbox.visitCount()).toBe(before + 3);
  });

  it('keeps a visit sent again in another batch once, and says so', async () => {
    const batch = freshBatch(10);
    const before = { visits: sandbox.visitCount(), duplicates: sandbox.duplicatesSeen() };
    ok(await client.pushVisits({ visits: batch.visits.slice(0, 6) }, nextKey()));
    const overlap = ok(await client.pushVisits({ visits: batch.visits.slice(4) }, nextKey()));
    expect(overlap.accepted).toBe(4);
    expect(overlap.duplicates).toEqual(batch.visits.slice(4, 6).map((v) => v.id));
    expect(sandbox.visitCount()).toBe(before.visits + 10);
    expect(sandbox.duplicatesSeen()).toBe(before.duplicates + 2);
  });

  it('refuses an invalid key before sending anything', async () => {
    await expect(client.pushVisits(freshBatch(1), 'short')).rejects.toThrow(/Idempotency-Key/);
  });
});

describe('failures the worker retries', () => {
  it('reads Retry-After in seconds from a 503', async () => {
    await sandbox.setFaults({ errorRate: 1, errorStatus: 503, retryAfter: '7' });
    const refused = failure(await client.pushVisits(freshBatch(1), nextKey()));
    expect(refused).toMatchObject({
      kind: 'retryable',
      reason: 'unavailable',
      status: 503,
      retryAfterMs: 7000,
    });
    expect(retryDelay(refused, 0, () => 0.5)).toBe(7000);
  });

  it('reads Retry-After as an HTTP date from a 429', async () => {
    await sandbox.setFaults({
      errorRate: 1,
      errorStatus: 429,
      retryAfter: new Date(NOW + 42_000).toUTCString(),
    });
    const refused = failure(await client.pullAppointments('2025-03-14'));
    expect(refused).toMatchObject({
      kind: 'retryable',
      reason: 'rate-limited',
      retryAfterMs: 42_000,
    });
  });

  it('retries 500s, and a batch sent during them arrives once afterwards', async () => {
    const batch = freshBatch(3);
    const key = nextKey();
    const before = sandbox.visitCount();
    await sandbox.setFaults({ errorRate: 1, errorStatus: 500 });
    expect(failure(await client.pushVisits(batch, key))).toMatchObject({
      kind: 'retryable',
      reason: 'server-error',
    });
    await sandbox.setFaults({ errorRate: 0 });
    expect(ok(await client.pushVisits(batch, key))).toMatchObject({ accepted: 3 });
    expect(sandbox.visitCount()).toBe(before + 3);
  });

  it('retries while the central API is down (connection refused), then gets through', async () => {
    const batch = freshBatch(2);
    const key = nextKey();
    await sandbox.setFaults({ down: true });
    const down = failure(await client.pushVisits(batch, key));
    expect(down).toMatchObject({ kind: 'retryable', reason: 'network' });
    expect(down.message).toMatch(/ECONNREFUSED/);
    await sandbox.setFaults({ down: false });
    expect(ok(await client.pushVisits(batch, key))).toMatchObject({ accepted: 2 });
  });
});

describe('appointments', () => {
  it('pulls a day, then gets 304 until something changes', async () => {
    const pulled = ok(await client.pullAppointments('2025-03-14'));
    if (pulled.notModified) throw new Error('expected a day');
    expect(pulled.etag).toMatch(/^"[\w-]+"$/);
    expect(pulled.day.appointments.length).toBeGreaterThan(20);
    expect(pulled.day.appointments.some((a) => a.antsPreDemande !== null)).toBe(true);
    expect(pulled.day.appointments.some((a) => a.status === 'cancelled')).toBe(true);

    expect(ok(await client.pullAppointments('2025-03-14', pulled.etag!))).toEqual({
      notModified: true,
      etag: pulled.etag,
    });

    const booked = pulled.day.appointments.find((a) => a.status === 'booked')!;
    expect(sandbox.cancelAppointment(booked.id)).toBe(true);
    const changed = ok(await client.pullAppointments('2025-03-14', pulled.etag!));
    if (changed.notModified) throw new Error('expected the changed day');
    expect(changed.etag).not.toBe(pulled.etag);
    expect(changed.day.appointments.find((a) => a.id === booked.id)?.status).toBe('cancelled');
  });

  it('refuses a malformed date before sending anything', async () => {
    await expect(client.pullAppointments('14/03/2025')).rejects.toThrow(/YYYY-MM-DD/);
  });
});

describe('health and tokens', () => {
  it('reports the site health', async () => {
    const report = exampleSiteHealth();
    expect(ok(await client.reportHealth(report)).receivedAt).toMatch(/Z$/);
    expect(sandbox.latestHealth()?.report).toEqual(report);
  });

  it('calls a wrong token a configuration problem, never poison', async () => {
    const stranger = createCentralClient({
      baseUrl: sandbox.url,
      siteId: sandbox.siteId,
      token: 'nope',
    });
    try {
      expect(failure(await stranger.pushVisits(freshBatch(1), nextKey()))).toMatchObject({
        kind: 'misconfigured',
        reason: 'unauthorized',
      });
    } finally {
      stranger.close();
    }
  });

  it('refuses a token used for another site', async () => {
    const other = await startCentralSandbox({
      token: 'token-site-a',
      siteId: 'site-a',
      sites: [{ siteId: 'site-b', token: 'token-site-b' }],
    });
    const confused = createCentralClient({
      baseUrl: other.url,
      siteId: 'site-a',
      token: 'token-site-b',
    });
    try {
      expect(failure(await confused.pullAppointments(other.seedDate))).toMatchObject({
        kind: 'misconfigured',
        reason: 'forbidden',
      });
      const visit = exampleVisit(1, { siteId: 'site-b' });
      const own = createCentralClient({
        baseUrl: other.url,
        siteId: 'site-b',
        token: 'token-site-b',
      });
      expect(ok(await own.pushVisits({ visits: [visit] }, nextKey())).accepted).toBe(1);
      own.close();
    } finally {
      confused.close();
      await other.close();
    }
  });
});
