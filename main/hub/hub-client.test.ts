import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandPath, commandTypes } from '../../shared/contracts/commands';
import { createHubClient, HubApiError } from '../../shared/contracts/hub-client';
import { hubRoutes } from '../../shared/contracts/routes';
import { speechRoutes } from '../../shared/contracts/speech';
import { adminPassword, startTestHub, type TestHub } from './test-support/test-hub';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t.close());

const client = (token?: string) =>
  createHubClient({
    baseUrl: t.hub.url,
    fetch: (url, init) => fetch(url, init),
    token: () => token,
    newIdempotencyKey: randomUUID,
  });

describe('the typed hub client, against a real hub', () => {
  it('every route of the contract is served, and nothing else', async () => {
    const { routes } = await client()
      .health()
      .then(() => t.api('GET', '/api/v1'))
      .then((a) => a.body as { routes: string[] });
    const declared = [
      ...[...Object.values(hubRoutes), ...Object.values(speechRoutes)].map(
        (r) => `${r.method} ${r.path}`,
      ),
      ...commandTypes.map((type) => `POST ${commandPath(type)}`),
      'GET /api/v1/events (WebSocket)',
    ].sort();
    expect(routes).toEqual(declared);
  });

  it('drives a visit from enrolment to the end of the call', async () => {
    const admin = await client().login({ agentId: 'admin', password: adminPassword });
    const asAdmin = client(admin.token);
    const { code } = await asAdmin.createEnrolmentCode({ role: 'kiosk', label: 'Hall' });
    const kiosk = client((await client().enrol({ code })).token);
    expect((await kiosk.whoAmI()).role).toBe('kiosk');

    const issued = await kiosk.command('ticket:issue', {
      service: 'iris',
      priority: true,
      channel: 'kiosk',
      language: 'fr',
    });
    const ticket = issued.events[0];
    if (ticket?.type !== 'ticket:issued') throw new Error('no ticket issued');
    const status = await client().ticketStatus(ticket.token);
    expect(status).toMatchObject({ number: ticket.number, state: 'waiting', position: 1 });
    expect((await kiosk.availability()).services.find((s) => s.service === 'iris')?.available).toBe(
      true,
    );

    await asAdmin.setAgentCredential('ag1', { role: 'counter', password: 'agent one password' });
    const agent = client(
      (await client().login({ agentId: 'ag1', password: 'agent one password' })).token,
    );
    await agent.command('counter:open', { counterId: 'g1', agentId: 'ag1' });
    expect((await agent.counterQueue('g1')).entries[0]?.ticketId).toBe(ticket.ticketId);
    const called = await agent.command(
      'counter:call-next',
      { counterId: 'g1' },
      { idempotencyKey: 'call-g1-0001' },
    );
    const again = await agent.command(
      'counter:call-next',
      { counterId: 'g1' },
      { idempotencyKey: 'call-g1-0001' },
    );
    expect(again).toEqual(called);
    expect((await kiosk.board()).calls[0]).toMatchObject({
      number: ticket.number,
      counterId: 'g1',
    });
    await agent.command('ticket:start', { ticketId: ticket.ticketId });
    await agent.command('ticket:finish', { ticketId: ticket.ticketId, outcome: 'answered' });
    expect((await agent.ticket(ticket.ticketId)).state).toBe('done');
  });

  it('turns refusals into HubApiError with the code and status', async () => {
    const anonymous = client();
    const error = await anonymous.board().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HubApiError);
    expect(error).toMatchObject({ status: 401, code: 'unauthenticated' });
    const display = client(await t.device('display'));
    await expect(
      display.command('ticket:issue', {
        service: 'iris',
        priority: false,
        channel: 'kiosk',
        language: 'fr',
      }),
    ).rejects.toMatchObject({ status: 403, code: 'forbidden' });
  });
});
