import { describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../../../shared/demo';
import { at, EngineHarness } from '../../../shared/engine/engine-harness';
import { activeTicketByNumber, normalizeTicketNumber } from './ticket-lookup';

describe('finding a ticket by the number the visitor reads out', () => {
  it('accepts the ways an agent types it', () => {
    for (const typed of ['A012', 'a12', ' A 12 ', 'a-012', 'A0012'])
      expect(normalizeTicketNumber(typed), typed).toBe('A012');
    expect(normalizeTicketNumber('CA7')).toBe('CA007');
    for (const typed of ['', '12', 'A', 'A0', 'ABC1', 'A1234', 'A12;'])
      expect(normalizeTicketNumber(typed), typed).toBeUndefined();
  });

  it('finds the ticket holding the number now, following a transfer; none once closed', () => {
    const engine = new EngineHarness(demoSiteConfig(), at('2026-04-07', '09:00'));
    const first = engine.issue('iris');
    engine.open('g1', 'agent-01');
    engine.callNext('g1');
    engine.ok({ type: 'ticket:transfer', ticketId: first, to: { service: 'courrier' } });
    const continued = engine.ticket(first).transferredTo;
    expect(continued).toBeDefined();
    expect(activeTicketByNumber(engine.state, 'a1')).toBe(continued);
    engine.ok({ type: 'ticket:cancel', ticketId: continued! });
    expect(activeTicketByNumber(engine.state, 'A001')).toBeUndefined();
    expect(activeTicketByNumber(engine.state, 'Z999')).toBeUndefined();
  });
});
