import { describe, expect, it, vi } from 'vitest';
import { retryDelay } from './retry-delay';
import { createCentralClient } from './central-client';
import { NOW, failure, ok, useSandbox } from './test-support/sandbox-fixture';

// The failures the sync worker must survive, injected by the sandbox: 409 while a key is
// in progress, timeouts, 5xx, Retry-After, and the central API down.

const fx = useSandbox();
// vi.waitFor gives up after 1 s by default: too short for a machine under load.
const patiently = { timeout: 10_000, interval: 10 };

describe('failures the worker retries', () => {
  it('answers 409 to the same key while its first request is in progress, then replays', async () => {
    const batch = fx.freshBatch(3);
    const key = fx.nextKey();
    const before = fx.sandbox.visitCount();
    await fx.sandbox.setFaults({ slowMs: 60_000 });
    const firstPush = fx.client.pushVisits(batch, key);
    await vi.waitFor(() => expect(fx.sandbox.stats().inProgress).toBe(1), patiently);

    const concurrent = failure(await fx.client.pushVisits(batch, key));
    expect(concurrent).toMatchObject({ kind: 'conflict', status: 409, retryAfterMs: 1000 });
    expect(retryDelay(concurrent, 0, () => 0)).toBe(1000);

    await fx.sandbox.setFaults({ slowMs: 0 }); // releases the held request
    expect(ok(await firstPush)).toMatchObject({ accepted: 3, replayed: false });
    expect(ok(await fx.client.pushVisits(batch, key))).toMatchObject({ replayed: true });
    expect(fx.sandbox.visitCount()).toBe(before + 3);
  });

  it('times out on a slow answer, and the retry never stores twice', async () => {
    const impatient = createCentralClient({
      baseUrl: fx.sandbox.url,
      siteId: fx.sandbox.siteId,
      token: fx.sandbox.token,
      timeoutMs: 300,
    });
    try {
      const batch = fx.freshBatch(4);
      const key = fx.nextKey();
      const before = fx.sandbox.visitCount();
      await fx.sandbox.setFaults({ slowMs: 60_000 });
      expect(failure(await impatient.pushVisits(batch, key))).toMatchObject({
        kind: 'retryable',
        reason: 'timeout',
      });
      await vi.waitFor(() => expect(fx.sandbox.stats().inProgress).toBe(1), patiently);
      expect(failure(await impatient.pushVisits(batch, key))).toMatchObject({ kind: 'conflict' });
      await fx.sandbox.setFaults({ slowMs: 0 });
      await vi.waitFor(() => expect(fx.sandbox.stats().inProgress).toBe(0), patiently);
      expect(ok(await impatient.pushVisits(batch, key))).toMatchObject({
        accepted: 4,
        replayed: true,
      });
      expect(fx.sandbox.visitCount()).toBe(before + 4);
    } finally {
      impatient.close();
    }
  });

  it('reads Retry-After in seconds from a 503', async () => {
    await fx.sandbox.setFaults({ errorRate: 1, errorStatus: 503, retryAfter: '7' });
    const refused = failure(await fx.client.pushVisits(fx.freshBatch(1), fx.nextKey()));
    expect(refused).toMatchObject({
      kind: 'retryable',
      reason: 'unavailable',
      status: 503,
      retryAfterMs: 7000,
    });
    expect(retryDelay(refused, 0, () => 0.5)).toBe(7000);
  });

  it('reads Retry-After as an HTTP date from a 429', async () => {
    await fx.sandbox.setFaults({
      errorRate: 1,
      errorStatus: 429,
      retryAfter: new Date(NOW + 42_000).toUTCString(),
    });
    const refused = failure(await fx.client.pullAppointments('2025-03-14'));
    expect(refused).toMatchObject({
      kind: 'retryable',
      reason: 'rate-limited',
      retryAfterMs: 42_000,
    });
  });

  it('retries 500s, and a batch sent during them arrives once afterwards', async () => {
    const batch = fx.freshBatch(3);
    const key = fx.nextKey();
    const before = fx.sandbox.visitCount();
    await fx.sandbox.setFaults({ errorRate: 1, errorStatus: 500 });
    expect(failure(await fx.client.pushVisits(batch, key))).toMatchObject({
      kind: 'retryable',
      reason: 'server-error',
    });
    await fx.sandbox.setFaults({ errorRate: 0 });
    expect(ok(await fx.client.pushVisits(batch, key))).toMatchObject({ accepted: 3 });
    expect(fx.sandbox.visitCount()).toBe(before + 3);
  });

  it('retries while the central API is down (connection refused), then gets through', async () => {
    const batch = fx.freshBatch(2);
    const key = fx.nextKey();
    await fx.sandbox.setFaults({ down: true });
    const down = failure(await fx.client.pushVisits(batch, key));
    expect(down).toMatchObject({ kind: 'retryable', reason: 'network' });
    expect(down.message).toMatch(/ECONNREFUSED/);
    await fx.sandbox.setFaults({ down: false });
    expect(ok(await fx.client.pushVisits(batch, key))).toMatchObject({ accepted: 2 });
  });

  it('gives up at once when the caller aborts (the hub shutting down)', async () => {
    await fx.sandbox.setFaults({ slowMs: 60_000 });
    const before = fx.sandbox.stats().requests;
    const controller = new AbortController();
    const pending = fx.client.pullAppointments('2025-03-14', undefined, {
      signal: controller.signal,
    });
    await vi.waitFor(() => expect(fx.sandbox.stats().requests).toBeGreaterThan(before), patiently);
    controller.abort();
    expect(failure(await pending)).toMatchObject({ kind: 'retryable', reason: 'aborted' });
  });
});
