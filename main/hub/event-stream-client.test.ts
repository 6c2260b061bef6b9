import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  EventStreamClient,
  type StreamStatus,
  type WebSocketLike,
} from '../../shared/contracts/event-stream-client';
import { createHubClient } from '../../shared/contracts/hub-client';
import { eventStreamUrlFor } from '../../shared/contracts/ws-messages';
import { startHub } from './start-hub';
import { adminPassword, startTestHub, type TestHub } from './test-support/test-hub';
import { testSiteConfig } from './test-support/site-config';

// The shared event stream client (what the web apps use) against a real hub.

interface Recorder {
  client: EventStreamClient;
  statuses: StreamStatus[];
  snapshots: Array<{ seq: number; audience: string }>;
  events: Array<{ fromSeq: number; toSeq: number; types: string[] }>;
  until(check: () => boolean): Promise<void>;
}

function record(url: string, token: () => string | null): Recorder {
  const statuses: StreamStatus[] = [];
  const snapshots: Recorder['snapshots'] = [];
  const events: Recorder['events'] = [];
  let wake = () => {};
  const notify = () => wake();
  const client = new EventStreamClient({
    url,
    token,
    createSocket: (target) => new WebSocket(target) as unknown as WebSocketLike,
    onSnapshot: (message) => {
      snapshots.push({ seq: message.seq, audience: message.audience });
      notify();
    },
    onEvents: (message) => {
      events.push({
        fromSeq: message.fromSeq,
        toSeq: message.toSeq,
        types: message.events.map((event) => event.type),
      });
      notify();
    },
    onStatus: (status) => {
      statuses.push(status);
      notify();
    },
    maxBackoffMs: 200,
  });
  const until = (check: () => boolean) =>
    new Promise<void>((resolve) => {
      if (check()) return resolve();
      wake = () => {
        if (check()) resolve();
      };
    });
  return { client, statuses, snapshots, events, until };
}

const running: Array<{ close(): unknown }> = [];
afterEach(async () => {
  for (const thing of running.splice(0).reverse()) await thing.close();
});

function issueAs(t: TestHub, token: string) {
  return createHubClient({
    baseUrl: t.hub.url,
    fetch: (url, init) => fetch(url, init),
    token: () => token,
    newIdempotencyKey: randomUUID,
  }).command('ticket:issue', {
    service: 'iris',
    priority: false,
    channel: 'kiosk',
    language: 'fr',
  });
}

describe('EventStreamClient against a real hub', () => {
  it('gives a kiosk the public snapshot, then a new one when the board changes', async () => {
    const t = await startTestHub();
    running.push(t);
    const kiosk = await t.device('kiosk');
    const r = record(t.hub.eventsUrl, () => kiosk);
    running.push({ close: () => r.client.stop() });
    r.client.start();
    await r.until(() => r.snapshots.length === 1);
    expect(r.snapshots[0]?.audience).toBe('public');
    expect(r.client.status).toBe('live');

    await issueAs(t, kiosk);
    await r.until(() => r.snapshots.length === 2);
    expect(r.snapshots[1]?.seq).toBeGreaterThan(r.snapshots[0]?.seq ?? Infinity);
  });

  it('tells the app of each heartbeat, with the hub’s sequence', async () => {
    const t = await startTestHub({ stream: { heartbeatMs: 150 } });
    running.push(t);
    const display = await t.device('display');
    const beats: number[] = [];
    const client = new EventStreamClient({
      url: t.hub.eventsUrl,
      token: () => display,
      createSocket: (target) => new WebSocket(target) as unknown as WebSocketLike,
      onSnapshot: () => {},
      onEvents: () => {},
      onHeartbeat: (message) => beats.push(message.seq),
    });
    running.push({ close: () => client.stop() });
    client.start();
    await expect.poll(() => beats.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(2);
    expect(beats.every((seq) => seq === client.lastSeq)).toBe(true);
  });

  it('hands the app the complaint notices its URL asked for, and stays live', async () => {
    const t = await startTestHub();
    running.push(t);
    const manager = await t.agent('ag4', 'manager');
    const notices: string[] = [];
    const client = new EventStreamClient({
      url: eventStreamUrlFor(t.hub.eventsUrl, ['complaints']),
      token: () => manager,
      createSocket: (target) => new WebSocket(target) as unknown as WebSocketLike,
      onSnapshot: () => {},
      onEvents: () => {},
      onNotice: ({ notice }) => notices.push(`${notice.type} ${notice.complaintId}`),
    });
    running.push({ close: () => client.stop() });
    client.start();
    await expect.poll(() => client.status, { timeout: 5_000 }).toBe('live');
    const seq = client.lastSeq;
    const recorded = await t.api('POST', '/api/v1/complaints', {
      token: manager,
      body: { channel: 'phone', category: 'accueil' },
    });
    const { id } = recorded.body as { id: string };
    await expect.poll(() => notices, { timeout: 5_000 }).toEqual([`complaint:recorded ${id}`]);
    // Not an event: the position and the link are as they were.
    expect(client.lastSeq).toBe(seq);
    expect(client.status).toBe('live');
  });

  it('resumes a staff stream from its last sequence after the hub restarts', async () => {
    const t = await startTestHub();
    const agent = await t.agent('ag1');
    const kiosk = await t.device('kiosk');
    const r = record(t.hub.eventsUrl, () => agent);
    running.push({ close: () => r.client.stop() });
    r.client.start();
    await r.until(() => r.snapshots.length === 1);
    await issueAs(t, kiosk);
    await r.until(() => r.events.length === 1);
    const seqBefore = r.client.lastSeq ?? 0;

    // Stop the hub; start another on the same port and data: the client comes back by itself.
    const { port, dataDir } = t.hub.settings;
    await t.hub.close();
    await r.until(() => r.client.status === 'reconnecting');
    const again = await startHub({
      siteConfig: testSiteConfig,
      adminPassword,
      settings: { host: '127.0.0.1', port: t.hub.port, dataDir },
    });
    running.push({ close: () => again.close() });
    expect(port === 0 || again.port === port).toBe(true);
    await r.until(() => r.client.status === 'live');
    // Resumed from its position: no second snapshot, and the next delta follows on.
    expect(r.snapshots).toHaveLength(1);
    await createHubClient({
      baseUrl: again.url,
      fetch: (url, init) => fetch(url, init),
      token: () => kiosk,
      newIdempotencyKey: randomUUID,
    }).command('ticket:issue', {
      service: 'iris',
      priority: false,
      channel: 'kiosk',
      language: 'fr',
    });
    const isNew = (e: Recorder['events'][number]) => e.fromSeq > seqBefore && e.types.length > 0;
    await r.until(() => r.events.some(isNew));
    const next = r.events.find(isNew);
    expect(next?.fromSeq).toBe(seqBefore + 1);
    expect(next?.types).toContain('ticket:issued');
  });

  it('stops as refused when its device is revoked', async () => {
    const t = await startTestHub();
    running.push(t);
    const display = await t.device('display', 'Salle d’attente');
    const r = record(t.hub.eventsUrl, () => display);
    running.push({ close: () => r.client.stop() });
    r.client.start();
    await r.until(() => r.client.status === 'live');
    const devices = await t.api('GET', '/api/v1/devices', { token: t.adminToken });
    const id = (devices.body as { devices: Array<{ id: string; label: string }> }).devices.find(
      (d) => d.label === 'Salle d’attente',
    )?.id;
    await t.api('POST', `/api/v1/devices/${id}/revoke`, { token: t.adminToken });
    await r.until(() => r.client.status === 'refused');
    expect(r.statuses).not.toContain('reconnecting');
  });

  it('is refused at once without a token', async () => {
    const r = record('ws://127.0.0.1:9/none', () => null);
    r.client.start();
    expect(r.client.status).toBe('refused');
  });
});
