import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Alert, AlertsView, DomainEvent } from '../../../shared/engine';
import { morningAt } from '../test-support/morning-clock';
import { connectStream, type StreamClient } from '../test-support/stream-client';
import { startTestHub, type TestHub } from '../test-support/test-hub';
import { waitUntil } from '../test-support/wait-until';

// The hub's condition alerts over a real hub (HTTP, WebSocket, SQLite) on a fake clock:
// raised and cleared by the hub itself, acknowledged by one manager for all, escalated
// when nobody does. The test site's services have the default 15 min target.

const minute = 60_000;
let now = morningAt();
let t: TestHub;
let kiosk: string;
let managerA: string;
let managerB: string;
let agent: string;
const open: StreamClient[] = [];

beforeAll(async () => {
  t = await startTestHub({
    clock: () => now,
    conditionCheckMs: 25,
    stream: { heartbeatMs: 1_000 },
  });
  kiosk = await t.device('kiosk', 'Borne, entrée');
  managerA = await t.agent('ag3', 'manager');
  managerB = await t.agent('ag4', 'manager');
  agent = await t.agent('ag1');
});
afterAll(async () => {
  await Promise.all(open.map((client) => client.close()));
  await t.close();
});

function stream(token: string): StreamClient {
  const client = connectStream(t.hub.eventsUrl, { type: 'hello', token });
  open.push(client);
  return client;
}

const authority = () => t.hub.context.authority;
const active = (kind: Alert['kind']) =>
  Object.values(authority().state.alerts).filter((a) => a.kind === kind && !a.closedAt);

function until(what: string, condition: () => boolean): Promise<void> {
  return waitUntil(what, condition, [(wake) => authority().subscribe(wake)], 10_000, () =>
    Object.values(authority().state.alerts),
  );
}

async function send(token: string, path: string, body: unknown) {
  const answer = await t.api('POST', path, { token, body });
  return answer as {
    status: number;
    body: { events?: DomainEvent[]; error?: { code: string; message: string } };
  };
}

/** A stream's events of one type, in order. */
function eventsOf<T extends DomainEvent['type']>(client: StreamClient, type: T) {
  return client.messages
    .flatMap((m) => (m.type === 'events' ? m.events : []))
    .filter((e): e is Extract<DomainEvent, { type: T }> => e.type === type);
}

describe('condition alerts raised by the hub', () => {
  it('a service over its target: raised, acknowledged by one manager for all, cleared when the wait ends', async () => {
    // Enrolled kiosks must not go silent in this test: it stays connected.
    stream(kiosk);
    const dashboardA = stream(managerA);
    const dashboardB = stream(managerB);
    await dashboardA.next('snapshot');
    await dashboardB.next('snapshot');
    const issued = await send(kiosk, '/api/v1/ticket/issue', {
      service: 'iris',
      priority: false,
      channel: 'kiosk',
      language: 'fr',
    });
    expect(issued.status).toBe(200);
    now += 15 * minute;
    // Exactly at the target: not over it (a few ticks pass).
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(active('service-over-target')).toEqual([]);

    now += minute;
    await until('iris over target', () => active('service-over-target').length === 1);
    const [alert] = active('service-over-target');
    expect(alert).toMatchObject({ serviceId: 'iris', source: null, raisedAt: now });
    expect(alert?.detail).toContain('Information');
    for (const dashboard of [dashboardA, dashboardB])
      await dashboard.next('events', (m) =>
        m.events.some((e) => e.type === 'alert:raised' && e.kind === 'service-over-target'),
      );

    now += minute;
    const ack = await send(managerA, '/api/v1/alert/acknowledge', { alertId: alert?.id });
    expect(ack.status).toBe(200);
    expect(ack.body.events).toEqual([
      { type: 'alert:acknowledged', at: now, alertId: alert?.id, by: 'ag3', closes: false },
    ]);
    // The other dashboard hears of it: who and when, and the alert stays while the condition does.
    await dashboardB.next('events', (m) => m.events.some((e) => e.type === 'alert:acknowledged'));
    expect(eventsOf(dashboardB, 'alert:acknowledged')).toMatchObject([
      { alertId: alert?.id, by: 'ag3', at: now },
    ]);
    const view = (await t.api('GET', '/api/v1/alerts', { token: managerB })).body as AlertsView;
    expect(view.active.find((a) => a.id === alert?.id)).toMatchObject({
      acknowledgedBy: 'ag3',
      acknowledgedAt: now,
    });
    // Acknowledged again by the other manager: nothing more is recorded.
    expect(
      (await send(managerB, '/api/v1/alert/acknowledge', { alertId: alert?.id })).body.events,
    ).toEqual([]);

    // Served: the wait is over, the alert clears by itself.
    await send(agent, '/api/v1/counter/open', { counterId: 'g1', agentId: 'ag1' });
    await send(agent, '/api/v1/counter/call-next', { counterId: 'g1' });
    await until('iris back under target', () => active('service-over-target').length === 0);
    expect(authority().state.alerts[alert?.id ?? '']).toMatchObject({ closeReason: 'recovered' });
    await dashboardA.next('events', (m) =>
      m.events.some((e) => e.type === 'alert:resolved' && e.alertId === alert?.id),
    );
    // Acknowledged in time, it never escalated.
    expect(authority().state.alerts[alert?.id ?? '']?.escalatedAt).toBeUndefined();
  });

  it('escalates an alert nobody acknowledged, on the fake clock, once', async () => {
    const dashboard = stream(managerA);
    await dashboard.next('snapshot');
    const raised = await send(kiosk, '/api/v1/alert/raise', { kind: 'help-requested' });
    const alertId =
      raised.body.events?.[0]?.type === 'alert:raised' ? raised.body.events[0].alertId : '';
    now += 4 * minute;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(authority().state.alerts[alertId]?.escalatedAt).toBeUndefined();
    now += minute;
    await until('help escalated', () => authority().state.alerts[alertId]?.escalatedAt === now);
    const escalated = await dashboard.next('events', (m) =>
      m.events.some((e) => e.type === 'alert:escalated'),
    );
    expect(escalated.events).toEqual([{ type: 'alert:escalated', at: now, alertId }]);
    now += 10 * minute;
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(
      eventsOf(dashboard, 'alert:escalated').filter((e) => e.alertId === alertId),
    ).toHaveLength(1);
    await send(managerA, '/api/v1/alert/acknowledge', { alertId });
  });

  it('flags a device gone silent and clears it when the device is back', async () => {
    const display = await t.device('display', 'Écran salle');
    now += 91_000;
    await until('the display is silent', () =>
      active('device-silent').some((a) => a.source?.label === 'Écran salle'),
    );
    // The connected kiosk is in contact, however long ago its last request was.
    expect(active('device-silent').map((a) => a.source?.label)).toEqual(['Écran salle']);
    const screen = stream(display);
    await screen.next('snapshot');
    await until('the display is back', () => active('device-silent').length === 0);
    // Connected only by WebSocket, its heartbeats answered are contact too, kept for the
    // fleet and across a restart (written once a minute).
    const [id = ''] = [...t.hub.eventStream.connectedDeviceIds()].filter(
      (d) => t.hub.context.devices.get(d)?.label === 'Écran salle',
    );
    expect(t.hub.context.devices.get(id)?.lastSeenAt).toBe(now);
    now += 61_000;
    const beats = (wake: () => void) => {
      const timer = setInterval(wake, 50);
      return () => clearInterval(timer);
    };
    await waitUntil(
      'a heartbeat recorded as contact',
      () => t.hub.context.devices.get(id)?.lastSeenAt === now,
      [beats],
      10_000,
    );
    expect(active('device-silent')).toEqual([]);
  });

  it('refuses condition commands from anyone but the hub, saying so', async () => {
    for (const [path, body] of [
      ['/api/v1/alert/clear', { alertId: 'alert-1' }],
      ['/api/v1/alert/escalate', { alertId: 'alert-1' }],
    ] as const) {
      const answer = await send(managerA, path, body);
      expect(answer.status).toBe(403);
      expect(answer.body.error?.message).toContain('only the hub itself');
    }
    const forged = await send(kiosk, '/api/v1/alert/raise', {
      kind: 'service-over-target',
      serviceId: 'iris',
    });
    expect(forged.status).toBe(403);
    expect(forged.body.error?.message).toContain('Only the hub itself');
    expect((await t.api('POST', '/api/v1/alert/clear', { body: { alertId: 'x' } })).status).toBe(
      401,
    );
  });
});

describe('alerts from outside the queue', () => {
  it('complaints past their deadline: raised, and cleared once answered', async () => {
    const recorded = await t.api('POST', '/api/v1/complaints', {
      token: managerA,
      body: { channel: 'letter', category: 'attente', answerDays: 1 },
    });
    expect(recorded.status).toBe(201);
    const { id } = recorded.body as { id: string };
    now += 24 * 60 * minute + minute;
    await until('the complaint is late', () => active('complaint-late').length === 1);
    expect(active('complaint-late')[0]?.detail).toContain(id);
    // A day later the morning's sessions have expired: the manager logs in again.
    const login = await t.api('POST', '/api/v1/auth/login', {
      body: { agentId: 'ag3', password: 'secret of ag3' },
    });
    const manager = (login.body as { token: string }).token;
    const answered = await t.api('POST', `/api/v1/complaints/${id}/answer`, { token: manager });
    expect(answered.status).toBe(200);
    await until('no complaint late', () => active('complaint-late').length === 0);
  });
});
