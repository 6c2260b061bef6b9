import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { morningClock } from '../test-support/morning-clock';
import { startTestHub, type TestHub } from '../test-support/test-hub';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ clock: morningClock() });
});
afterAll(() => t.close());

const tickets = 1000;

describe('two counters calling "next" at the same instant', () => {
  // 3,000 durable commands in sequence-dependent rounds: slow on a loaded machine.
  it('never call one ticket twice and lose none', { timeout: 180_000 }, async () => {
    const kiosk = await t.device('kiosk');
    for (let i = 0; i < tickets; i += 50) {
      const answers = await Promise.all(
        Array.from({ length: 50 }, (_, j) =>
          t.api('POST', '/api/v1/ticket/issue', {
            token: kiosk,
            body: {
              service: j % 2 === 0 ? 'iris' : 'etat-civil',
              priority: (i + j) % 3 === 0,
              channel: 'kiosk',
              language: 'fr',
            },
          }),
        ),
      );
      for (const answer of answers) expect(answer.body).toMatchObject({ seq: expect.any(Number) });
    }
    const counters = [
      { id: 'g1', agent: 'ag1', token: await t.agent('ag1') },
      { id: 'g2', agent: 'ag2', token: await t.agent('ag2') },
    ];
    for (const c of counters)
      expect(
        (
          await t.api('POST', '/api/v1/counter/open', {
            token: c.token,
            body: { counterId: c.id, agentId: c.agent },
          })
        ).status,
      ).toBe(200);

    const called: string[] = [];
    let emptyAnswers = 0;
    for (let round = 0; emptyAnswers < counters.length; round++) {
      emptyAnswers = 0;
      // Both counters ask at the same instant; the hub decides one after the other.
      const answers = await Promise.all(
        counters.map((c) =>
          t.api('POST', '/api/v1/counter/call-next', { token: c.token, body: { counterId: c.id } }),
        ),
      );
      await Promise.all(
        answers.map(async (answer, index) => {
          if (answer.status !== 200) {
            expect((answer.body as { error: { code: string } }).error.code).toBe('queue-empty');
            emptyAnswers++;
            return;
          }
          const event = (answer.body as { events: { type: string; ticketId: string }[] }).events[0];
          expect(event?.type).toBe('ticket:called');
          called.push(event!.ticketId);
          const finish = await t.api('POST', '/api/v1/ticket/finish', {
            token: counters[index]!.token,
            body: { ticketId: event!.ticketId, outcome: 'answered' },
          });
          expect(finish.status).toBe(200);
        }),
      );
    }
    expect(called).toHaveLength(tickets);
    expect(new Set(called).size).toBe(tickets);

    const manager = await t.agent('ag4', 'manager');
    const state = await t.api('GET', '/api/v1/state', { token: manager });
    const all = Object.values(
      (state.body as { state: { tickets: Record<string, { state: string }> } }).state.tickets,
    );
    expect(all).toHaveLength(tickets);
    expect(all.every((ticket) => ticket.state === 'done')).toBe(true);
  });
});
