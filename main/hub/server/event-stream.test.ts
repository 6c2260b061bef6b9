import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { closeCodes } from '../../../shared/contracts/ws-messages';
import type { QueueState } from '../../../shared/engine';
import { connectStream, type StreamClient } from '../test-support/stream-client';
import { startTestHub, type TestHub } from '../test-support/test-hub';

let t: TestHub;
let kiosk: string;
let agent: string;
const open: StreamClient[] = [];
beforeAll(async () => {
  // Short enough to keep the test quick, long enough that a loaded machine's pause does
  // not make a live client look dead (it must answer a ping within one heartbeat).
  t = await startTestHub({
    stream: { heartbeatMs: 600, maxResumeEvents: 20, helloTimeoutMs: 1_500 },
  });
  kiosk = await t.device('kiosk');
  agent = await t.agent('ag1');
});
afterAll(async () => {
  await Promise.all(open.map((client) => client.close()));
  await t.close();
});

function stream(hello: Record<string, unknown> | null, options = {}): StreamClient {
  const client = connectStream(t.hub.eventsUrl, hello, options);
  open.push(client);
  return client;
}

async function issueTicket(): Promise<{ seq: number; ticketId: string; token: string }> {
  const answer = await t.api('POST', '/api/v1/ticket/issue', {
    token: kiosk,
    body: { service: 'iris', priority: false, channel: 'kiosk', language: 'fr' },
  });
  const body = answer.body as { seq: number; events: { ticketId: string; token: string }[] };
  return { seq: body.seq, ticketId: body.events[0]!.ticketId, token: body.events[0]!.token };
}

describe('event stream', () => {
  it('staff get the state as a snapshot, then each commit as events', async () => {
    const client = stream({ type: 'hello', token: agent });
    const snapshot = await client.next('snapshot');
    expect(snapshot.audience).toBe('staff');
    expect(snapshot.seq).toBe(t.hub.context.authority.lastSeq);
    expect((snapshot.view as QueueState).config?.site.id).toBe('test-site');
    const { seq, ticketId } = await issueTicket();
    const events = await client.next('events', (m) => m.toSeq === seq);
    expect(events.fromSeq).toBe(seq);
    expect(events.events[0]).toMatchObject({ type: 'ticket:issued', ticketId });
  });

  it('kiosks and displays get public snapshots without tokens or state', async () => {
    const display = await t.device('display');
    const client = stream({ type: 'hello', token: display });
    const first = await client.next('snapshot');
    expect(first.audience).toBe('public');
    const { seq, token } = await issueTicket();
    const update = await client.next('snapshot', (m) => m.seq === seq);
    const text = JSON.stringify(update);
    expect(text).not.toContain(token);
    expect(text).not.toContain('"tickets"');
    const view = update.view as { board: { services: { service: string; waiting: number }[] } };
    expect(view.board.services.find((s) => s.service === 'iris')?.waiting).toBeGreaterThan(0);
  });

  it('a client that reconnects with its last seq gets only what it missed', async () => {
    const first = stream({ type: 'hello', token: agent });
    const { seq: lastSeen } = await first.next('snapshot');
    await first.close();
    const missed = [await issueTicket(), await issueTicket()];
    const again = stream({ type: 'hello', token: agent, lastSeq: lastSeen });
    const resumed = await again.next('events');
    expect(resumed.fromSeq).toBe(lastSeen + 1);
    expect(resumed.toSeq).toBe(missed[1]!.seq);
    expect(resumed.events.map((e) => (e as { ticketId: string }).ticketId)).toEqual(
      missed.map((m) => m.ticketId),
    );
    expect(again.messages.some((m) => m.type === 'snapshot')).toBe(false);
  });

  it('a client too far behind, or ahead, gets a fresh snapshot', async () => {
    for (let i = 0; i < 25; i++) await issueTicket();
    const behind = stream({ type: 'hello', token: agent, lastSeq: 1 });
    expect((await behind.next('snapshot')).seq).toBe(t.hub.context.authority.lastSeq);
    const ahead = stream({ type: 'hello', token: agent, lastSeq: 1_000_000 });
    expect((await ahead.next('snapshot')).audience).toBe('staff');
  });

  it('sends heartbeats and drops a peer that stops answering pings', async () => {
    const alive = stream({ type: 'hello', token: agent });
    expect((await alive.next('heartbeat')).seq).toBe(t.hub.context.authority.lastSeq);
    const dead = stream({ type: 'hello', token: agent }, { autoPong: false });
    await dead.next('snapshot');
    expect((await dead.closed).code).toBe(1006);
    expect(alive.ws.readyState).toBe(WebSocket.OPEN);
  });

  it('refuses a bad hello, a bad token and an oversized frame', async () => {
    const garbage = stream(null);
    garbage.ws.on('open', () => garbage.ws.send('not json'));
    expect((await garbage.closed).code).toBe(closeCodes.badMessage);
    const forged = stream({ type: 'hello', token: 'forged' });
    expect((await forged.next('error')).code).toBe('unauthenticated');
    expect((await forged.closed).code).toBe(closeCodes.unauthenticated);
    const silent = stream(null);
    expect((await silent.closed).code).toBe(closeCodes.unauthenticated);
    const big = stream(null);
    big.ws.on('open', () => big.ws.send('x'.repeat(70_000)));
    expect((await big.closed).code).toBe(1009);
  });

  it('closes the stream of a device when it is revoked', async () => {
    const code = await t.api('POST', '/api/v1/devices/enrolment-codes', {
      token: t.adminToken,
      body: { role: 'display', label: 'to revoke' },
    });
    const enrolled = await t.api('POST', '/api/v1/devices/enrol', {
      body: { code: (code.body as { code: string }).code },
    });
    const { token, deviceId } = enrolled.body as { token: string; deviceId: string };
    const client = stream({ type: 'hello', token });
    await client.next('snapshot');
    await t.api('POST', `/api/v1/devices/${deviceId}/revoke`, { token: t.adminToken });
    expect((await client.closed).code).toBe(closeCodes.revoked);
  });
});
