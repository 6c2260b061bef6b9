import type { KioskWorld } from './kiosk-world';

// The hub's API as a counter agent uses it (what the counter console sends): log in,
// open a counter, call a ticket, serve it. Enough to move a ticket along its states.

interface CommandAnswer {
  events: { type: string }[];
}

export interface CounterAgent {
  call(ticketId: string): Promise<void>;
  start(ticketId: string): Promise<void>;
  finish(ticketId: string): Promise<void>;
}

const agentId = 'ag1';
const counterId = 'g1';

/** Gives agent `ag1` a password, logs them in and opens counter `g1` (Guichet 1). */
export async function openCounter(world: KioskWorld): Promise<CounterAgent> {
  const password = 'mot de passe du guichet des tests';
  const expectOk = async <T>(answer: Promise<{ status: number; body: T }>, what: string) => {
    const { status, body } = await answer;
    if (status >= 300) throw new Error(`${what} failed (${status}): ${JSON.stringify(body)}`);
    return body;
  };
  await expectOk(
    world.api('PUT', `/api/v1/agents/${agentId}/credential`, { role: 'counter', password }),
    'agent credential',
  );
  const { token } = await expectOk(
    world.api<{ token: string }>('POST', '/api/v1/auth/login', { agentId, password }, ''),
    'agent login',
  );
  const command = (type: string, body: Record<string, unknown>) =>
    expectOk(
      world.api<CommandAnswer>('POST', `/api/v1/${type.replace(':', '/')}`, body, token),
      type,
    ).then(() => undefined);
  await command('counter:open', { counterId, agentId });
  return {
    call: (ticketId) => command('counter:call-ticket', { counterId, ticketId }),
    start: (ticketId) => command('ticket:start', { ticketId }),
    finish: (ticketId) => command('ticket:finish', { ticketId, outcome: 'answered' }),
  };
}
