import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCentralSandbox } from '../../../main/central-sandbox/sandbox';
import { percentile } from '../bench-site';
import { testSiteConfig } from '../../../main/hub/test-support/site-config';
import { startHub } from '../../../main/hub/start-hub';

export interface ActionLatency {
  callNext: { p50: number; p99: number };
  finish: { p50: number; p99: number };
  samples: number;
}

/**
 * What an agent waits for after a click: `POST /api/v1/counter/call-next` and
 * `POST /api/v1/ticket/finish` over HTTP, from the request to the hub's answer (the
 * command durable), with the sync worker sending each closed visit to a live sandbox.
 */
export async function consoleActions(visits: number): Promise<ActionLatency> {
  const dir = mkdtempSync(join(tmpdir(), 'accueil-console-'));
  const sandbox = await startCentralSandbox();
  const hub = await startHub({
    siteConfig: testSiteConfig,
    adminPassword: 'console bench password',
    settings: {
      port: 0,
      dataDir: join(dir, 'hub'),
      central: { baseUrl: sandbox.url, siteId: sandbox.siteId, token: sandbox.token },
    },
  });
  try {
    const post = async (path: string, token: string, body: unknown, key?: string) => {
      const response = await fetch(`${hub.url}${path}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          ...(key ? { 'idempotency-key': key } : {}),
        },
        body: JSON.stringify(body),
      });
      const json = (await response.json()) as { token?: string; events?: { ticketId: string }[] };
      if (response.status >= 300) throw new Error(`${path}: ${JSON.stringify(json)}`);
      return json;
    };
    await hub.setAgentPassword('ag1', 'counter', 'console bench agent');
    const agent = (
      await post('/api/v1/auth/login', '', { agentId: 'ag1', password: 'console bench agent' })
    ).token as string;
    const kiosk = (
      await post('/api/v1/devices/enrol', '', { code: hub.enrolmentCode('kiosk', 'bench').code })
    ).token as string;
    for (let i = 0; i < visits; i++)
      await post('/api/v1/ticket/issue', kiosk, {
        service: 'iris',
        priority: false,
        channel: 'kiosk',
        language: 'fr',
      });
    await post('/api/v1/counter/open', agent, { counterId: 'g1', agentId: 'ag1' });
    const calls: number[] = [];
    const finishes: number[] = [];
    for (let i = 0; i < visits; i++) {
      let started = performance.now();
      const called = await post(
        '/api/v1/counter/call-next',
        agent,
        { counterId: 'g1' },
        `bench-call-${i}`,
      );
      calls.push(performance.now() - started);
      const ticketId = called.events?.[0]?.ticketId;
      await post('/api/v1/ticket/start', agent, { ticketId });
      started = performance.now();
      await post('/api/v1/ticket/finish', agent, { ticketId, outcome: 'answered' });
      finishes.push(performance.now() - started);
    }
    return {
      callNext: { p50: percentile(calls, 0.5), p99: percentile(calls, 0.99) },
      finish: { p50: percentile(finishes, 0.5), p99: percentile(finishes, 0.99) },
      samples: visits,
    };
  } finally {
    await hub.close();
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
