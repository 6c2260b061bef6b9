import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from '../test-support/test-hub';

let t: TestHub;
let kiosk: string;
let otherKiosk: string;
let manager: string;
beforeAll(async () => {
  t = await startTestHub();
  kiosk = await t.device('kiosk');
  otherKiosk = await t.device('kiosk');
  manager = await t.agent('ag4', 'manager');
});
afterAll(() => t.close());

const issue = { service: 'iris', priority: false, channel: 'kiosk', language: 'fr' };
type Answer = { seq: number; events: { type: string; ticketId: string; number: string }[] };

async function issued(): Promise<number> {
  const state = await t.api('GET', '/api/v1/state', { token: manager });
  return Object.keys((state.body as { state: { tickets: object } }).state.tickets).length;
}

function send(token: string, key: string, body: unknown = issue) {
  return t.api('POST', '/api/v1/ticket/issue', {
    token,
    body,
    headers: { 'idempotency-key': key },
  });
}

describe('Idempotency-Key', () => {
  it('a retried request gets the first answer and makes no second ticket', async () => {
    const before = await issued();
    const first = await send(kiosk, 'retry-0001');
    const retry = await send(kiosk, 'retry-0001');
    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get('idempotency-replayed')).toBe('true');
    expect(first.headers.get('idempotency-replayed')).toBeNull();
    expect(await issued()).toBe(before + 1);
  });

  it('the same key with another body → 422', async () => {
    await send(kiosk, 'mismatch-0001');
    const other = await send(kiosk, 'mismatch-0001', { ...issue, priority: true });
    expect(other.status).toBe(422);
    expect((other.body as { error: { code: string } }).error.code).toBe('idempotency-mismatch');
  });

  it('the same body with its keys in another order is the same request', async () => {
    const first = await send(kiosk, 'order-0001', issue);
    const reordered = await send(kiosk, 'order-0001', {
      language: 'fr',
      channel: 'kiosk',
      priority: false,
      service: 'iris',
    });
    expect(reordered.body).toEqual(first.body);
  });

  it('concurrent requests with one key make one ticket', async () => {
    const before = await issued();
    const answers = await Promise.all(Array.from({ length: 25 }, () => send(kiosk, 'burst-0001')));
    const tickets = new Set(answers.map((a) => (a.body as Answer).events[0]?.ticketId));
    expect(answers.every((a) => a.status === 200)).toBe(true);
    expect(tickets.size).toBe(1);
    expect(await issued()).toBe(before + 1);
  });

  it('keys are scoped to the caller: two kiosks may pick the same key', async () => {
    const a = await send(kiosk, 'shared-0001');
    const b = await send(otherKiosk, 'shared-0001');
    expect((a.body as Answer).events[0]?.ticketId).not.toBe((b.body as Answer).events[0]?.ticketId);
  });

  it('a refusal is remembered too, so a retry does not change the answer', async () => {
    const refused = await send(kiosk, 'refused-0001', { ...issue, service: 'cni' });
    const again = await send(kiosk, 'refused-0001', { ...issue, service: 'cni' });
    expect(refused.status).toBe(409);
    expect(again.body).toEqual(refused.body);
    expect(again.headers.get('idempotency-replayed')).toBe('true');
  });
});
