import { describe, expect, it } from 'vitest';
import { exampleSiteHealth, exampleVisit } from '../../shared/central/examples';
import { startCentralSandbox } from '../central-sandbox/sandbox';
import { createCentralClient } from './central-client';
import { failure, ok, useSandbox } from './test-support/sandbox-fixture';

// The client against a real sandbox over HTTP: what the sync worker will live through.

const fx = useSandbox();

describe('pushing visits', () => {
  it('stores a batch and replays the same answer for the same key and body', async () => {
    const batch = fx.freshBatch(20);
    const key = fx.nextKey();
    const before = fx.sandbox.visitCount();
    const receipt = ok(await fx.client.pushVisits(batch, key));
    expect(receipt).toMatchObject({ accepted: 20, duplicates: [], replayed: false });
    expect(fx.sandbox.visitCount()).toBe(before + 20);
    expect(fx.sandbox.visit(batch.visits[7]!.id)).toEqual(batch.visits[7]);

    const again = ok(await fx.client.pushVisits(batch, key));
    expect(again).toEqual({ ...receipt, replayed: true });
    expect(fx.sandbox.visitCount()).toBe(before + 20);
  });

  it('stores once when the answer was lost and the batch is retried with its key', async () => {
    const batch = fx.freshBatch(10);
    const key = fx.nextKey();
    const before = fx.sandbox.visitCount();
    await fx.sandbox.setFaults({ dropRate: 1, dropPhase: 'response' });
    const lost = failure(await fx.client.pushVisits(batch, key));
    expect(lost).toMatchObject({ kind: 'retryable', reason: 'network' });
    expect(fx.sandbox.visitCount()).toBe(before + 10); // committed, but the client cannot know

    await fx.sandbox.setFaults({ dropRate: 0 });
    const retried = ok(await fx.client.pushVisits(batch, key));
    expect(retried).toMatchObject({ accepted: 10, replayed: true });
    expect(fx.sandbox.visitCount()).toBe(before + 10);
  });

  it('stores on retry when the request was dropped before it was processed', async () => {
    const batch = fx.freshBatch(5);
    const key = fx.nextKey();
    const before = fx.sandbox.visitCount();
    await fx.sandbox.setFaults({ dropRate: 1, dropPhase: 'request' });
    expect(failure(await fx.client.pushVisits(batch, key))).toMatchObject({ kind: 'retryable' });
    expect(fx.sandbox.visitCount()).toBe(before);
    await fx.sandbox.setFaults({ dropRate: 0 });
    expect(ok(await fx.client.pushVisits(batch, key))).toMatchObject({
      accepted: 5,
      replayed: false,
    });
    expect(fx.sandbox.visitCount()).toBe(before + 5);
  });

  it('refuses the same key with another body (422), as poison for that key', async () => {
    const key = fx.nextKey();
    ok(await fx.client.pushVisits(fx.freshBatch(2), key));
    const reused = failure(await fx.client.pushVisits(fx.freshBatch(2), key));
    expect(reused).toMatchObject({
      kind: 'poison',
      status: 422,
      code: 'idempotency-key-reused',
      rejected: [],
    });
  });

  it('names the poison records, stores none of the batch, and takes the rest under a new key', async () => {
    const batch = fx.freshBatch(5);
    const bad = structuredClone(batch);
    bad.visits[1] = { ...bad.visits[1]!, calledAt: '2020-01-01T00:00:00Z' };
    (bad.visits[3] as unknown as Record<string, unknown>).serviceCode = 'État civil';
    const before = fx.sandbox.visitCount();

    const refused = failure(await fx.client.pushVisits(bad, fx.nextKey()));
    expect(refused).toMatchObject({ kind: 'poison', status: 422, code: 'invalid-records' });
    if (refused.kind !== 'poison') return;
    expect(refused.rejected.map((r) => [r.index, r.visitId, r.issues.map((i) => i.path)])).toEqual([
      [1, batch.visits[1]!.id, ['calledAt']],
      [3, batch.visits[3]!.id, ['serviceCode']],
    ]);
    expect(fx.sandbox.visitCount()).toBe(before);

    const rejectedIds = new Set(refused.rejected.map((r) => r.visitId));
    const rest = { visits: batch.visits.filter((v) => !rejectedIds.has(v.id)) };
    expect(ok(await fx.client.pushVisits(rest, fx.nextKey()))).toMatchObject({ accepted: 3 });
    expect(fx.sandbox.visitCount()).toBe(before + 3);
  });

  it('keeps a visit sent again in another batch once, and says so', async () => {
    const batch = fx.freshBatch(10);
    const before = { visits: fx.sandbox.visitCount(), duplicates: fx.sandbox.duplicatesSeen() };
    ok(await fx.client.pushVisits({ visits: batch.visits.slice(0, 6) }, fx.nextKey()));
    const overlap = ok(await fx.client.pushVisits({ visits: batch.visits.slice(4) }, fx.nextKey()));
    expect(overlap.accepted).toBe(4);
    expect(overlap.duplicates).toEqual(batch.visits.slice(4, 6).map((v) => v.id));
    expect(fx.sandbox.visitCount()).toBe(before.visits + 10);
    expect(fx.sandbox.duplicatesSeen()).toBe(before.duplicates + 2);
  });

  it('refuses an invalid key before sending anything', async () => {
    await expect(fx.client.pushVisits(fx.freshBatch(1), 'short')).rejects.toThrow(
      /Idempotency-Key/,
    );
  });
});

describe('appointments', () => {
  it('pulls a day, then gets 304 until something changes', async () => {
    const pulled = ok(await fx.client.pullAppointments('2025-03-14'));
    if (pulled.notModified) throw new Error('expected a day');
    expect(pulled.etag).toMatch(/^"[\w-]+"$/);
    expect(pulled.day.appointments.length).toBeGreaterThan(20);
    expect(pulled.day.appointments.some((a) => a.antsPreDemande !== null)).toBe(true);
    expect(pulled.day.appointments.some((a) => a.status === 'cancelled')).toBe(true);

    expect(ok(await fx.client.pullAppointments('2025-03-14', pulled.etag!))).toEqual({
      notModified: true,
      etag: pulled.etag,
    });

    const booked = pulled.day.appointments.find((a) => a.status === 'booked')!;
    expect(fx.sandbox.cancelAppointment(booked.id)).toBe(true);
    const changed = ok(await fx.client.pullAppointments('2025-03-14', pulled.etag!));
    if (changed.notModified) throw new Error('expected the changed day');
    expect(changed.etag).not.toBe(pulled.etag);
    expect(changed.day.appointments.find((a) => a.id === booked.id)?.status).toBe('cancelled');
  });

  it('refuses a malformed date before sending anything', async () => {
    await expect(fx.client.pullAppointments('14/03/2025')).rejects.toThrow(/YYYY-MM-DD/);
  });
});

describe('health and tokens', () => {
  it('reports the site health', async () => {
    const report = exampleSiteHealth();
    expect(ok(await fx.client.reportHealth(report)).receivedAt).toMatch(/Z$/);
    expect(fx.sandbox.latestHealth()?.report).toEqual(report);
  });

  it('calls a wrong token a configuration problem, never poison', async () => {
    const stranger = createCentralClient({
      baseUrl: fx.sandbox.url,
      siteId: fx.sandbox.siteId,
      token: 'nope',
    });
    try {
      expect(failure(await stranger.pushVisits(fx.freshBatch(1), fx.nextKey()))).toMatchObject({
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
      expect(ok(await own.pushVisits({ visits: [visit] }, fx.nextKey())).accepted).toBe(1);
      own.close();
    } finally {
      confused.close();
      await other.close();
    }
  });
});
