import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openingState } from '../../shared/calendar/opening-hours';
import { demoSiteConfig } from '../../shared/demo';
import { demoAccounts } from './demo-accounts';
import { startDemo, type Demo } from './start-demo';

// What `npm start` composes, started for real: sandbox, hub, web apps, device host.

let demo: Demo;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'accueil-demo-'));
  demo = await startDemo({
    dataDir: dir,
    port: 0,
    realTime: false,
    // 600×: a simulated minute every 100 ms, so the living day shows within seconds.
    activityTimeScale: 600,
    log: () => {},
  });
}, 120_000);

afterAll(async () => {
  await demo?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: { token?: string; state?: { appointments?: object }; ok?: boolean } | null;
}

async function json(url: string, init: RequestInit = {}): Promise<Answer> {
  const response = await fetch(url, init);
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Answer['body']) : null };
}

async function login(agentId: string, password: string): Promise<string> {
  const answer = await json(`${demo.hub.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ agentId, password }),
  });
  expect(answer.status).toBe(200);
  return answer.body?.token ?? '';
}

describe('the demo site', () => {
  it('runs on a clock at which the site is open', () => {
    const config = demoSiteConfig();
    expect(openingState(config.calendar, config.timezone, demo.clock.now()).open).toBe(true);
  });

  it('serves the kiosk, the counter console and the display from the hub', async () => {
    for (const path of ['/kiosk/', '/counter/', '/display/']) {
      const response = await fetch(`${demo.hub.url}${path}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<div id="app"');
    }
    expect(demo.kioskUrl).toMatch(/\/kiosk\/#token=[\w-]+&.*devices=.*&deviceToken=[\w-]+/);
    // The display reads the public view with its own display token.
    const token = new URLSearchParams(demo.displayUrl.split('#')[1]).get('token') ?? '';
    const me = await json(`${demo.hub.url}/api/v1/auth/me`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.body).toMatchObject({ role: 'display' });
  });

  it('has the day’s appointments from the central sandbox in the hub', async () => {
    // A Saturday (mornings only) has fewer than a weekday: any day the demo runs has some.
    expect(demo.appointments.length).toBeGreaterThan(10);
    const token = await login(demoAccounts.managerId, demoAccounts.managerPassword);
    let loaded = 0;
    for (let attempt = 0; attempt < 100 && loaded === 0; attempt += 1) {
      const state = await json(`${demo.hub.url}/api/v1/state`, {
        headers: { authorization: `Bearer ${token}` },
      });
      loaded = Object.keys(state.body?.state?.appointments ?? {}).length;
      if (loaded === 0) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(loaded).toBe(demo.appointments.length);
  });

  it('lets every demo agent sign in, and the kiosk print on the virtual printer', async () => {
    for (const agent of demoAccounts.agents) await login(agent.id, agent.password);
    const status = await json(`${demo.devices.url}/device/v1/printer:status`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${demo.devices.token}`,
        origin: demo.hub.url,
      },
      body: '{}',
    });
    expect(status.body).toMatchObject({ ok: true, value: { state: 'ready' } });
  });

  it('gives the counters their own virtual receipt printer, linked from the console URL', async () => {
    expect(demo.counterUrl).toMatch(/\/counter\/#devices=.*&deviceToken=[\w-]+/);
    expect(demo.counterDevices.url).not.toBe(demo.devices.url);
    const status = await json(`${demo.counterDevices.url}/device/v1/printer:status`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${demo.counterDevices.token}`,
        origin: demo.hub.url,
      },
      body: '{}',
    });
    expect(status.body).toMatchObject({ ok: true, value: { state: 'ready' } });
  });

  it(
    'lives: demo agents call and serve through the hub while the test watches',
    { timeout: 90_000 },
    async () => {
      // One login (a password hash each time would load the machine the demo runs on).
      const token = await login('agent-01', demoAccounts.counterPassword);
      await vi.waitFor(
        async () => {
          const board = await json(`${demo.hub.url}/api/v1/board`, {
            headers: { authorization: `Bearer ${token}` },
          });
          expect((board.body as { calls?: unknown[] } | null)?.calls?.length ?? 0).toBeGreaterThan(
            0,
          );
        },
        { timeout: 80_000, interval: 250 },
      );
      expect(demo.activity?.counts.called).toBeGreaterThan(0);
    },
  );
});
