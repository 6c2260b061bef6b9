import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Complaint } from '../../../shared/contracts/statistics';
import { eventStreamUrlFor, noticeTopicsOf } from '../../../shared/contracts/ws-messages';
import { morningAt } from '../test-support/morning-clock';
import { connectStream, type StreamClient } from '../test-support/stream-client';
import { startTestHub, type TestHub } from '../test-support/test-hub';

// A complaint recorded or marked answered on one staff screen reaches every other one
// that asked for complaint notices in its stream URL: its id only, never sequenced;
// clients that did not ask (older consoles, kiosks, displays) get nothing new.

let t: TestHub;
let manager: string;
let agent: string;
let kiosk: string;
const open: StreamClient[] = [];
const now = morningAt('2026-06-01', 10 * 60);

beforeAll(async () => {
  t = await startTestHub({ clock: () => now, stream: { heartbeatMs: 5_000 } });
  manager = await t.agent('ag4', 'manager');
  agent = await t.agent('ag1');
  kiosk = await t.device('kiosk');
});
afterAll(async () => {
  await Promise.all(open.map((client) => client.close()));
  await t.close();
});

function stream(token: string, notices: readonly 'complaints'[] = []): StreamClient {
  const client = connectStream(eventStreamUrlFor(t.hub.eventsUrl, notices), {
    type: 'hello',
    token,
  });
  open.push(client);
  return client;
}

async function record(token: string): Promise<Complaint> {
  const answer = await t.api('POST', '/api/v1/complaints', {
    token,
    body: { channel: 'counter', service: 'iris', category: 'accueil', reference: '2026/0412' },
  });
  expect(answer.status).toBe(201);
  return answer.body as Complaint;
}

describe('complaint notices on the event stream', () => {
  it('reads the topics a stream URL asks for, and only known ones', () => {
    expect([...noticeTopicsOf('/api/v1/events?notices=complaints')]).toEqual(['complaints']);
    expect([...noticeTopicsOf('/api/v1/events?x=1&notices=tickets,complaints')]).toEqual([
      'complaints',
    ]);
    expect([...noticeTopicsOf('/api/v1/events')]).toEqual([]);
    expect([...noticeTopicsOf('/api/v1/events?notices=%E0')]).toEqual([]);
    expect(eventStreamUrlFor('ws://hub/api/v1/events')).toBe('ws://hub/api/v1/events');
  });

  it('tells the other staff screens that asked, by id, when one is recorded and answered', async () => {
    const dashboard = stream(manager, ['complaints']);
    const console = stream(agent, ['complaints']);
    const older = stream(manager);
    const display = stream(kiosk, ['complaints']);
    await Promise.all([dashboard, console, older, display].map((c) => c.next('snapshot')));

    const complaint = await record(agent);
    const recorded = await dashboard.next('notice');
    expect(recorded).toEqual({
      type: 'notice',
      notice: { type: 'complaint:recorded', complaintId: complaint.id },
    });
    // What the complaint says (its reference, its service) is read through the API only.
    expect(JSON.stringify(recorded)).not.toContain('2026/0412');
    expect((await console.next('notice')).notice.complaintId).toBe(complaint.id);

    const answered = await t.api('POST', `/api/v1/complaints/${complaint.id}/answer`, {
      token: manager,
    });
    expect(answered.status).toBe(200);
    expect(
      (await dashboard.next('notice', (m) => m.notice.type === 'complaint:answered')).notice,
    ).toEqual({ type: 'complaint:answered', complaintId: complaint.id });

    // A refusal changes nothing, so it tells nobody.
    const again = await t.api('POST', `/api/v1/complaints/${complaint.id}/answer`, {
      token: manager,
    });
    expect(again.status).toBe(409);
    const second = await record(manager);
    await dashboard.next('notice', (m) => m.notice.complaintId === second.id);
    expect(dashboard.messages.flatMap((m) => (m.type === 'notice' ? [m.notice.type] : []))).toEqual(
      ['complaint:recorded', 'complaint:answered', 'complaint:recorded'],
    );

    // Each socket is ordered: once a later commit's events arrive, any notice sent to it
    // before would have arrived too.
    const issued = await t.api('POST', '/api/v1/ticket/issue', {
      token: kiosk,
      body: { service: 'iris', priority: false, channel: 'kiosk', language: 'fr' },
    });
    const { seq } = issued.body as { seq: number };
    await older.next('events', (m) => m.toSeq === seq);
    await display.next('snapshot', (m) => m.seq === seq);
    expect(older.messages.some((m) => m.type === 'notice')).toBe(false);
    expect(display.messages.some((m) => m.type === 'notice')).toBe(false);
  });
});
