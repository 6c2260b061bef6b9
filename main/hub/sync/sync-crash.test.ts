import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/contracts/sync';
import { startCentralSandbox, type CentralSandbox } from '../../central-sandbox/sandbox';
import { spawnHub, type HubProcess } from '../test-support/hub-process';
import { testSiteConfig } from '../test-support/site-config';
import { waitUntil, type Signal } from '../test-support/wait-until';

// `npm run hub` in a child process, killed with SIGKILL while the central API holds one
// of its batches: after a restart every visit is there once.

const dir = mkdtempSync(join(tmpdir(), 'accueil-sync-crash-'));
const running: HubProcess[] = [];
let central: CentralSandbox | undefined;
afterAll(async () => {
  for (const hub of running) hub.child.kill('SIGKILL');
  await central?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function call(url: string, method: string, path: string, token?: string, body?: unknown) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return (await response.json()) as Record<string, unknown>;
}

/** Re-checks a condition held by another process every 50 ms (it cannot signal us). */
const every50ms: Signal = (wake) => {
  const timer = setInterval(wake, 50);
  return () => clearInterval(timer);
};

describe('a hub killed with SIGKILL in the middle of a sync', () => {
  it('loses no visit and duplicates none after a restart', { timeout: 120_000 }, async () => {
    const sandbox = await startCentralSandbox({ faults: { slowMs: 60_000 } });
    central = sandbox;
    const activity: Signal = (wake) => sandbox.onActivity(wake);
    const configFile = join(dir, 'site.json');
    const settingsFile = join(dir, 'settings.json');
    writeFileSync(configFile, JSON.stringify(testSiteConfig));
    writeFileSync(
      settingsFile,
      JSON.stringify({
        central: {
          baseUrl: sandbox.url,
          siteId: sandbox.siteId,
          batchSize: 25,
          timeoutSeconds: 90,
        },
      }),
    );
    const args = [
      '--config',
      configFile,
      '--settings',
      settingsFile,
      '--data',
      join(dir, 'data'),
      '--port',
      '0',
    ];
    const env = {
      ACCUEIL_ADMIN_PASSWORD: 'sync crash password',
      ACCUEIL_CENTRAL_TOKEN: sandbox.token,
    };
    const login = async (url: string) =>
      (
        await call(url, 'POST', '/api/v1/auth/login', undefined, {
          agentId: 'admin',
          password: env.ACCUEIL_ADMIN_PASSWORD,
        })
      ).token as string;

    const first = await spawnHub(args, env);
    running.push(first);
    const admin = await login(first.url);
    const visits = 200;
    let next = 0;
    const closeOne = async () => {
      while (next < visits) {
        next += 1;
        const issued = await call(first.url, 'POST', '/api/v1/ticket/issue', admin, {
          service: 'iris',
          priority: false,
          channel: 'counter',
          language: 'fr',
        });
        const ticketId = (issued.events as { ticketId: string }[])[0]?.ticketId;
        await call(first.url, 'POST', '/api/v1/ticket/cancel', admin, { ticketId });
      }
    };
    await Promise.all(Array.from({ length: 8 }, closeOne));
    // The first batch is being held by the central API: kill the hub now.
    await waitUntil('a batch in progress at the sandbox', () => sandbox.stats().inProgress > 0, [
      activity,
    ]);
    first.child.kill('SIGKILL');
    expect(await first.exited).toBe('SIGKILL');
    // The central API finishes what it was given: it stored that batch, the hub never heard.
    await sandbox.setFaults({ slowMs: 0 });
    await waitUntil(
      'the held batch stored',
      () => sandbox.stats().inProgress === 0 && sandbox.visitCount() > 0,
      [activity],
      30_000,
      () => sandbox.stats(),
    );
    expect(sandbox.visitCount()).toBeLessThan(visits);

    const second = await spawnHub(args, env);
    running.push(second);
    await waitUntil('every visit at the sandbox', () => sandbox.visitCount() >= visits, [activity]);
    const admin2 = await login(second.url);
    let status: SyncStatus | undefined;
    await waitUntil(
      'an empty backlog at the hub',
      () => status?.backlog === 0 && status.sent === visits,
      [
        (wake) =>
          every50ms(() => {
            void call(second.url, 'GET', '/api/v1/sync', admin2).then((body) => {
              status = body as unknown as SyncStatus;
              wake();
            });
          }),
      ],
    );
    expect(sandbox.visitCount()).toBe(visits);
    expect(sandbox.duplicatesSeen()).toBe(0);
    // The batch in doubt went again under its stored key and got the stored answer.
    expect(sandbox.stats().replays).toBeGreaterThanOrEqual(1);
    expect(status).toMatchObject({ quarantined: 0, consecutiveFailures: 0 });

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
