import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoSiteConfigInput } from '../../shared/demo';
import { morningClock } from '../hub/test-support/morning-clock';
import { startTestHub, type TestHub } from '../hub/test-support/test-hub';
import { startDemoActivity, type DemoActivity } from './demo-activity';
import { demoActivityAgents } from './demo-activity-agents';

// The living demo on a real hub, at 600× (a simulated minute every 100 ms): demo agents
// open counters and serve, the kiosk issues tickets, and a person's ticket is called too.

let t: TestHub;
let activity: DemoActivity | undefined;
const lines: string[] = [];

beforeAll(async () => {
  t = await startTestHub({ siteConfig: demoSiteConfigInput, clock: morningClock() });
}, 60_000);

afterAll(async () => {
  await activity?.stop();
  await t?.close();
});

interface Board {
  calls: { number: string; counterId: string }[];
}

describe('the demo activity', () => {
  it('moves the queue through the hub API, and calls a ticket a person took', async () => {
    const agents = demoActivityAgents('the demo password');
    for (const agent of agents) {
      const set = await t.api('PUT', `/api/v1/agents/${agent.agentId}/credential`, {
        token: t.adminToken,
        body: { role: 'counter', password: 'the demo password' },
      });
      expect(set.status).toBe(204);
    }
    const kioskToken = await t.device('kiosk', 'Borne du hall');
    activity = startDemoActivity({
      hubUrl: t.hub.url,
      kioskToken,
      agents,
      timeScale: 600,
      seed: 3,
      kioskLoad: 3,
      log: (line) => lines.push(line),
    });
    // A person takes a ticket at the kiosk like everyone else.
    const mine = await t.api('POST', '/api/v1/ticket/issue', {
      token: kioskToken,
      body: { service: 'iris', priority: false, channel: 'kiosk', language: 'fr' },
    });
    expect(mine.status).toBe(200);
    const issued = (mine.body as { events: { type: string; number?: string }[] }).events[0];
    await vi.waitFor(
      async () => {
        const board = (await t.api('GET', '/api/v1/board', { token: kioskToken })).body as Board;
        expect(board.calls.map((c) => c.number)).toContain(issued?.number);
      },
      { timeout: 30_000, interval: 100 },
    );
    await vi.waitFor(() => expect(activity?.counts.finished).toBeGreaterThanOrEqual(3), {
      timeout: 30_000,
      interval: 100,
    });
    expect(activity.counts.issued).toBeGreaterThan(0);
    expect(activity.counts.called).toBeGreaterThanOrEqual(activity.counts.finished);
    const board = (await t.api('GET', '/api/v1/board', { token: kioskToken })).body as Board;
    expect(new Set(board.calls.map((c) => c.counterId)).size).toBeGreaterThanOrEqual(1);
    await activity.stop();
    // Stopped, every demo counter is closed and holds no visitor.
    const state = (await t.api('GET', '/api/v1/state', { token: t.adminToken })).body as {
      state: { counters: Record<string, { status: string }> };
    };
    for (const agent of agents)
      expect(state.state.counters[agent.counterId]?.status).toBe('closed');
    expect(lines.filter((l) => !/opens g\d/u.test(l))).toEqual([]);
  }, 90_000);
});
