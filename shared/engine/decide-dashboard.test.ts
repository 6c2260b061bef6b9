import { describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../demo/demo-site';
import { siteConfigSchema } from '../domain/site-config';
import { commandSchema } from './commands';
import type { Actor } from './context';
import { at, EngineHarness } from './engine-harness';
import { replay } from './evolve';
import { publicBoard } from './views/board';
import { counterQueue } from './views/counter-queue';

const config = demoSiteConfig();
const day = '2026-04-07';
const manager: Actor = { role: 'manager', agentId: 'mgr-1' };
const agent: Actor = { role: 'counter', agentId: 'agent-01' };

function morning() {
  const hub = new EngineHarness(config, at(day, '09:00'));
  const iris1 = hub.issue('iris');
  hub.advance(2);
  const ccas1 = hub.issue('ccas');
  hub.advance(3);
  const iris2 = hub.issue('iris');
  hub.advance(5);
  const ccas2 = hub.issue('ccas');
  hub.open('g1', 'agent-01', ['iris']);
  return { hub, iris1, ccas1, iris2, ccas2 };
}

const numbersAt = (hub: EngineHarness, counterId: string) =>
  counterQueue(hub.state, counterId, hub.now)?.entries.map((e) => e.number);

describe('tickets:move', () => {
  it('moves waiting tickets to another service where they keep their place', () => {
    const { hub, iris1, ccas1, iris2, ccas2 } = morning();
    const number = (id: string) => hub.ticket(id).number;
    expect(numbersAt(hub, 'g1')).toEqual([number(iris1), number(iris2)]);
    const events = hub.ok(
      { type: 'tickets:move', ticketIds: [ccas2, ccas1], to: { serviceId: 'iris' } },
      manager,
    );
    expect(events.map((e) => e.type)).toEqual(['ticket:transferred', 'ticket:transferred']);
    // The earlier arrival gets the earlier sequence number, whatever order they were sent in.
    expect(events.map((e) => (e.type === 'ticket:transferred' ? e.ticketId : ''))).toEqual([
      ccas1,
      ccas2,
    ]);
    // Arrivals 09:00, 09:02, 09:05, 09:10: the moved tickets slot in where they arrived.
    expect(numbersAt(hub, 'g1')).toEqual([iris1, ccas1, iris2, ccas2].map(number));
  });

  it('records nothing when retried, and reserves tickets for a counter', () => {
    const { hub, ccas1 } = morning();
    const move = { type: 'tickets:move', ticketIds: [ccas1], to: { serviceId: 'iris' } } as const;
    hub.ok(move, manager);
    const moved = Object.values(hub.state.tickets).find(
      (t) => t.state === 'waiting' && t.transferredFrom === ccas1,
    );
    expect(moved).toBeDefined();
    expect(hub.try({ ...move, ticketIds: [moved?.id ?? ''] }, manager)).toEqual({
      ok: true,
      events: [],
    });
    const [event] = hub.ok(
      { type: 'tickets:move', ticketIds: [moved?.id ?? ''], to: { counterId: 'g3' } },
      manager,
    );
    expect(event).toMatchObject({ type: 'ticket:transferred', reservedCounterId: 'g3' });
    expect(replay(hub.log)).toEqual(hub.state);
  });

  it('moves nothing when one ticket is no longer waiting, and says which', () => {
    const { hub, iris1, ccas1 } = morning();
    expect(hub.callNext('g1')).toBe(iris1);
    const refused = hub.try(
      { type: 'tickets:move', ticketIds: [ccas1, iris1], to: { serviceId: 'courrier' } },
      manager,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-state' } });
    expect(!refused.ok && refused.error.message).toMatch(/no longer waiting.*nothing was moved/u);
    expect(hub.ticket(ccas1).state).toBe('waiting');
    expect(
      hub.try({ type: 'tickets:move', ticketIds: [ccas1], to: { serviceId: 'nope' } }, manager),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(
      hub.try({ type: 'tickets:move', ticketIds: [ccas1], to: { counterId: 'g99' } }, manager),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('is for managers: an agent is refused', () => {
    const { hub, ccas1 } = morning();
    const refused = hub.try(
      { type: 'tickets:move', ticketIds: [ccas1], to: { serviceId: 'iris' } },
      agent,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(!refused.ok && refused.error.message).toContain('tickets:move');
  });

  it('takes 1 to 50 tickets', () => {
    const parse = (n: number) =>
      commandSchema.safeParse({
        type: 'tickets:move',
        ticketIds: Array.from({ length: n }, (_, i) => `t-${i}`),
        to: { serviceId: 'iris' },
      }).success;
    expect([parse(0), parse(1), parse(50), parse(51)]).toEqual([false, true, true, false]);
  });
});

describe('the displays message', () => {
  it('shows on the public board without its sender, and clears', () => {
    const { hub } = morning();
    const text = commandSchema.parse({ type: 'display:message', text: '  Fermeture à 12 h  ' });
    expect(hub.ok(text, manager)).toEqual([
      { type: 'display:message-set', at: hub.now, text: 'Fermeture à 12 h', by: 'mgr-1' },
    ]);
    expect(publicBoard(hub.state, hub.now).message).toEqual({
      text: 'Fermeture à 12 h',
      at: hub.now,
    });
    expect(JSON.stringify(publicBoard(hub.state, hub.now))).not.toContain('mgr-1');
    expect(hub.ok(text, manager)).toEqual([]);
    expect(hub.ok({ type: 'display:clear-message' }, manager)).toHaveLength(1);
    expect(publicBoard(hub.state, hub.now).message).toBeNull();
    expect(hub.ok({ type: 'display:clear-message' }, manager)).toEqual([]);
    expect(hub.try(text, agent)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('is 1 to 140 characters', () => {
    const ok = (text: string) => commandSchema.safeParse({ type: 'display:message', text }).success;
    expect([ok('   '), ok('a'.repeat(140)), ok('a'.repeat(141))]).toEqual([false, true, false]);
  });
});

describe('managers act on a counter left open', () => {
  it('pause and close it, and cancel a ticket', () => {
    const { hub, ccas1 } = morning();
    hub.ok({ type: 'counter:pause', counterId: 'g1', reason: 'left open' }, manager);
    hub.ok({ type: 'counter:close', counterId: 'g1' }, manager);
    expect(hub.state.counters['g1']?.status).toBe('closed');
    hub.ok({ type: 'ticket:cancel', ticketId: ccas1 }, manager);
    expect(hub.ticket(ccas1).state).toBe('cancelled');
  });
});

describe('condition alerts', () => {
  it('are raised by the hub one per subject, escalate once and clear as recovered', () => {
    const { hub } = morning();
    const raise = {
      type: 'alert:raise',
      kind: 'service-over-target',
      serviceId: 'iris',
      detail: 'Accueil: 25 min',
    } as const;
    expect(hub.ok(raise)).toMatchObject([
      { type: 'alert:raised', serviceId: 'iris', source: null },
    ]);
    expect(hub.ok(raise)).toEqual([]);
    expect(hub.ok({ ...raise, serviceId: 'ccas' })).toHaveLength(1);
    hub.advance(5);
    expect(hub.ok({ type: 'alert:escalate', alertId: 'alert-1' })).toEqual([
      { type: 'alert:escalated', at: hub.now, alertId: 'alert-1' },
    ]);
    expect(hub.state.alerts['alert-1']?.escalatedAt).toBe(hub.now);
    expect(hub.ok({ type: 'alert:escalate', alertId: 'alert-1' })).toEqual([]);
    expect(hub.ok({ type: 'alert:clear', alertId: 'alert-1' })).toEqual([
      { type: 'alert:resolved', at: hub.now, alertId: 'alert-1', reason: 'recovered' },
    ]);
    expect(hub.ok({ type: 'alert:clear', alertId: 'alert-1' })).toEqual([]);
    expect(replay(hub.log)).toEqual(hub.state);
  });

  it('cannot be raised, escalated or cleared by anyone but the hub', () => {
    const { hub } = morning();
    const kiosk: Actor = { role: 'kiosk', deviceId: 'k1', deviceLabel: 'Borne' };
    expect(
      hub.try({ type: 'alert:raise', kind: 'service-over-target', serviceId: 'iris' }, kiosk),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(
      hub.try({ type: 'alert:raise', kind: 'help-requested', ticketId: 'x' }, kiosk),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    hub.ok({ type: 'alert:raise', kind: 'help-requested' }, kiosk);
    for (const type of ['alert:escalate', 'alert:clear'] as const)
      expect(hub.try({ type, alertId: 'alert-1' }, manager)).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
  });
});

describe('alert thresholds in the site configuration', () => {
  it('default when absent and explain what is wrong', () => {
    expect(config.alerts).toEqual({
      deviceSilentSeconds: 90,
      counterPausedMinutes: 20,
      syncBehindMinutes: 10,
      escalateAfterMinutes: 5,
      muteMinutes: 10,
    });
    const bad = siteConfigSchema.safeParse({ ...config, alerts: { deviceSilentSeconds: 5 } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['alerts', 'deviceSilentSeconds']);
    const services = config.services.map((s) =>
      s.code === 'iris' ? { ...s, alertWaitMinutes: 0 } : s,
    );
    expect(siteConfigSchema.safeParse({ ...config, services }).error?.issues[0]?.path).toEqual([
      'services',
      0,
      'alertWaitMinutes',
    ]);
  });
});
