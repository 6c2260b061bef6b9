import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runHousekeeping } from './housekeeping';
import { morningAt } from './test-support/morning-clock';
import { connectStream } from './test-support/stream-client';
import { startTestHub, type TestHub } from './test-support/test-hub';

// A fixed morning: an appointment ten minutes ahead stays on the same day whatever the
// hour the tests run at.
let now = morningAt();
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ clock: () => now, settings: { retentionDays: 30 } });
});
afterAll(() => t.close());

const name = 'Jeanne Martin-Dupont';
const start = now + 10 * 60_000;
const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(start);

describe("visitors' personal data", () => {
  it('stays out of the engine, reaches only the serving agent, and is purged on schedule', async () => {
    const manager = await t.agent('ag4', 'manager');
    const load = await t.api('POST', '/api/v1/appointments/load', {
      token: manager,
      body: {
        date: day,
        appointments: [
          {
            id: 'apt-1',
            service: 'cni',
            start,
            bookingCode: 'RDV-0001',
            visitor: { name, phone: '06 12 34 56 78' },
          },
        ],
      },
    });
    expect(load.status).toBe(200);
    expect(JSON.stringify(load.body)).not.toContain(name);

    const kiosk = await t.device('kiosk');
    const display = await t.device('display');
    const board = connectStream(t.hub.eventsUrl, { type: 'hello', token: display });
    const staff = connectStream(t.hub.eventsUrl, { type: 'hello', token: manager });
    await Promise.all([board.next('snapshot'), staff.next('snapshot')]);

    const checkIn = await t.api('POST', '/api/v1/appointment/check-in', {
      token: kiosk,
      body: { reference: 'RDV-0001' },
    });
    expect(checkIn.status).toBe(200);
    const ag1 = await t.agent('ag1');
    const ag2 = await t.agent('ag2');
    await t.api('POST', '/api/v1/counter/open', {
      token: ag1,
      body: { counterId: 'g1', agentId: 'ag1' },
    });
    const called = await t.api('POST', '/api/v1/counter/call-next', {
      token: ag1,
      body: { counterId: 'g1' },
    });
    const { ticketId } = (called.body as { events: { ticketId: string }[] }).events[0]!;

    const visitor = await t.api('GET', `/api/v1/tickets/${ticketId}/visitor`, { token: ag1 });
    expect(visitor.status).toBe(200);
    expect(visitor.body).toMatchObject({ visitor: { name } });
    for (const token of [ag2, manager, kiosk, display]) {
      const refused = await t.api('GET', `/api/v1/tickets/${ticketId}/visitor`, { token });
      expect(refused.status).toBe(403);
    }

    // Neither stream nor the event log ever carried the name.
    const seq = (called.body as { seq: number }).seq;
    await staff.next('events', (m) => m.toSeq === seq);
    for (const client of [board, staff])
      expect(JSON.stringify(client.messages)).not.toContain(name);
    await Promise.all([board.close(), staff.close()]);
    const db = new Database(join(t.dir, 'hub.db'), { readonly: true });
    const logged = db
      .prepare("SELECT COUNT(*) AS n FROM events WHERE payload LIKE '%Martin%'")
      .get();
    db.close();
    expect(logged).toEqual({ n: 0 });

    // 30 days after the appointment day, the retention rule deletes it.
    now = start + 30 * 86_400_000;
    expect(runHousekeeping(t.hub.context).personalData).toBe(0);
    now = start + 31 * 86_400_000;
    expect(runHousekeeping(t.hub.context).personalData).toBe(1);
    expect(t.hub.context.personal.get('apt-1')).toBeUndefined();
  });
});
