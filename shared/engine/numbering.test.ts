import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../demo/demo-site';
import { activeTicketStates } from '../domain/ticket';
import { formatTicketNumber, ticketNumberValue } from './numbering';
import type { QueueState } from './state';
import { at, EngineHarness } from './engine-harness';

const config = demoSiteConfig();

describe('ticket numbers', () => {
  it('formats and reads display numbers', () => {
    expect(formatTicketNumber('A', 7)).toBe('A007');
    expect(formatTicketNumber('CN', 999)).toBe('CN999');
    expect(ticketNumberValue('CN042')).toBe(42);
  });

  // A busy site: 985 IRIS tickets given today, all closed but every 40th, which still wait.
  const base = new EngineHarness(config, at('2026-04-07', '08:30'));
  base.open('g1', 'agent-01');
  const ids = Array.from({ length: 985 }, () => base.issue('iris', { channel: 'counter' }));
  ids.forEach((id, index) => {
    if (index % 40 !== 0) base.ok({ type: 'ticket:cancel', ticketId: id });
  });
  const snapshot = JSON.stringify(base.state);

  function activeNumbersAreUnique(state: QueueState): boolean {
    const numbers = Object.values(state.tickets)
      .filter((t) => activeTicketStates.has(t.state))
      .map((t) => t.number);
    return new Set(numbers).size === numbers.length;
  }

  it('never gives an active ticket’s number to another, through wrap-around and new days', () => {
    const action = fc.record({
      kind: fc.constantFrom('issue', 'issue', 'issue', 'cancel', 'serve', 'next-day'),
      pick: fc.nat(10_000),
    });
    fc.assert(
      fc.property(fc.array(action, { minLength: 10, maxLength: 80 }), (actions) => {
        const hub = new EngineHarness(null, base.now);
        hub.state = JSON.parse(snapshot) as QueueState;
        for (const { kind, pick } of actions) {
          const active = Object.values(hub.state.tickets).filter((t) => t.state === 'waiting');
          const target = active[pick % Math.max(active.length, 1)];
          if (kind === 'issue') {
            hub.try({
              type: 'ticket:issue',
              service: pick % 3 ? 'iris' : 'courrier',
              priority: false,
              channel: 'counter',
              language: 'fr',
            });
          } else if (kind === 'cancel' && target) {
            hub.ok({ type: 'ticket:cancel', ticketId: target.id });
          } else if (kind === 'serve') {
            const called = hub.try({ type: 'counter:call-next', counterId: 'g1' });
            const event = called.ok ? called.events[0] : undefined;
            if (event?.type === 'ticket:called')
              hub.ok({ type: 'ticket:finish', ticketId: event.ticketId, outcome: 'resolved' });
          } else if (kind === 'next-day') {
            hub.advance(24 * 60); // yesterday's waiting tickets keep their numbers
            hub.try({ type: 'counter:open', counterId: 'g1', agentId: 'agent-01', services: [] });
          }
          if (!activeNumbersAreUnique(hub.state)) return false;
        }
        return true;
      }),
      { numRuns: 40 },
    );
  });
});
