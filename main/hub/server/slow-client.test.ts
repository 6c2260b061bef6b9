import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectStream, type StreamClient } from '../test-support/stream-client';
import { startTestHub, type TestHub } from '../test-support/test-hub';

let t: TestHub;
const open: StreamClient[] = [];
beforeAll(async () => {
  t = await startTestHub({
    settings: { bodyLimitBytes: 4 * 1024 * 1024 },
    stream: { maxBufferedBytes: 256 * 1024, maxResumeEvents: 10_000 },
  });
});
afterAll(async () => {
  await Promise.all(open.map((client) => client.close()));
  await t.close();
});

/** A day's worth of appointments: a large event, so socket buffers fill quickly. */
function appointments(day: string, count: number) {
  const start = Date.parse(`${day}T10:00:00+01:00`);
  return Array.from({ length: count }, (_, i) => ({
    id: `apt-${i}`,
    service: 'cni',
    start,
    bookingCode: `BK-${String(i).padStart(6, '0')}`,
  }));
}

describe('a slow client', () => {
  it('is dropped instead of holding the others back, then resumes where it was', async () => {
    const manager = await t.agent('ag4', 'manager');
    const fast = connectStream(t.hub.eventsUrl, { type: 'hello', token: manager });
    const slow = connectStream(t.hub.eventsUrl, { type: 'hello', token: manager });
    open.push(fast, slow);
    await Promise.all([fast.next('snapshot'), slow.next('snapshot')]);
    // The slow client stops reading: what the hub sends piles up in socket buffers.
    slow.ws.pause();

    const day = '2030-01-15';
    const body = { date: day, appointments: appointments(day, 3000) };
    let lastSeq = 0;
    for (let load = 0; load < 200 && t.hub.eventStream.clientCount > 1; load++) {
      const answer = await t.api('POST', '/api/v1/appointments/load', { token: manager, body });
      expect(answer.status).toBe(200);
      lastSeq = (answer.body as { seq: number }).seq;
    }
    expect(t.hub.eventStream.clientCount).toBe(1);

    // The fast client got every event, in order, with no gap.
    await fast.next('events', (m) => m.toSeq === lastSeq);
    const seqs = fast.messages.flatMap((m) => (m.type === 'events' ? [m.fromSeq, m.toSeq] : []));
    for (let i = 2; i < seqs.length; i += 2) expect(seqs[i]).toBe(seqs[i - 1]! + 1);

    // The slow one reads what it had, learns it was dropped, and resumes from its last seq.
    slow.ws.resume();
    const { code } = await slow.closed;
    expect([4408, 1006]).toContain(code);
    const applied = slow.messages.flatMap((m) =>
      m.type === 'events' ? [m.toSeq] : m.type === 'snapshot' ? [m.seq] : [],
    );
    const resumed = connectStream(t.hub.eventsUrl, {
      type: 'hello',
      token: manager,
      lastSeq: Math.max(...applied),
    });
    open.push(resumed);
    const catchUp = await resumed.next('events');
    expect(catchUp.fromSeq).toBe(Math.max(...applied) + 1);
    expect(catchUp.toSeq).toBe(lastSeq);
  });
});
