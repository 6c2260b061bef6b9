import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../test-support/test-hub';

let t: TestHub;
let kiosk: string;
beforeAll(async () => {
  t = await startTestHub({ settings: { bodyLimitBytes: 4096 } });
  kiosk = await t.device('kiosk');
});
afterAll(() => t.close());

const issue = { service: 'iris', priority: false, channel: 'kiosk', language: 'fr' };
const errorOf = (body: unknown) => (body as { error: { code: string; message: string } }).error;

describe('the HTTP API refuses bad input clearly', () => {
  it('issues a ticket for a valid request', async () => {
    const answer = await t.api('POST', '/api/v1/ticket/issue', { token: kiosk, body: issue });
    expect(answer.status).toBe(200);
    const body = answer.body as { seq: number; events: { type: string; number?: string }[] };
    expect(body.events[0]).toMatchObject({ type: 'ticket:issued', number: 'A001' });
    expect(body.seq).toBeGreaterThan(0);
  });

  it('malformed JSON → 400 malformed', async () => {
    const answer = await t.api('POST', '/api/v1/ticket/issue', {
      token: kiosk,
      raw: '{"service": ',
    });
    expect(answer.status).toBe(400);
    expect(errorOf(answer.body)).toMatchObject({ code: 'malformed' });
    expect(errorOf(answer.body).message).toMatch(/not valid JSON/);
  });

  it('wrong types → 400 validation naming the field', async () => {
    const answer = await t.api('POST', '/api/v1/ticket/issue', {
      token: kiosk,
      body: { ...issue, priority: 'yes' },
    });
    expect(answer.status).toBe(400);
    expect(errorOf(answer.body)).toMatchObject({ code: 'validation' });
    expect(errorOf(answer.body).message).toMatch(/priority/);
  });

  it('unknown fields → 400 validation naming them', async () => {
    const answer = await t.api('POST', '/api/v1/ticket/issue', {
      token: kiosk,
      body: { ...issue, name: 'Jeanne Martin' },
    });
    expect(answer.status).toBe(400);
    expect(errorOf(answer.body).message).toMatch(/unknown field "name"/);
  });

  it('a body over the limit → 413', async () => {
    const answer = await t.api('POST', '/api/v1/ticket/issue', {
      token: kiosk,
      body: { ...issue, padding: 'x'.repeat(5000) },
    });
    expect(answer.status).toBe(413);
    expect(errorOf(answer.body)).toMatchObject({ code: 'payload-too-large' });
  });

  it('a body that is not JSON → 415', async () => {
    const response = await fetch(`${t.hub.url}/api/v1/ticket/issue`, {
      method: 'POST',
      headers: { authorization: `Bearer ${kiosk}`, 'content-type': 'text/plain' },
      body: 'A please',
    });
    expect(response.status).toBe(415);
  });

  it('a missing body → 400 validation', async () => {
    const answer = await t.api('POST', '/api/v1/ticket/issue', { token: kiosk });
    expect(answer.status).toBe(400);
    expect(errorOf(answer.body).code).toBe('validation');
  });

  it('unknown ids → 404', async () => {
    const agent = await t.agent('ag1');
    const ticket = await t.api('POST', '/api/v1/ticket/start', {
      token: agent,
      body: { ticketId: 'no-such-ticket' },
    });
    expect(ticket.status).toBe(404);
    expect(errorOf(ticket.body).code).toBe('not-found');
    const counter = await t.api('POST', '/api/v1/counter/open', {
      token: agent,
      body: { counterId: 'g99', agentId: 'ag1' },
    });
    expect(counter.status).toBe(404);
    const service = await t.api('POST', '/api/v1/ticket/issue', {
      token: kiosk,
      body: { ...issue, service: 'unknown-service' },
    });
    expect([404, 409]).toContain(service.status);
  });

  it('an unknown route → 404 pointing at the route list', async () => {
    const answer = await t.api('GET', '/api/v1/nope');
    expect(answer.status).toBe(404);
    expect(errorOf(answer.body)).toMatchObject({ code: 'route-not-found' });
    const index = await t.api('GET', '/api/v1');
    expect((index.body as { routes: string[] }).routes).toContain('POST /api/v1/ticket/issue');
  });

  it('a bad Idempotency-Key → 400', async () => {
    const answer = await t.api('POST', '/api/v1/ticket/issue', {
      token: kiosk,
      body: issue,
      headers: { 'idempotency-key': 'short' },
    });
    expect(answer.status).toBe(400);
    expect(errorOf(answer.body).message).toMatch(/Idempotency-Key/);
  });

  it('a domain refusal keeps its code and status', async () => {
    const answer = await t.api('POST', '/api/v1/ticket/issue', {
      token: kiosk,
      body: { ...issue, service: 'cni' },
    });
    expect(answer.status).toBe(409);
    expect(errorOf(answer.body).code).toBe('appointment-only');
  });
});
