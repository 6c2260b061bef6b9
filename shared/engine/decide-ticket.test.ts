import { describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../demo/demo-site';
import { NOTE_MAX_LENGTH } from '../domain/primitives';
import { commandSchema } from './commands';
import type { Actor } from './context';
import { staleDay } from './decide-day';
import { replay } from './evolve';
import { dayReport } from './views/day-report';
import { at, EngineHarness } from './engine-harness';

const config = demoSiteConfig();
const day = '2026-04-07';

function calledAtG1(): { hub: EngineHarness; id: string } {
  const hub = new EngineHarness(config, at(day, '09:00'));
  hub.issue('iris');
  hub.open('g1', 'agent-01');
  return { hub, id: hub.callNext('g1') };
}

describe('recall and no-show', () => {
  it('recalls up to the limit, then marks the visitor as a no-show', () => {
    const { hub, id } = calledAtG1();
    expect(hub.ok({ type: 'ticket:recall', ticketId: id })[0]).toMatchObject({
      type: 'ticket:recalled',
      recalls: 1,
    });
    expect(hub.ok({ type: 'ticket:recall', ticketId: id })[0]).toMatchObject({
      type: 'ticket:recalled',
      recalls: 2,
    });
    expect(hub.ok({ type: 'ticket:recall', ticketId: id })[0]).toMatchObject({
      type: 'ticket:marked-no-show',
      reason: 'recall-limit',
    });
    expect(hub.ticket(id)).toMatchObject({ state: 'no-show', closeReason: 'recall-limit' });
    expect(hub.state.counters.g1?.currentTicketId).toBeUndefined();
    expect(hub.state.recentCalls.map((c) => c.recall)).toEqual([true, true, false]);
  });

  it('marks a called visitor as a no-show, but not one being served', () => {
    const { hub, id } = calledAtG1();
    hub.ok({ type: 'ticket:start', ticketId: id });
    expect(hub.try({ type: 'ticket:no-show', ticketId: id })).toMatchObject({
      ok: false,
      error: { code: 'invalid-state' },
    });
    expect(hub.try({ type: 'ticket:recall', ticketId: id })).toMatchObject({
      ok: false,
      error: { code: 'invalid-state' },
    });
    const other = calledAtG1();
    other.hub.ok({ type: 'ticket:no-show', ticketId: other.id });
    expect(other.hub.ticket(other.id)).toMatchObject({ state: 'no-show', closeReason: 'no-show' });
  });
});

describe('start, finish and cancel', () => {
  it('finishes with an outcome code and a factual note', () => {
    const { hub, id } = calledAtG1();
    hub.ok({ type: 'ticket:start', ticketId: id });
    hub.advance(7);
    expect(hub.try({ type: 'ticket:finish', ticketId: id, outcome: 'magic' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    hub.ok({
      type: 'ticket:finish',
      ticketId: id,
      outcome: 'redirected',
      note: 'Orienté vers la CAF.',
    });
    expect(hub.ticket(id)).toMatchObject({
      state: 'done',
      outcome: 'redirected',
      note: 'Orienté vers la CAF.',
    });
    expect(hub.state.serviceTimes.iris).toEqual([7 * 60_000]);
    expect(hub.try({ type: 'ticket:start', ticketId: id })).toMatchObject({
      ok: false,
      error: { code: 'invalid-state' },
    });
  });

  it('caps notes in the command schema', () => {
    const long = commandSchema.safeParse({
      type: 'ticket:finish',
      ticketId: 'x',
      outcome: 'resolved',
      note: 'a'.repeat(NOTE_MAX_LENGTH + 1),
    });
    expect(long.success).toBe(false);
    const unknownField = commandSchema.safeParse({
      type: 'ticket:start',
      ticketId: 'x',
      reason: 'disability',
    });
    expect(unknownField.success).toBe(false);
  });

  it('cancels a waiting ticket and frees its number; a served one must be finished', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    const waiting = hub.issue('iris');
    hub.ok({ type: 'ticket:cancel', ticketId: waiting });
    expect(hub.ticket(waiting).state).toBe('cancelled');
    expect(hub.state.activeNumbers.A001).toBeUndefined();
    const { hub: other, id } = calledAtG1();
    other.ok({ type: 'ticket:start', ticketId: id });
    expect(other.try({ type: 'ticket:cancel', ticketId: id })).toMatchObject({
      ok: false,
      error: { code: 'invalid-state' },
    });
  });

  it('refuses an agent acting on a ticket at another agent’s counter', () => {
    const { hub, id } = calledAtG1();
    expect(
      hub.try({ type: 'ticket:start', ticketId: id }, { role: 'counter', agentId: 'agent-02' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(
      hub.try({ type: 'ticket:start', ticketId: id }, { role: 'counter', agentId: 'agent-01' }).ok,
    ).toBe(true);
  });
});

describe('ticket:transfer', () => {
  it('moves the visitor to another service with the same number, token and place', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    const visitor = hub.issue('iris');
    hub.advance(10);
    const later = hub.issue('ccas');
    hub.open('g1', 'agent-01');
    hub.callNext('g1');
    hub.ok({ type: 'ticket:start', ticketId: visitor });
    hub.advance(3);
    const [event] = hub.ok({
      type: 'ticket:transfer',
      ticketId: visitor,
      to: { service: 'ccas' },
      note: 'Demande d’aide',
    });
    const next = event?.type === 'ticket:transferred' ? event.newTicketId : '';
    expect(hub.ticket(visitor)).toMatchObject({ state: 'transferred', transferredTo: next });
    expect(hub.ticket(next)).toMatchObject({
      number: 'A001',
      service: 'ccas',
      token: hub.ticket(visitor).token,
      arrivedAt: at(day, '09:00'),
      state: 'waiting',
      transferredFrom: visitor,
      visitId: visitor,
    });
    expect(hub.state.counters.g1?.currentTicketId).toBeUndefined();
    hub.open('g7', 'agent-07');
    // Arrived at 09:00, before the CCAS walk-in of 09:10: called first.
    expect(hub.callNext('g7')).toBe(next);
    hub.ok({ type: 'ticket:finish', ticketId: next, outcome: 'resolved' });
    expect(hub.callNext('g7')).toBe(later);
  });

  it('reserves a ticket transferred to a counter or an agent for them', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    const visitor = hub.issue('iris');
    hub.open('g1', 'agent-01');
    hub.open('g2', 'agent-02');
    hub.callNext('g1');
    const [toCounter] = hub.ok({
      type: 'ticket:transfer',
      ticketId: visitor,
      to: { counterId: 'g2' },
    });
    const atG2 = toCounter?.type === 'ticket:transferred' ? toCounter.newTicketId : '';
    expect(hub.try({ type: 'counter:call-ticket', counterId: 'g1', ticketId: atG2 })).toMatchObject(
      { ok: false, error: { code: 'conflict' } },
    );
    expect(hub.try({ type: 'counter:call-next', counterId: 'g1' })).toMatchObject({
      ok: false,
      error: { code: 'queue-empty' },
    });
    expect(hub.callNext('g2')).toBe(atG2);
    const [toAgent] = hub.ok({
      type: 'ticket:transfer',
      ticketId: atG2,
      to: { agentId: 'agent-07' },
    });
    const forAgent = toAgent?.type === 'ticket:transferred' ? toAgent.newTicketId : '';
    hub.open('g7', 'agent-07');
    expect(hub.callNext('g7')).toBe(forAgent);
    expect(hub.ticket(forAgent)).toMatchObject({ number: 'A001', arrivedAt: at(day, '09:00') });
  });

  it('refuses transfers to nowhere or to where the ticket already is', () => {
    const { hub, id } = calledAtG1();
    expect(
      hub.try({ type: 'ticket:transfer', ticketId: id, to: { service: 'tax' } }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(
      hub.try({ type: 'ticket:transfer', ticketId: id, to: { counterId: 'g1' } }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(
      hub.try({ type: 'ticket:transfer', ticketId: id, to: { agentId: 'agent-01' } }),
    ).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(
      hub.try({ type: 'ticket:transfer', ticketId: id, to: { agentId: 'agent-99' } }),
    ).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});

describe('day:end', () => {
  it('closes what still waits, finishes what is being served, closes counters and reports', () => {
    const hub = new EngineHarness(config, at(day, '17:00'));
    const waiting = hub.issue('iris');
    const served = hub.issue('iris');
    const done = hub.issue('courrier');
    hub.open('g1', 'agent-01');
    hub.open('g2', 'agent-02');
    hub.ok({ type: 'counter:call-ticket', counterId: 'g2', ticketId: done });
    hub.ok({ type: 'ticket:start', ticketId: done });
    hub.ok({ type: 'ticket:finish', ticketId: done, outcome: 'resolved' });
    hub.ok({ type: 'counter:call-ticket', counterId: 'g1', ticketId: served });
    hub.ok({ type: 'ticket:start', ticketId: served });
    hub.now = at(day, '18:05');
    const [event] = hub.ok({ type: 'day:end' }, { role: 'manager' });
    expect(event).toMatchObject({
      type: 'day:ended',
      day,
      closedTicketIds: [waiting],
      interruptedTicketIds: [served],
      closedCounterIds: ['g1', 'g2'],
      report: { totals: { visits: 3, served: 2, unserved: 1 }, channels: { kiosk: 3 } },
    });
    expect(hub.ticket(waiting)).toMatchObject({ state: 'cancelled', closeReason: 'day-ended' });
    expect(hub.ticket(served)).toMatchObject({ state: 'done', closeReason: 'day-ended' });
    expect(Object.values(hub.state.counters).every((c) => c.status === 'closed')).toBe(true);
    expect(hub.state.lastDayReport).toEqual(event?.type === 'day:ended' ? event.report : null);
  });

  it('finds and ends a day a stopped hub left open, without touching today', () => {
    const hub = new EngineHarness(config, at(day, '17:00'));
    const yesterday = hub.issue('iris');
    hub.now = at('2026-04-08', '09:00');
    hub.open('g1', 'agent-01');
    const today = hub.issue('iris');
    expect(hub.ticket(today).number).toBe('A002'); // A001 is still held by yesterday's ticket
    expect(hub.callNext('g1')).toBe(today); // yesterday's ticket is not called today
    expect(staleDay(hub.state, hub.now)).toBe(day);
    hub.ok({ type: 'day:end', day });
    expect(hub.ticket(yesterday).state).toBe('cancelled');
    expect(hub.state.counters.g1?.status).toBe('open');
    expect(staleDay(hub.state, hub.now)).toBeUndefined();
    expect(hub.try({ type: 'day:end', day: '2026-04-09' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
    expect(hub.try({ type: 'day:end' }, { role: 'counter', agentId: 'agent-01' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe('ticket:reprint', () => {
  const agent: Actor = { role: 'counter', agentId: 'agent-01' };

  it('records who reprinted which ticket at which counter, and counts it in the day report', () => {
    const engine = new EngineHarness(config, at(day, '09:00'));
    const id = engine.issue('iris');
    engine.open('g1', 'agent-01');
    const events = engine.ok(
      { type: 'ticket:reprint', ticketId: id, reason: 'Perdu par le visiteur' },
      agent,
    );
    expect(events).toEqual([
      {
        type: 'ticket:reprinted',
        at: engine.now,
        ticketId: id,
        counterId: 'g1',
        agentId: 'agent-01',
        reason: 'Perdu par le visiteur',
      },
    ]);
    engine.ok({ type: 'ticket:reprint', ticketId: id }, agent);
    expect(engine.ticket(id).reprints).toBe(2);
    // The ticket keeps its place: a reprint changes nothing in the queue.
    expect(engine.ticket(id).state).toBe('waiting');
    expect(dayReport(engine.state, day).reprints).toBe(2);
    expect(replay(engine.log)).toEqual(engine.state);
  });

  it('refuses a closed ticket, an unknown one, an agent without a counter, and kiosks', () => {
    const engine = new EngineHarness(config, at(day, '09:00'));
    const id = engine.issue('iris');
    expect(engine.try({ type: 'ticket:reprint', ticketId: id }, agent)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('open your counter first') },
    });
    engine.open('g1', 'agent-01');
    expect(
      engine.try({ type: 'ticket:reprint', ticketId: id }, { role: 'kiosk', deviceId: 'k' }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(engine.try({ type: 'ticket:reprint', ticketId: 'nope' }, agent)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    engine.ok({ type: 'ticket:cancel', ticketId: id });
    expect(engine.try({ type: 'ticket:reprint', ticketId: id }, agent)).toMatchObject({
      ok: false,
      error: { code: 'invalid-state', message: expect.stringContaining('no longer in the queue') },
    });
  });
});
