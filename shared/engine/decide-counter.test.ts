import { describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../demo/demo-site';
import { at, EngineHarness } from './engine-harness';

const config = demoSiteConfig();
const start = at('2026-04-07', '09:00');

describe('counter sessions', () => {
  it('opens with the services both the counter and the agent serve', () => {
    const hub = new EngineHarness(config, start);
    hub.open('g3', 'agent-01'); // g3: iris, courrier, ccas; agent-01: iris, courrier
    expect(hub.state.counters.g3).toMatchObject({
      status: 'open',
      agentId: 'agent-01',
      services: ['iris', 'courrier'],
    });
  });

  it('refuses a second agent at an open counter, with a clear message', () => {
    const hub = new EngineHarness(config, start);
    hub.open('g1', 'agent-01');
    const second = hub.try({
      type: 'counter:open',
      counterId: 'g1',
      agentId: 'agent-02',
      services: [],
    });
    expect(second).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { agentId: 'agent-01' } },
    });
    expect(second.ok ? '' : second.error.message).toMatch(
      /Guichet 1 is already open by agent agent-01/,
    );
  });

  it('refuses an agent already at another counter', () => {
    const hub = new EngineHarness(config, start);
    hub.open('g1', 'agent-01');
    expect(
      hub.try({ type: 'counter:open', counterId: 'g2', agentId: 'agent-01', services: [] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { counterId: 'g1' } },
    });
  });

  it('refuses services outside the counter or the agent, and unknown ids', () => {
    const hub = new EngineHarness(config, start);
    expect(
      hub.try({ type: 'counter:open', counterId: 'g1', agentId: 'agent-01', services: ['ccas'] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation', details: { refused: ['ccas'] } },
    });
    expect(
      hub.try({ type: 'counter:open', counterId: 'g4', agentId: 'agent-01', services: [] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(
      hub.try({ type: 'counter:open', counterId: 'g99', agentId: 'agent-01', services: [] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(
      hub.try({ type: 'counter:open', counterId: 'g1', agentId: 'agent-99', services: [] }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('lets an agent act only as themselves and on their own counter', () => {
    const hub = new EngineHarness(config, start);
    const agent1 = { role: 'counter' as const, agentId: 'agent-01' };
    expect(
      hub.try({ type: 'counter:open', counterId: 'g1', agentId: 'agent-02', services: [] }, agent1),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    hub.ok({ type: 'counter:open', counterId: 'g1', agentId: 'agent-01', services: [] }, agent1);
    hub.ok(
      { type: 'counter:open', counterId: 'g2', agentId: 'agent-02', services: [] },
      { role: 'counter', agentId: 'agent-02' },
    );
    expect(
      hub.try({ type: 'counter:pause', counterId: 'g2', reason: 'break' }, agent1),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      hub.try({ type: 'counter:pause', counterId: 'g2', reason: 'break' }, { role: 'manager' }).ok,
    ).toBe(true);
  });

  it('pauses with a reason, refuses calls while paused, and resumes', () => {
    const hub = new EngineHarness(config, start);
    hub.open('g1', 'agent-01');
    hub.issue('iris');
    hub.ok({ type: 'counter:pause', counterId: 'g1', reason: 'Pause déjeuner' });
    expect(hub.state.counters.g1).toMatchObject({
      status: 'paused',
      pauseReason: 'Pause déjeuner',
      pausedAt: start,
    });
    expect(hub.try({ type: 'counter:call-next', counterId: 'g1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-state' },
    });
    expect(hub.try({ type: 'counter:pause', counterId: 'g1', reason: 'again' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-state' },
    });
    hub.ok({ type: 'counter:resume', counterId: 'g1' });
    expect(hub.try({ type: 'counter:resume', counterId: 'g1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-state' },
    });
    expect(hub.callNext('g1')).toBeTruthy();
  });

  it('refuses to close while a visitor is at the counter, then closes', () => {
    const hub = new EngineHarness(config, start);
    hub.open('g1', 'agent-01');
    hub.issue('iris');
    const id = hub.callNext('g1');
    expect(hub.try({ type: 'counter:close', counterId: 'g1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-state', details: { ticketId: id } },
    });
    hub.ok({ type: 'ticket:no-show', ticketId: id });
    hub.ok({ type: 'counter:close', counterId: 'g1' });
    expect(hub.state.counters.g1?.status).toBe('closed');
    expect(hub.try({ type: 'counter:close', counterId: 'g1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-state' },
    });
    expect(hub.try({ type: 'counter:call-next', counterId: 'g1' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-state' },
    });
  });
});
