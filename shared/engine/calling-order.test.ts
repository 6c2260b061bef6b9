import { describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../demo/demo-site';
import type { CallingPolicy } from '../domain/calling-policy';
import type { SiteConfig } from '../domain/site-config';
import { at, EngineHarness } from './engine-harness';

const demo = demoSiteConfig();
const day = '2026-04-07';

function withPolicy(policy: Partial<CallingPolicy>): SiteConfig {
  return { ...demo, callingPolicy: { ...demo.callingPolicy, ...policy } };
}

/** Issues tickets one minute apart: 'n' normal, 'p' priority, for a service. */
function queue(hub: EngineHarness, pattern: string, service = 'iris'): string[] {
  return [...pattern].map((kind) => {
    const id = hub.issue(service, { priority: kind === 'p' });
    hub.advance(1);
    return id;
  });
}

function callAll(hub: EngineHarness, counterId: string): string[] {
  const numbers: string[] = [];
  for (;;) {
    const decision = hub.try({ type: 'counter:call-next', counterId });
    if (!decision.ok) break;
    const [event] = decision.events;
    if (event?.type !== 'ticket:called') break;
    numbers.push(
      hub.ticket(event.ticketId).number + (hub.ticket(event.ticketId).priority ? 'p' : ''),
    );
    hub.ok({ type: 'ticket:finish', ticketId: event.ticketId, outcome: 'resolved' });
  }
  return numbers;
}

describe('calling policies', () => {
  it('calls first come, first served within a class', () => {
    const hub = new EngineHarness(withPolicy({ priority: { mode: 'none' } }), at(day, '09:00'));
    queue(hub, 'nnpn');
    hub.open('g1', 'agent-01');
    expect(callAll(hub, 'g1')).toEqual(['A001', 'A002', 'A003p', 'A004']);
  });

  it('interleaves 2 normal : 1 priority, starting with a waiting priority ticket', () => {
    const hub = new EngineHarness(demo, at(day, '09:00'));
    queue(hub, 'nnnnnpppp');
    hub.open('g1', 'agent-01');
    expect(callAll(hub, 'g1')).toEqual([
      'A006p',
      'A001',
      'A002',
      'A007p',
      'A003',
      'A004',
      'A008p',
      'A005',
      'A009p',
    ]);
  });

  it('calls priority tickets first under the strict policy', () => {
    const hub = new EngineHarness(withPolicy({ priority: { mode: 'strict' } }), at(day, '09:00'));
    queue(hub, 'nnpnp');
    hub.open('g1', 'agent-01');
    expect(callAll(hub, 'g1')).toEqual(['A003p', 'A005p', 'A001', 'A002', 'A004']);
  });

  it('takes the longest wait across a counter’s services, or follows the counter’s order', () => {
    const issueBoth = (hub: EngineHarness) => {
      hub.issue('courrier');
      hub.advance(1);
      hub.issue('iris');
      hub.advance(1);
      hub.issue('courrier');
    };
    const longest = new EngineHarness(withPolicy({ priority: { mode: 'none' } }), at(day, '09:00'));
    issueBoth(longest);
    longest.open('g1', 'agent-01');
    expect(callAll(longest, 'g1')).toEqual(['C001', 'A001', 'C002']);
    const ordered = new EngineHarness(
      withPolicy({ priority: { mode: 'none' }, acrossServices: 'counter-order' }),
      at(day, '09:00'),
    );
    issueBoth(ordered);
    ordered.open('g1', 'agent-01', ['iris', 'courrier']);
    expect(callAll(ordered, 'g1')).toEqual(['A001', 'C001', 'C002']);
  });

  it('calls appointments first once they are due, in order of their time', () => {
    const hub = new EngineHarness(demo, at(day, '09:00'));
    hub.ok({
      type: 'appointments:load',
      date: day,
      appointments: [
        {
          id: 'a-late',
          service: 'ccas',
          start: at(day, '09:45'),
          bookingCode: 'LATE01',
          status: 'booked',
        },
        {
          id: 'a-soon',
          service: 'ccas',
          start: at(day, '09:30'),
          bookingCode: 'SOON01',
          status: 'booked',
        },
        {
          id: 'a-far',
          service: 'ccas',
          start: at(day, '09:50'),
          bookingCode: 'FAR001',
          status: 'booked',
        },
      ],
    });
    hub.issue('ccas');
    hub.advance(1);
    hub.now = at(day, '09:20');
    hub.ok({ type: 'appointment:check-in', reference: 'LATE01' });
    hub.ok({ type: 'appointment:check-in', reference: 'SOON01' });
    hub.ok({ type: 'appointment:check-in', reference: 'FAR001' });
    hub.issue('ccas');
    hub.open('g7', 'agent-07');
    // 09:40: "soon" (09:30) and "late" (09:45, within the 5-minute lead) are due; "far"
    // (09:50) is not yet and waits as an ordinary ticket, in arrival order.
    hub.now = at(day, '09:40');
    expect(callAll(hub, 'g7')).toEqual(['K003', 'K002', 'K001', 'K004', 'K005']);
  });

  it('calls a specific ticket and refuses one another counter already called', () => {
    const hub = new EngineHarness(demo, at(day, '09:00'));
    const [first, second] = queue(hub, 'nn');
    hub.open('g1', 'agent-01');
    hub.open('g2', 'agent-02');
    hub.ok({ type: 'counter:call-ticket', counterId: 'g1', ticketId: second ?? '' });
    expect(hub.ticket(second ?? '')).toMatchObject({ state: 'called', counterId: 'g1' });
    expect(
      hub.try({ type: 'counter:call-ticket', counterId: 'g2', ticketId: second ?? '' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict', details: { counterId: 'g1' } },
    });
    expect(hub.callNext('g2')).toBe(first);
    expect(hub.try({ type: 'counter:call-next', counterId: 'g2' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-state' },
    });
  });

  it('refuses a specific ticket of a service the counter does not serve', () => {
    const hub = new EngineHarness(demo, at(day, '09:00'));
    const ccas = hub.issue('ccas');
    hub.open('g1', 'agent-01');
    expect(hub.try({ type: 'counter:call-ticket', counterId: 'g1', ticketId: ccas })).toMatchObject(
      {
        ok: false,
        error: { code: 'invalid-state' },
      },
    );
    expect(
      hub.try({ type: 'counter:call-ticket', counterId: 'g1', ticketId: 'nope' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('says when nobody waits', () => {
    const hub = new EngineHarness(demo, at(day, '09:00'));
    hub.open('g1', 'agent-01');
    expect(hub.try({ type: 'counter:call-next', counterId: 'g1' })).toMatchObject({
      ok: false,
      error: { code: 'queue-empty' },
    });
  });
});
