import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/contracts/sync';
import { startCentralSandbox, type CentralSandbox } from '../../central-sandbox/sandbox';
import { closeVisits, startSyncedHub, waitForSync } from '../test-support/synced-hub';
import type { TestHub } from '../test-support/test-hub';

// The sync worker of a real hub against the real central sandbox, faults included.

const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const thing of opened.splice(0).reverse()) await thing.close();
});

async function sandbox(options: Parameters<typeof startCentralSandbox>[0] = {}) {
  const started = await startCentralSandbox(options);
  opened.push(started);
  return started;
}

async function hub(central: CentralSandbox, settings = {}, options = {}): Promise<TestHub> {
  const t = await startSyncedHub(central, settings, options);
  opened.push(t);
  return t;
}

const status = (t: TestHub): SyncStatus => t.hub.context.sync.status();

function drained(t: TestHub, central: CentralSandbox, visits: number) {
  return waitForSync(
    t,
    central,
    `${visits} visits at the central sandbox and an empty backlog`,
    () => central.visitCount() >= visits && status(t).backlog === 0,
  );
}

describe('the outbox', () => {
  it('records each closed visit with its outbox row in the closing transaction', async () => {
    const central = await sandbox({ faults: { down: true } });
    const t = await hub(central);
    closeVisits(t, 5);
    expect(status(t).backlog).toBe(5);
    // A projection that fails undoes the command: no event, no visit, nothing half done.
    const authority = t.hub.context.authority;
    authority.addProjector((events) => {
      if (events.some((e) => e.type === 'ticket:cancelled')) throw new Error('disk full');
    });
    const seq = authority.lastSeq;
    const [issued] = authority.executeBatch([
      {
        command: {
          type: 'ticket:issue',
          service: 'iris',
          priority: false,
          channel: 'kiosk',
          language: 'fr',
        },
        actor: { role: 'kiosk', deviceId: 'k' },
      },
    ]);
    const ticketId = (issued?.body as { events: { ticketId: string }[] }).events[0]?.ticketId ?? '';
    expect(() =>
      authority.execute({
        command: { type: 'ticket:cancel', ticketId },
        actor: { role: 'system' },
      }),
    ).toThrow(/disk full/);
    expect(authority.lastSeq).toBe(seq + 1);
    expect(authority.state.tickets[ticketId]?.state).toBe('waiting');
    expect(status(t).backlog).toBe(5);
  });
});

describe('sending visits to the central API', () => {
  it('delivers 1,000 visits closed while the central API was down, each exactly once', async () => {
    const central = await sandbox({ faults: { down: true } });
    const t = await hub(central, { batchSize: 100 });
    const ids = closeVisits(t, 1000);
    await waitForSync(t, undefined, 'a failed attempt', () => status(t).consecutiveFailures > 0);
    expect(status(t)).toMatchObject({ phase: 'retrying', backlog: 1000 });
    expect(status(t).lastError?.kind).toBe('retryable');
    expect(central.visitCount()).toBe(0);

    await central.setFaults({ down: false });
    await drained(t, central, 1000);
    expect(central.visitCount()).toBe(1000);
    expect(central.duplicatesSeen()).toBe(0);
    expect(status(t)).toMatchObject({
      backlog: 0,
      sent: 1000,
      quarantined: 0,
      consecutiveFailures: 0,
    });
    expect(status(t).lastSuccessAt).not.toBeNull();

    // What arrives: statistics with a pseudonymous agent, never the agent's own id.
    const [ticketId] = ids;
    const kept = t.hub.context.sync.outbox.storedRecord(ticketId ?? '') as { id: string };
    const arrived = central.visit(kept.id);
    expect(arrived).toEqual({ ...kept, siteId: central.siteId });
    expect(arrived).toMatchObject({
      ticketNumber: 'A001',
      serviceCode: 'iris',
      channel: 'kiosk',
      outcome: 'answered',
      counterId: 'g1',
      agentId: expect.stringMatching(/^p-[A-Za-z0-9_-]{22}$/),
    });
    expect(JSON.stringify(arrived)).not.toContain('ag1');
  });

  it('says how each ticket reached its visitor, printed or paperless, where the kiosk said', async () => {
    const central = await sandbox();
    const t = await hub(central);
    const media = ['printed', 'paperless', undefined] as const;
    const ids = closeVisits(t, 3, 'iris', (i) => media[i]);
    await drained(t, central, 3);
    const arrived = ids.map((id) => {
      const kept = t.hub.context.sync.outbox.storedRecord(id) as { id: string };
      return central.visit(kept.id);
    });
    expect(arrived.map((visit) => visit?.delivery)).toEqual(['printed', 'paperless', undefined]);
    expect(arrived[2]).not.toHaveProperty('delivery');
  });

  it('recovers from 500s, dropped answers and timeouts, and says what happened', async () => {
    const central = await sandbox();
    const t = await hub(central, { batchSize: 40, timeoutSeconds: 0.3 });
    await central.setFaults({
      errorRate: 0.4,
      errorStatus: 500,
      dropRate: 0.3,
      dropPhase: 'response',
      seed: 7,
    });
    closeVisits(t, 300);
    await waitForSync(t, central, 'a 500 seen by the worker', () =>
      (status(t).lastError?.message ?? '').includes('500'),
    );
    // Slow answers on top: requests outlive the hub's deadline and are retried with the same key.
    await central.setFaults({ slowMs: 500 });
    await waitForSync(
      t,
      central,
      'a timeout',
      () => status(t).lastError?.message.includes('within') ?? false,
    );
    await central.setFaults({ errorRate: 0, dropRate: 0, slowMs: 0 });
    t.hub.context.sync.runNow();
    await drained(t, central, 300);
    const stats = central.stats();
    expect(central.visitCount()).toBe(300);
    expect(central.duplicatesSeen()).toBe(0);
    // Answers lost after the commit came back as replays of the stored answer, not as copies.
    expect(stats.injected.drops + stats.injected.errors).toBeGreaterThan(0);
    expect(stats.replays + stats.conflicts).toBeGreaterThan(0);
    expect(status(t).consecutiveFailures).toBe(0);
  });

  it('honours Retry-After', async () => {
    const central = await sandbox();
    const t = await hub(central);
    await central.setFaults({ errorRate: 1, errorStatus: 503, retryAfter: '1' });
    closeVisits(t, 3);
    await waitForSync(t, central, 'a 503', () => status(t).lastError?.status === 503);
    const { lastError, nextAttemptAt } = status(t);
    expect((nextAttemptAt ?? 0) - (lastError?.at ?? 0)).toBeGreaterThanOrEqual(1000);
    await central.setFaults({ errorRate: 0 });
    await drained(t, central, 3);
    expect(central.visitCount()).toBe(3);
  });

  it('quarantines refused records, sends the rest, and resends them once fixed', async () => {
    const central = await sandbox({ faults: { refuseServiceCodes: ['etat-civil'] } });
    const t = await hub(central, { batchSize: 50 });
    closeVisits(t, 30, 'iris');
    closeVisits(t, 4, 'etat-civil');
    closeVisits(t, 10, 'iris');
    await waitForSync(
      t,
      central,
      'the refused visits quarantined and the others sent',
      () => status(t).quarantined === 4 && status(t).backlog === 0,
    );
    expect(central.visitCount()).toBe(40);
    const admin = t.adminToken;
    const listed = await t.api('GET', '/api/v1/sync/quarantine', { token: admin });
    expect(listed.status).toBe(200);
    const visits = (
      listed.body as {
        visits: { reason: { code: string; issues: unknown[] }; record: { serviceCode: string } }[];
      }
    ).visits;
    expect(visits).toHaveLength(4);
    expect(visits[0]?.record.serviceCode).toBe('etat-civil');
    expect(visits[0]?.reason).toMatchObject({
      code: 'invalid-records',
      issues: [{ path: 'serviceCode', message: expect.stringContaining('unknown service') }],
    });
    const manager = await t.agent('ag2', 'manager');
    expect((await t.api('GET', '/api/v1/sync/quarantine', { token: manager })).status).toBe(403);
    const summary = await t.api('GET', '/api/v1/sync', { token: manager });
    expect(summary.body).toMatchObject({ enabled: true, quarantined: 4, backlog: 0 });

    // The central team declares the service; the administrator sends them again.
    await central.setFaults({ refuseServiceCodes: [] });
    const resent = await t.api('POST', '/api/v1/sync/quarantine/resend', {
      token: admin,
      body: {},
    });
    expect(resent.body).toEqual({ requeued: 4 });
    await drained(t, central, 44);
    expect(status(t).quarantined).toBe(0);
    expect(central.visitCount()).toBe(44);
    expect(central.duplicatesSeen()).toBe(0);
  });

  it('finds the record at fault by halving a batch refused as a whole', async () => {
    const central = await sandbox({
      faults: { refuseServiceCodes: ['etat-civil'], nameRefusedRecords: false },
    });
    const t = await hub(central, { batchSize: 64 });
    const progress: string[] = [];
    t.hub.context.sync.onProgress((p) => progress.push(p.type));
    closeVisits(t, 25, 'iris');
    closeVisits(t, 1, 'etat-civil');
    closeVisits(t, 30, 'iris');
    await waitForSync(
      t,
      central,
      'the refused visit alone in quarantine, the others sent',
      () => status(t).quarantined === 1 && status(t).backlog === 0,
    );
    expect(central.visitCount()).toBe(55);
    expect(central.duplicatesSeen()).toBe(0);
    expect(progress).toContain('split');
    const [held] = t.hub.context.sync.outbox.quarantined();
    expect(held?.record).toMatchObject({ serviceCode: 'etat-civil' });
    expect(held?.reason).toMatchObject({ status: 400, code: 'bad-request' });
  });

  it('alerts staff when the token is refused, and clears the alert once it works', async () => {
    const central = await sandbox();
    const dataDir = mkdtempSync(join(tmpdir(), 'accueil-sync-'));
    opened.push({ close: async () => rmSync(dataDir, { recursive: true, force: true }) });
    const wrong = await hub(central, { token: 'not-the-site-token' }, { settings: { dataDir } });
    closeVisits(wrong, 2);
    await waitForSync(
      wrong,
      central,
      'the misconfiguration',
      () => status(wrong).phase === 'misconfigured',
    );
    const alerts = Object.values(wrong.hub.context.authority.state.alerts);
    expect(alerts).toMatchObject([{ kind: 'sync-failing', source: null }]);
    expect(alerts[0]?.detail).toMatch(/token/);
    expect((await wrong.api('GET', '/api/v1/health')).body).toMatchObject({
      sync: { enabled: true, backlog: 2, failing: true },
    });
    expect(central.visitCount()).toBe(0);
    await wrong.close();

    // IT fixes the token and restarts the hub: the backlog goes, the alert closes.
    const fixed = await hub(central, {}, { settings: { dataDir } });
    await drained(fixed, central, 2);
    await waitForSync(fixed, central, 'the alert closed', () =>
      Object.values(fixed.hub.context.authority.state.alerts).every(
        (a) => a.closedAt !== undefined,
      ),
    );
    expect(Object.values(fixed.hub.context.authority.state.alerts)).toMatchObject([
      { kind: 'sync-failing', closeReason: 'resolved' },
    ]);
  });

  it('is off without a central API, and keeps the visits for when there is one', async () => {
    const { startTestHub } = await import('../test-support/test-hub');
    const t = await startTestHub();
    opened.push(t);
    closeVisits(t, 3);
    const manager = await t.agent('ag2', 'manager');
    const answer = await t.api('GET', '/api/v1/sync', { token: manager });
    expect(answer.body).toMatchObject({ enabled: false, phase: 'off', backlog: 3 });
    expect((answer.body as SyncStatus).disabledReason).toMatch(/no central API/);
    const run = await t.api('POST', '/api/v1/sync/run', { token: manager });
    expect(run.status).toBe(503);
    const kiosk = await t.device('kiosk');
    expect((await t.api('GET', '/api/v1/sync', { token: kiosk })).status).toBe(403);
  });
});
