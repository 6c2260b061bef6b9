import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CounterQueue, DomainEvent, PublicBoard } from '../../../shared/engine';
import { morningAt } from '../test-support/morning-clock';
import { connectStream, type StreamClient } from '../test-support/stream-client';
import { startTestHub, type TestHub } from '../test-support/test-hub';

// The floor manager's actions over a real hub: moving waiting tickets (they keep their
// place in the counters' queues), the displays' message, and who may do what.

const minute = 60_000;
let now = morningAt();
let t: TestHub;
let kiosk: string;
let display: string;
let manager: string;
let agent: string;
const open: StreamClient[] = [];

beforeAll(async () => {
  t = await startTestHub({ clock: () => now });
  kiosk = await t.device('kiosk', 'Borne, entrée');
  display = await t.device('display', 'Écran salle');
  manager = await t.agent('ag4', 'manager');
  agent = await t.agent('ag1');
});
afterAll(async () => {
  await Promise.all(open.map((client) => client.close()));
  await t.close();
});

async function send(token: string, path: string, body: unknown, key?: string) {
  const answer = await t.api('POST', path, {
    token,
    body,
    ...(key ? { headers: { 'idempotency-key': key } } : {}),
  });
  return answer as {
    status: number;
    body: { events?: DomainEvent[]; error?: { code: string; message: string } };
  };
}

async function issue(service: string): Promise<{ id: string; number: string }> {
  const answer = await send(kiosk, '/api/v1/ticket/issue', {
    service,
    priority: false,
    channel: 'kiosk',
    language: 'fr',
  });
  const event = answer.body.events?.[0];
  if (event?.type !== 'ticket:issued') throw new Error(JSON.stringify(answer.body));
  now += minute;
  return { id: event.ticketId, number: event.number };
}

async function queueOf(counterId: string): Promise<string[]> {
  const answer = await t.api('GET', `/api/v1/counters/${counterId}/queue`, { token: manager });
  return (answer.body as CounterQueue).entries.map((e) => e.number);
}

describe('tickets:move', () => {
  it('moves waiting tickets to another service where they keep their place', async () => {
    // g1 serves Information only; state-civil tickets arrive between its own.
    const opened = await send(agent, '/api/v1/counter/open', {
      counterId: 'g1',
      agentId: 'ag1',
      services: ['iris'],
    });
    expect(opened.status).toBe(200);
    const a1 = await issue('iris');
    const e1 = await issue('etat-civil');
    const a2 = await issue('iris');
    const e2 = await issue('etat-civil');
    expect(await queueOf('g1')).toEqual([a1.number, a2.number]);

    const move = { ticketIds: [e2.id, e1.id], to: { serviceId: 'iris' } };
    const moved = await send(manager, '/api/v1/tickets/move', move, 'move-etat-civil-1');
    expect(moved.status).toBe(200);
    expect(moved.body.events?.map((e) => e.type)).toEqual([
      'ticket:transferred',
      'ticket:transferred',
    ]);
    expect(await queueOf('g1')).toEqual([a1.number, e1.number, a2.number, e2.number]);

    // The same request again (a retry): the recorded answer, nothing moved twice.
    const retried = await t.api('POST', '/api/v1/tickets/move', {
      token: manager,
      body: move,
      headers: { 'idempotency-key': 'move-etat-civil-1' },
    });
    expect(retried.headers.get('idempotency-replayed')).toBe('true');
    expect(await queueOf('g1')).toEqual([a1.number, e1.number, a2.number, e2.number]);

    // Reserved for another counter, it leaves g1's queue for g2's.
    const continuation = (moved.body.events ?? []).flatMap((e) =>
      e.type === 'ticket:transferred' && e.ticketId === e1.id ? [e.newTicketId] : [],
    );
    await send(manager, '/api/v1/counter/open', { counterId: 'g2', agentId: 'ag2' });
    const toCounter = await send(manager, '/api/v1/tickets/move', {
      ticketIds: continuation,
      to: { counterId: 'g2' },
    });
    expect(toCounter.status).toBe(200);
    expect(await queueOf('g1')).toEqual([a1.number, a2.number, e2.number]);
    expect(await queueOf('g2')).toContain(e1.number);
  });

  it('is refused to an agent, with a message naming the roles', async () => {
    const ticket = await issue('iris');
    const refused = await send(agent, '/api/v1/tickets/move', {
      ticketIds: [ticket.id],
      to: { serviceId: 'etat-civil' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toMatch(
      /counter may not send tickets:move.*manager or admin/u,
    );
    const tooMany = await send(manager, '/api/v1/tickets/move', {
      ticketIds: Array.from({ length: 51 }, () => ticket.id),
      to: { serviceId: 'etat-civil' },
    });
    expect(tooMany.status).toBe(400);
    const unknown = await send(manager, '/api/v1/tickets/move', {
      ticketIds: [ticket.id],
      to: { serviceId: 'piscine' },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error?.message).toContain('piscine');
  });
});

describe('the displays message', () => {
  it('appears on the public board and the displays, and clears', async () => {
    const screen = connectStream(t.hub.eventsUrl, { type: 'hello', token: display });
    open.push(screen);
    await screen.next('snapshot');
    const sent = await send(manager, '/api/v1/display/message', {
      text: '  Le service état civil ferme à 16 h.  ',
    });
    expect(sent.status).toBe(200);
    const board = (await t.api('GET', '/api/v1/board', { token: display })).body as PublicBoard;
    expect(board.message).toEqual({ text: 'Le service état civil ferme à 16 h.', at: now });
    const shown = await screen.next(
      'snapshot',
      (m) => (m.view as { board: PublicBoard }).board.message !== null,
    );
    expect(JSON.stringify(shown.view)).not.toContain('ag4');

    expect((await send(agent, '/api/v1/display/message', { text: 'Salut' })).status).toBe(403);
    const long = await send(manager, '/api/v1/display/message', { text: 'x'.repeat(141) });
    expect(long.status).toBe(400);
    expect(JSON.stringify(long.body)).toContain('text');

    const cleared = await send(manager, '/api/v1/display/clear-message', {});
    expect(cleared.body.events).toMatchObject([{ type: 'display:message-cleared', by: 'ag4' }]);
    await screen.next('snapshot', (m) => (m.view as { board: PublicBoard }).board.message === null);
    expect((await send(manager, '/api/v1/display/clear-message', {})).body.events).toEqual([]);
  });
});

describe('a counter left open', () => {
  it('is paused and closed by a manager, who may also cancel a ticket', async () => {
    await send(manager, '/api/v1/counter/open', { counterId: 'g3', agentId: 'ag3' });
    const paused = await send(manager, '/api/v1/counter/pause', {
      counterId: 'g3',
      reason: 'guichet laissé ouvert',
    });
    expect(paused.status).toBe(200);
    expect((await send(manager, '/api/v1/counter/close', { counterId: 'g3' })).status).toBe(200);
    const ticket = await issue('iris');
    expect((await send(manager, '/api/v1/ticket/cancel', { ticketId: ticket.id })).status).toBe(
      200,
    );
    // An agent cannot close another agent's counter.
    const theirs = await send(agent, '/api/v1/counter/close', { counterId: 'g2' });
    expect(theirs.status).toBe(403);
    expect(theirs.body.error?.message).toContain('held by another agent');
  });
});
