import { describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../demo/demo-site';
import { siteConfigSchema } from '../domain/site-config';
import { serviceAvailability } from './availability';
import type { Command } from './commands';
import { at, EngineHarness } from './engine-harness';
import type { ConfiguredState } from './support';
import { serviceWaitEstimate } from './views/estimate';

const config = demoSiteConfig();
const tuesday = at('2026-04-07', '09:00');

describe('ticket:issue', () => {
  it('numbers tickets per service from 001, with an opaque token and the arrival time', () => {
    const hub = new EngineHarness(config, tuesday);
    const first = hub.issue('iris');
    const second = hub.issue('iris', { priority: true });
    const mail = hub.issue('courrier');
    expect([first, second, mail].map((id) => hub.ticket(id).number)).toEqual([
      'A001',
      'A002',
      'C001',
    ]);
    expect(hub.ticket(second)).toMatchObject({
      priority: true,
      state: 'waiting',
      token: 'token-2',
      arrivedAt: tuesday,
    });
    expect(new Set([first, second, mail]).size).toBe(3);
  });

  it('records in ticket:issued the wait the service showed, for measuring estimates later', () => {
    const hub = new EngineHarness(config, tuesday);
    const before = hub.issue('iris'); // no counter open: no estimate
    hub.open('g1', 'agent-01', ['iris']);
    hub.issue('iris');
    // What the kiosk's IRIS button shows at this moment (two waiting, one open counter).
    const shown = serviceWaitEstimate(hub.state as ConfiguredState, 'iris', hub.now).minutes;
    expect(shown).toBeGreaterThanOrEqual(12);
    const [issued] = hub.ok({
      type: 'ticket:issue',
      service: 'iris',
      priority: false,
      channel: 'kiosk',
      language: 'fr',
    });
    expect(issued).toMatchObject({ type: 'ticket:issued', estimateMinutes: shown });
    expect(hub.ticket(before).estimateMinutes).toBeNull();
  });

  it('restarts numbering the next day and keeps ids unique', () => {
    const hub = new EngineHarness(config, tuesday);
    const today = hub.issue('iris');
    hub.ok({ type: 'day:end' });
    hub.now = at('2026-04-08', '09:00');
    const tomorrow = hub.issue('iris');
    expect(hub.ticket(tomorrow).number).toBe('A001');
    expect(tomorrow).not.toBe(today);
  });

  it('wraps around after 999 without giving a number still held by an active ticket', () => {
    const hub = new EngineHarness(config, tuesday);
    const ids = Array.from({ length: 999 }, () => hub.issue('iris', { channel: 'counter' }));
    // Free A002 and A004 only: the next tickets get exactly those numbers.
    for (const id of [ids[1], ids[3]]) hub.ok({ type: 'ticket:cancel', ticketId: id ?? '' });
    expect(hub.ticket(hub.issue('iris', { channel: 'counter' })).number).toBe('A002');
    expect(hub.ticket(hub.issue('iris', { channel: 'counter' })).number).toBe('A004');
    const refused = hub.try({
      type: 'ticket:issue',
      service: 'iris',
      priority: false,
      channel: 'counter',
      language: 'fr',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'full' } });
  });

  it('refuses an unknown service, an appointment-only one and a language not offered', () => {
    const hub = new EngineHarness(config, tuesday);
    const issue = (service: string, language = 'fr') =>
      hub.try({ type: 'ticket:issue', service, priority: false, channel: 'kiosk', language });
    expect(issue('tax-office')).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(issue('cni-passeport')).toMatchObject({
      ok: false,
      error: {
        code: 'appointment-only',
        details: { bookingUrl: expect.stringContaining('cni-passeport') },
      },
    });
    expect(issue('iris', 'de')).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('refuses when closed and says when the service opens next', () => {
    const hub = new EngineHarness(config, at('2026-04-05', '10:00')); // Sunday
    const decision = hub.try({
      type: 'ticket:issue',
      service: 'iris',
      priority: false,
      channel: 'kiosk',
      language: 'en',
    });
    expect(decision).toMatchObject({
      ok: false,
      error: { code: 'closed', details: { nextOpening: at('2026-04-07', '08:30') } },
    });
  });

  it('stops walk-ins at the cut-off before closing, except for staff channels', () => {
    const hub = new EngineHarness(config, at('2026-04-07', '17:50')); // IRIS cut-off: 15 min
    const kiosk = hub.try({
      type: 'ticket:issue',
      service: 'iris',
      priority: false,
      channel: 'kiosk',
      language: 'fr',
    });
    expect(kiosk).toMatchObject({
      ok: false,
      error: { code: 'past-cut-off', details: { closesAt: at('2026-04-07', '18:00') } },
    });
    expect(
      hub.try({
        type: 'ticket:issue',
        service: 'iris',
        priority: false,
        channel: 'counter',
        language: 'fr',
      }).ok,
    ).toBe(true);
  });

  it('stops walk-ins at the daily cap; appointment tickets do not count', () => {
    const hub = new EngineHarness(config, at('2026-04-07', '09:00'));
    for (let i = 0; i < 15; i += 1) hub.issue('ccas');
    expect(serviceAvailability(hub.state, 'ccas', hub.now)).toMatchObject({
      available: false,
      reason: 'full',
    });
    const refused = hub.try({
      type: 'ticket:issue',
      service: 'ccas',
      priority: false,
      channel: 'mobile',
      language: 'fr',
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'full' } });
  });

  it('reports availability with what is left under the cap', () => {
    const hub = new EngineHarness(config, at('2026-04-07', '09:00'));
    hub.issue('ccas');
    expect(serviceAvailability(hub.state, 'ccas', hub.now)).toMatchObject({
      available: true,
      remaining: 14,
      closesAt: at('2026-04-07', '12:00'),
      cutOffAt: at('2026-04-07', '11:30'),
    });
    expect(serviceAvailability(hub.state, 'nope', hub.now)).toEqual({
      available: false,
      reason: 'unknown',
    });
  });

  it('refuses every command before a configuration is loaded, and display roles always', () => {
    const hub = new EngineHarness(null, tuesday);
    expect(
      hub.try({
        type: 'ticket:issue',
        service: 'iris',
        priority: false,
        channel: 'kiosk',
        language: 'fr',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-configured' },
    });
    hub.ok({ type: 'config:replace', config });
    const asDisplay = hub.try(
      { type: 'ticket:issue', service: 'iris', priority: false, channel: 'kiosk', language: 'fr' },
      { role: 'display' },
    );
    expect(asDisplay).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const unknown = hub.try({ type: 'ticket:print' } as unknown as Command);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'validation' } });
    const asKiosk = hub.try({ type: 'config:replace', config }, { role: 'kiosk' });
    expect(asKiosk).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('config:replace', () => {
  it('refuses to remove an open counter or a service with active tickets', () => {
    const hub = new EngineHarness(config, tuesday);
    hub.open('g1', 'agent-01');
    const withoutG1 = siteConfigSchema.parse({
      ...config,
      counters: config.counters.filter((c) => c.id !== 'g1'),
    });
    expect(hub.try({ type: 'config:replace', config: withoutG1 })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    hub.issue('courrier');
    const withoutMail = siteConfigSchema.parse({
      ...config,
      services: config.services.filter((s) => s.code !== 'courrier'),
      counters: config.counters.map((c) => ({
        ...c,
        services: c.services.filter((s) => s !== 'courrier'),
      })),
      agents: config.agents.map((a) => ({
        ...a,
        services: a.services.filter((s) => s !== 'courrier'),
      })),
    });
    expect(hub.try({ type: 'config:replace', config: withoutMail })).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { service: 'courrier' } },
    });
  });

  it('replaces the configuration and keeps the queue', () => {
    const hub = new EngineHarness(config, tuesday);
    const id = hub.issue('iris');
    const renamed = siteConfigSchema.parse({ ...config, recallLimit: 4 });
    hub.ok({ type: 'config:replace', config: renamed });
    expect(hub.state.config?.recallLimit).toBe(4);
    expect(hub.ticket(id).state).toBe('waiting');
  });
});
