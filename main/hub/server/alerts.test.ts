import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AlertsView, QueueState } from '../../../shared/engine';
import { connectStream, type StreamClient } from '../test-support/stream-client';
import { startTestHub, type TestHub } from '../test-support/test-hub';

// Alerts and device statuses over the real HTTP routes and event stream: staff see them,
// kiosks and displays never do.

let t: TestHub;
let kiosk: string;
let display: string;
let agent: string;
const open: StreamClient[] = [];
beforeAll(async () => {
  t = await startTestHub();
  kiosk = await t.device('kiosk', 'Borne, entrée');
  display = await t.device('display', 'Écran salle');
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

const printer = (state: string) => ({
  kind: 'printer',
  deviceId: 'printer-1',
  state,
  readsStatus: true,
  lastReadAt: 1_700_000_000_000,
});

describe('alerts and device statuses', () => {
  it('reach staff as events and in GET /api/v1/alerts; help pressed five times is one alert', async () => {
    const staff = stream(agent);
    const publicClients = [stream(kiosk), stream(display)];
    await staff.next('snapshot');
    for (const client of publicClients) await client.next('snapshot');

    const presses = [];
    for (let i = 0; i < 5; i++)
      presses.push(
        await t.api('POST', '/api/v1/alert/raise', {
          token: kiosk,
          body: { kind: 'help-requested' },
        }),
      );
    expect(presses.map((p) => p.status)).toEqual([200, 200, 200, 200, 200]);
    const raisedSeq = (presses[0]?.body as { seq: number }).seq;
    expect(presses.slice(1).map((p) => (p.body as { events: unknown[] }).events)).toEqual([
      [],
      [],
      [],
      [],
    ]);
    const raised = await staff.next('events', (m) => m.toSeq === raisedSeq);
    expect(raised.events[0]).toMatchObject({
      type: 'alert:raised',
      kind: 'help-requested',
      source: { label: 'Borne, entrée' },
    });

    const report = await t.api('POST', '/api/v1/devices/report', {
      token: kiosk,
      body: { statuses: [printer('paper-out')] },
    });
    expect(report.status).toBe(200);
    const reportSeq = (report.body as { seq: number }).seq;
    const reported = await staff.next('events', (m) => m.toSeq === reportSeq);
    expect(reported.events.map((e) => e.type)).toEqual(['devices:reported', 'alert:raised']);

    const view = (await t.api('GET', '/api/v1/alerts', { token: agent })).body as AlertsView;
    expect(view.active.map((a) => a.kind)).toEqual(['help-requested', 'printer-unavailable']);
    expect(view.devices).toMatchObject([
      { label: 'Borne, entrée', statuses: [{ deviceId: 'printer-1', state: 'paper-out' }] },
    ]);
    const state = (await t.api('GET', '/api/v1/state', { token: agent })).body as {
      state: QueueState;
    };
    expect(Object.keys(state.state.alerts)).toHaveLength(2);

    const helpId = view.active[0]?.id;
    const ack = await t.api('POST', '/api/v1/alert/acknowledge', {
      token: agent,
      body: { alertId: helpId },
    });
    expect(ack.status).toBe(200);
    const after = (await t.api('GET', '/api/v1/alerts', { token: agent })).body as AlertsView;
    expect(after.active.map((a) => a.kind)).toEqual(['printer-unavailable']);
    expect(after.closed[0]).toMatchObject({ id: helpId, acknowledgedBy: 'ag1' });

    // Kiosks and displays: no route, and nothing of it in what they are streamed.
    for (const token of [kiosk, display])
      expect((await t.api('GET', '/api/v1/alerts', { token })).status).toBe(403);
    for (const client of publicClients) {
      const text = JSON.stringify(client.messages);
      expect(text).not.toContain('alert');
      expect(text).not.toContain('paper-out');
      expect(text).not.toContain('Borne, entrée');
    }
  });

  it('refuses what each role may not send, with a clear error', async () => {
    const fromDisplay = await t.api('POST', '/api/v1/alert/raise', {
      token: display,
      body: { kind: 'help-requested' },
    });
    expect(fromDisplay.status).toBe(403);
    const fromAgent = await t.api('POST', '/api/v1/alert/raise', {
      token: agent,
      body: { kind: 'help-requested' },
    });
    expect(fromAgent.status).toBe(403);
    expect(JSON.stringify(fromAgent.body)).toContain('open your counter first');
    const ackByKiosk = await t.api('POST', '/api/v1/alert/acknowledge', {
      token: kiosk,
      body: { alertId: 'alert-1' },
    });
    expect(ackByKiosk.status).toBe(403);
    const badKind = await t.api('POST', '/api/v1/alert/raise', {
      token: kiosk,
      body: { kind: 'fire' },
    });
    expect(badKind.status).toBe(400);
    const badStatus = await t.api('POST', '/api/v1/devices/report', {
      token: kiosk,
      body: { statuses: [{ ...printer('ready'), extra: true }] },
    });
    expect(badStatus.status).toBe(400);
  });

  it('takes a counter workstation’s printer status from its agent’s session, as the counter', async () => {
    const ag3 = await t.agent('ag3');
    const before = await t.api('POST', '/api/v1/devices/report', {
      token: ag3,
      body: { statuses: [printer('paper-out')] },
    });
    expect(before.status).toBe(403);
    expect(JSON.stringify(before.body)).toContain('open your counter first');

    await t.api('POST', '/api/v1/counter/open', {
      token: ag3,
      body: { counterId: 'g3', agentId: 'ag3' },
    });
    const reported = await t.api('POST', '/api/v1/devices/report', {
      token: ag3,
      body: { statuses: [printer('cover-open')] },
    });
    expect(reported.status).toBe(200);
    const raised = await t.api('POST', '/api/v1/alert/raise', {
      token: ag3,
      body: { kind: 'printer-unavailable', detail: 'print failed: cover-open' },
    });
    expect(raised.status).toBe(200);
    const view = (await t.api('GET', '/api/v1/alerts', { token: agent })).body as AlertsView;
    expect(view.devices).toContainEqual(
      expect.objectContaining({ deviceId: 'counter:g3', statuses: [printer('cover-open')] }),
    );
    const fromCounter = view.active.filter((a) => a.source?.deviceId === 'counter:g3');
    expect(fromCounter.map((a) => [a.kind, a.source?.label])).toEqual([
      ['printer-unavailable', 'Guichet 3'],
    ]);

    await t.api('POST', '/api/v1/devices/report', {
      token: ag3,
      body: { statuses: [printer('ready')] },
    });
    const after = (await t.api('GET', '/api/v1/alerts', { token: agent })).body as AlertsView;
    expect(after.active.filter((a) => a.source?.deviceId === 'counter:g3')).toEqual([]);
    await t.api('POST', '/api/v1/counter/close', { token: ag3, body: { counterId: 'g3' } });
  });

  it('records how a kiosk ticket was delivered and counts it in the day report', async () => {
    const issued = await t.api('POST', '/api/v1/ticket/issue', {
      token: kiosk,
      body: { service: 'iris', priority: false, channel: 'kiosk', language: 'fr' },
    });
    const ticketId = (issued.body as { events: { ticketId: string }[] }).events[0]?.ticketId;
    const delivered = await t.api('POST', '/api/v1/ticket/deliver', {
      token: kiosk,
      body: { ticketId, medium: 'paperless' },
    });
    expect(delivered.status).toBe(200);
    expect((delivered.body as { events: unknown[] }).events).toMatchObject([
      { type: 'ticket:delivered', ticketId, medium: 'paperless' },
    ]);
    // Another kiosk cannot speak for this ticket (it would skew the paper figures).
    const otherKiosk = await t.device('kiosk', 'Borne, étage');
    const forged = await t.api('POST', '/api/v1/ticket/deliver', {
      token: otherKiosk,
      body: { ticketId, medium: 'printed' },
    });
    expect(forged.status).toBe(403);
    expect(JSON.stringify(forged.body)).toContain('not issued by this kiosk');
    const manager = await t.agent('ag2', 'manager');
    const report = await t.api('GET', '/api/v1/reports/day', { token: manager });
    expect((report.body as { delivery: unknown }).delivery).toEqual({
      printed: 0,
      paperless: 1,
      notRecorded: 0,
    });
  });
});
