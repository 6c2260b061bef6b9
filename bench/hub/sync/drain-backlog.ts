import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleVisit } from '../../../shared/central/examples';
import { startCentralSandbox } from '../../../main/central-sandbox/sandbox';
import { testSiteConfig } from '../../../main/hub/test-support/site-config';
import { waitUntil } from '../../../main/hub/test-support/wait-until';
import { startHub } from '../../../main/hub/start-hub';

export interface DrainResult {
  visits: number;
  batchSize: number;
  fillSeconds: number;
  drainSeconds: number;
  batches: number;
  duplicates: number;
}

/**
 * A hub whose outbox holds `visits` visits (written while the central API is down, in
 * one transaction), then the time from the central API coming back to the last visit
 * acknowledged: the sandbox validates and stores each batch durably, like the real one.
 */
export async function drainBacklog(visits: number, batchSize = 1000): Promise<DrainResult> {
  const dir = mkdtempSync(join(tmpdir(), 'accueil-drain-'));
  const sandbox = await startCentralSandbox({ faults: { down: true } });
  const hub = await startHub({
    siteConfig: testSiteConfig,
    adminPassword: 'drain bench password',
    settings: {
      port: 0,
      dataDir: join(dir, 'hub'),
      central: {
        baseUrl: sandbox.url,
        siteId: sandbox.siteId,
        token: sandbox.token,
        batchSize,
        timeoutSeconds: 60,
      },
    },
    syncTiming: { backoff: { baseMs: 50, capMs: 200, maxRetryAfterMs: 1000 }, lingerMs: 0 },
  });
  try {
    const { outbox } = hub.context.sync;
    const filled = performance.now();
    outbox.recordAll(
      Array.from({ length: visits }, (_, n) => {
        const visit = exampleVisit(n, { siteId: sandbox.siteId });
        return {
          visitId: visit.id,
          day: visit.endedAt.slice(0, 10),
          endedAt: Date.parse(visit.endedAt),
          record: JSON.stringify(visit),
          personalUntil: null,
          seq: n + 1,
        };
      }),
    );
    const fillSeconds = (performance.now() - filled) / 1000;
    const started = performance.now();
    await sandbox.setFaults({ down: false });
    hub.context.sync.runNow();
    await waitUntil(
      `${visits} visits drained`,
      () => hub.context.sync.status().backlog === 0 && sandbox.visitCount() >= visits,
      [(wake) => hub.context.sync.onProgress(wake)],
      10 * 60_000,
    );
    const drainSeconds = (performance.now() - started) / 1000;
    const stats = sandbox.stats();
    return {
      visits: sandbox.visitCount(),
      batchSize,
      fillSeconds,
      drainSeconds,
      batches: stats.batches,
      duplicates: stats.duplicates,
    };
  } finally {
    await hub.close();
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
