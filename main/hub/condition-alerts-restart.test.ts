import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Alert, QueueState } from '../../shared/engine';
import { morningAt } from './test-support/morning-clock';
import { connectStream } from './test-support/stream-client';
import { startTestHub, type TestHub } from './test-support/test-hub';
import { waitUntil } from './test-support/wait-until';

// An alert the hub raised while no dashboard was open is there when one opens, after a
// restart too (it is in the event log, in SQLite); the restart raises nothing twice and
// does not call every device silent for the time the hub was stopped.

const dataDir = mkdtempSync(join(tmpdir(), 'accueil-conditions-'));
const started: TestHub[] = [];
afterAll(async () => {
  for (const t of started) await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const minute = 60_000;
let now = morningAt();

async function start(): Promise<TestHub> {
  const t = await startTestHub({ clock: () => now, conditionCheckMs: 25, settings: { dataDir } });
  started.push(t);
  return t;
}

const activeOf = (state: Readonly<QueueState>, kind: Alert['kind']) =>
  Object.values(state.alerts).filter((a) => a.kind === kind && a.closedAt === undefined);

describe('condition alerts across a restart', () => {
  it('keeps the alert raised with no dashboard open, and raises nothing twice', async () => {
    const first = await start();
    const kiosk = await first.device('kiosk', 'Borne, entrée');
    const issued = await first.api('POST', '/api/v1/ticket/issue', {
      token: kiosk,
      body: { service: 'iris', priority: false, channel: 'kiosk', language: 'fr' },
    });
    expect(issued.status).toBe(200);
    now += 16 * minute;
    const authority = first.hub.context.authority;
    // The kiosk went quiet too: it made its last request 16 minutes ago.
    await waitUntil(
      'iris over target and the kiosk silent',
      () =>
        activeOf(authority.state, 'service-over-target').length === 1 &&
        activeOf(authority.state, 'device-silent').length === 1,
      [(wake) => authority.subscribe(wake)],
    );
    const [raised] = activeOf(authority.state, 'service-over-target');
    const lastSeq = authority.lastSeq;
    await first.close();
    started.splice(started.indexOf(first), 1);

    now += 10 * minute;
    const second = await start();
    const manager = await second.agent('ag4', 'manager');
    const dashboard = connectStream(second.hub.eventsUrl, { type: 'hello', token: manager });
    const snapshot = await dashboard.next('snapshot');
    await dashboard.close();
    const state = snapshot.view as QueueState;
    const same = (alerts: Alert[]) =>
      alerts.map(({ id, raisedAt, serviceId }) => ({ id, raisedAt, serviceId }));
    expect(same(activeOf(state, 'service-over-target'))).toEqual(same(raised ? [raised] : []));
    // Still over target (26 min), still one alert; the kiosk's old alert stands until it
    // is heard from, and nothing new was raised for the time the hub was down.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const after = second.hub.context.authority;
    expect(same(activeOf(after.state, 'service-over-target'))).toEqual(
      same(raised ? [raised] : []),
    );
    expect(activeOf(after.state, 'device-silent')).toHaveLength(1);
    const since = after.eventsAfter(lastSeq, 100).map((logged) => logged.event.type);
    expect(since.filter((type) => type === 'alert:raised')).toEqual([]);
    // Nobody acknowledged them within 5 minutes: both escalated, once, after the restart.
    expect(
      Object.values(after.state.alerts).filter((a) => a.escalatedAt !== undefined),
    ).toHaveLength(2);
  });

  it('does not call a device silent for the time the hub was stopped', async () => {
    const [running] = started;
    if (!running) throw new Error('no hub');
    const display = await running.device('display', 'Écran salle');
    await running.api('GET', '/api/v1/board', { token: display });
    await running.close();
    started.splice(0, 1);
    now += 30 * minute;
    const t = await start();
    const authority = t.hub.context.authority;
    await new Promise((resolve) => setTimeout(resolve, 200));
    const silentLabels = () =>
      activeOf(authority.state, 'device-silent').map((a) => a.source?.label);
    expect(silentLabels()).not.toContain('Écran salle');
    now += 91_000;
    await waitUntil(
      'the display silent 91 s after the start',
      () => silentLabels().includes('Écran salle'),
      [(wake) => authority.subscribe(wake)],
    );
  });
});
