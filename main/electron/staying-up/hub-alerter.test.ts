import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHubClient, type FetchLike } from '../../../shared/contracts/hub-client';
import { startTestHub, type TestHub } from '../../hub/test-support/test-hub';
import { HubAlerter } from './hub-alerter';

// The app's screen-trouble reports against a real hub: a display's token, the real
// command route, the alerts staff screens read.

interface AlertRow {
  kind: string;
  detail?: string;
  source: { deviceId: string; label: string } | null;
}

let t: TestHub;
let logged: string[];
beforeEach(async () => {
  t = await startTestHub();
  logged = [];
});
afterEach(() => t.close());

const nodeFetch: FetchLike = async (url, init) => {
  const response = await fetch(url, init);
  return { status: response.status, text: () => response.text() };
};

function alerterFor(token: string, fetchLike: FetchLike = nodeFetch, baseUrl = () => t.hub.url) {
  const client = () =>
    createHubClient({ baseUrl: baseUrl(), fetch: fetchLike, token: () => token });
  return new HubAlerter({
    send: async (detail, key) => {
      await client().command(
        'alert:raise',
        { kind: 'app-trouble', detail },
        { idempotencyKey: key },
      );
    },
    newKey: randomUUID,
    log: (line) => logged.push(line),
    policy: { baseMs: 40, capMs: 200, jitter: 'none' },
  });
}

const settled = (alerter: HubAlerter) =>
  vi.waitFor(() => expect(alerter.waiting()).toBe(0), { timeout: 10_000 });

async function appTroubles(): Promise<AlertRow[]> {
  const answer = await t.api('GET', '/api/v1/alerts', { token: t.adminToken });
  const body = answer.body as { active: AlertRow[] };
  return body.active.filter((alert) => alert.kind === 'app-trouble');
}

describe('HubAlerter', () => {
  it("puts a display's screen trouble on the staff screens, named by the display", async () => {
    const token = await t.device('display', 'Écran de la salle');
    const alerter = alerterFor(token);
    alerter.report('the screen shows its error page after renderer-gone: oom');
    await settled(alerter);
    expect(await appTroubles()).toEqual([
      expect.objectContaining({
        detail: 'the screen shows its error page after renderer-gone: oom',
        source: expect.objectContaining({ label: 'Écran de la salle' }),
      }),
    ]);
    alerter.stop();
  });

  it('keeps a report while the hub is unreachable and delivers it once it answers', async () => {
    const token = await t.device('kiosk', 'Borne, entrée');
    let reachable = false;
    const alerter = alerterFor(token, nodeFetch, () =>
      reachable ? t.hub.url : 'http://127.0.0.1:9',
    );
    alerter.report('the screen shows its error page after load-failed: -106');
    await vi.waitFor(
      () =>
        expect(logged.filter((line) => line.includes('could not be told')).length).toBeGreaterThan(
          1,
        ),
      { timeout: 10_000 },
    );
    expect(alerter.waiting()).toBe(1);
    expect(await appTroubles()).toEqual([]);
    reachable = true;
    await settled(alerter);
    expect((await appTroubles()).map((alert) => alert.detail)).toEqual([
      'the screen shows its error page after load-failed: -106',
    ]);
    alerter.stop();
  });

  it('sends a retry under the same key, so an answer lost on the way records nothing twice', async () => {
    const token = await t.device('kiosk', 'Borne, entrée');
    const keys: string[] = [];
    const replayed: boolean[] = [];
    let lose = true;
    const losingFetch: FetchLike = async (url, init) => {
      keys.push(init.headers['idempotency-key'] ?? '');
      const response = await fetch(url, init);
      replayed.push(response.headers.get('idempotency-replayed') === 'true');
      if (lose) {
        lose = false;
        throw new Error('connection reset before the answer arrived');
      }
      return { status: response.status, text: () => response.text() };
    };
    const alerter = alerterFor(token, losingFetch);
    alerter.report(
      'the screen shows its error page after unresponsive: the page stopped answering',
    );
    await settled(alerter);
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    expect(replayed).toEqual([false, true]);
    expect(await appTroubles()).toHaveLength(1);
    alerter.stop();
  });

  it('drops a report the hub refuses (a revoked device), says why, and sends the next one', async () => {
    const token = await t.device('display', 'Écran révoqué');
    const devices = await t.api('GET', '/api/v1/devices', { token: t.adminToken });
    const [display] = (devices.body as { devices: { id: string }[] }).devices;
    await t.api('POST', `/api/v1/devices/${display!.id}/revoke`, { token: t.adminToken });
    const alerter = alerterFor(token);
    alerter.report('first');
    alerter.report('second');
    await settled(alerter);
    expect(logged.filter((line) => line.startsWith('the hub refused'))).toHaveLength(2);
    expect(await appTroubles()).toEqual([]);
    alerter.stop();
  });

  it('keeps at most the newest reports while the hub is away, and says which it dropped', () => {
    const alerter = new HubAlerter({
      send: () => Promise.reject(new Error('unreachable')),
      newKey: randomUUID,
      log: (line) => logged.push(line),
      maxPending: 2,
      policy: { baseMs: 60_000, capMs: 60_000, jitter: 'none' },
    });
    for (const detail of ['one', 'two', 'three']) alerter.report(detail);
    expect(alerter.waiting()).toBe(2);
    expect(logged).toContain('hub alert dropped (2 waiting): one');
    alerter.stop();
  });
});
