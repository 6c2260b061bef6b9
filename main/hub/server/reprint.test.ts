import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../test-support/test-hub';

// POST /api/v1/ticket/reprint on a real hub: who may ask, for which tickets, and a
// retried request that reprints once.

let t: TestHub;
let kiosk: string;
let agent: string;
beforeAll(async () => {
  t = await startTestHub();
  kiosk = await t.device('kiosk', 'Borne, entrée');
  agent = await t.agent('ag1');
});
afterAll(() => t.close());

async function issue(): Promise<string> {
  const issued = await t.api('POST', '/api/v1/ticket/issue', {
    token: kiosk,
    body: { service: 'iris', priority: false, channel: 'kiosk', language: 'fr' },
  });
  return (issued.body as { events: { ticketId: string }[] }).events[0]!.ticketId;
}

const reprint = (token: string, body: unknown, key?: string) =>
  t.api('POST', '/api/v1/ticket/reprint', {
    token,
    body,
    ...(key ? { headers: { 'idempotency-key': key } } : {}),
  });

describe('reprinting a ticket at a counter', () => {
  it('is for an agent at their counter, logged once per request, for tickets in the queue', async () => {
    const ticketId = await issue();
    expect((await reprint(kiosk, { ticketId })).status).toBe(403);
    const noCounter = await reprint(agent, { ticketId });
    expect(noCounter.status).toBe(403);
    expect(JSON.stringify(noCounter.body)).toContain('open your counter first');

    await t.api('POST', '/api/v1/counter/open', {
      token: agent,
      body: { counterId: 'g1', agentId: 'ag1' },
    });
    const body = { ticketId, reason: 'Perdu par le visiteur' };
    const first = await reprint(agent, body, 'reprint-key-0001');
    const again = await reprint(agent, body, 'reprint-key-0001');
    expect(first.status).toBe(200);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
    expect((first.body as { events: unknown[] }).events).toMatchObject([
      { type: 'ticket:reprinted', ticketId, counterId: 'g1', agentId: 'ag1', reason: body.reason },
    ]);
    expect(t.hub.context.authority.state.tickets[ticketId]?.reprints).toBe(1);

    const manager = await t.agent('ag2', 'manager');
    const report = await t.api('GET', '/api/v1/reports/day', { token: manager });
    expect((report.body as { reprints: number }).reprints).toBe(1);

    await t.api('POST', '/api/v1/ticket/cancel', { token: agent, body: { ticketId } });
    const closed = await reprint(agent, { ticketId });
    expect(closed.status).toBe(409);
    expect((await reprint(agent, { ticketId, colour: 'red' })).status).toBe(400);
  });
});
