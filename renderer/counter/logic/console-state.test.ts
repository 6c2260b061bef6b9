import { beforeEach, describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../../../shared/demo';
import { agentFigures } from '../../../shared/engine';
import { at, EngineHarness } from '../../../shared/engine/engine-harness';
import { blockedBecause, type ActionContext } from './action-availability';
import { counterHeldBy, currentVisit, servableServices, transfersOf } from './ticket-details';

// The console's readings of the queue state, against the real engine driven like the hub.

const config = demoSiteConfig();
const day = '2026-04-07';
let site: EngineHarness;
const agent1 = { role: 'counter' as const, agentId: 'agent-01' };
const agent2 = { role: 'counter' as const, agentId: 'agent-02' };

beforeEach(() => {
  site = new EngineHarness(config, at(day, '09:00'));
  site.ok({ type: 'counter:open', counterId: 'g1', agentId: 'agent-01', services: [] }, agent1);
  site.ok({ type: 'counter:open', counterId: 'g2', agentId: 'agent-02', services: [] }, agent2);
});

describe('the visitor at the desk', () => {
  it('reads waits, the documents expected and the transfers that led here', () => {
    const id = site.issue('iris');
    site.advance(7);
    site.ok({ type: 'counter:call-next', counterId: 'g1' }, agent1);
    site.advance(2);
    site.ok({ type: 'ticket:start', ticketId: id }, agent1);
    site.ok(
      { type: 'ticket:transfer', ticketId: id, to: { counterId: 'g2' }, note: 'Dossier CAF' },
      agent1,
    );
    const next = site.state.tickets[id]?.transferredTo ?? '';
    site.advance(3);
    site.ok({ type: 'counter:call-next', counterId: 'g2' }, agent2);

    expect(transfersOf(site.state, next)).toEqual([
      {
        at: site.state.tickets[id]?.endedAt,
        fromService: 'iris',
        fromCounterId: 'g1',
        fromAgentId: 'agent-01',
        toService: 'iris',
        toCounterId: 'g2',
        note: 'Dossier CAF',
      },
    ]);
    const visit = currentVisit(site.state, config, 'g2');
    expect(visit?.ticket.id).toBe(next);
    expect(visit?.ticket.number).toBe('A001');
    // Waited from arrival (kept across the transfer) to this counter's call.
    expect(visit?.waitedMs(site.now)).toBe(12 * 60_000);
    expect(visit?.atCounterMs(site.now + 30_000)).toBe(30_000);
    expect(currentVisit(site.state, config, 'g1')).toBeNull();
  });

  it('shows the appointment and the documents of its service', () => {
    site.ok({ type: 'counter:open', counterId: 'g4', agentId: 'agent-04', services: [] });
    site.ok({
      type: 'appointments:load',
      date: day,
      appointments: [
        {
          id: 'apt-1',
          service: 'cni-passeport',
          start: at(day, '09:10'),
          bookingCode: 'ABCD23',
          antsNumber: 'AB12CD34EF',
          status: 'booked',
        },
      ],
    });
    site.ok({ type: 'appointment:check-in', reference: 'ABCD23' });
    site.ok({ type: 'counter:call-next', counterId: 'g4' });
    const visit = currentVisit(site.state, config, 'g4');
    expect(visit?.appointment).toMatchObject({ bookingCode: 'ABCD23', antsNumber: 'AB12CD34EF' });
    expect(visit?.documents.map((d) => d.code)).toContain('ants-pre-demande');
  });

  it('finds the counter an agent holds, and what they may serve where', () => {
    expect(counterHeldBy(site.state, 'agent-01')).toBe('g1');
    expect(counterHeldBy(site.state, 'agent-06')).toBeUndefined();
    expect(servableServices(config, 'g3', 'agent-01')).toEqual(['iris', 'courrier']);
    expect(servableServices(config, 'g3', 'agent-02')).toEqual(['iris', 'courrier', 'ccas']);
    expect(servableServices(config, 'g4', 'agent-01')).toEqual([]);
    expect(servableServices(config, 'nowhere', 'agent-01')).toEqual([]);
  });
});

describe('which actions are open', () => {
  const context = (patch: Partial<ActionContext> = {}): ActionContext => ({
    link: 'live',
    pending: null,
    counter: site.state.counters.g1,
    ticket: undefined,
    waiting: 1,
    ...patch,
  });

  it('says why an action is not possible now', () => {
    expect(blockedBecause('callNext', context())).toBeNull();
    expect(blockedBecause('callNext', context({ waiting: 0 }))).toBe('queue-empty');
    expect(blockedBecause('callNext', context({ link: 'offline' }))).toBe('offline');
    expect(blockedBecause('finish', context({ pending: 'callNext' }))).toBe('busy');
    expect(blockedBecause('recall', context())).toBe('no-ticket');
    expect(blockedBecause('callNext', context({ counter: undefined }))).toBe('counter-closed');
    expect(blockedBecause('issue', context({ counter: undefined }))).toBeNull();
    expect(blockedBecause('issue', context({ link: 'reconnecting' }))).toBe('offline');
  });

  it('follows the ticket at the desk from called to serving', () => {
    const id = site.issue('iris');
    site.ok({ type: 'counter:call-next', counterId: 'g1' }, agent1);
    const called = context({ ticket: site.ticket(id), waiting: 0 });
    expect(blockedBecause('callNext', called)).toBe('ticket-at-desk');
    expect(blockedBecause('callTicket', called)).toBe('ticket-at-desk');
    for (const action of ['recall', 'start', 'noShow', 'transfer', 'finish'] as const)
      expect(blockedBecause(action, called)).toBeNull();
    site.ok({ type: 'ticket:start', ticketId: id }, agent1);
    const serving = context({ ticket: site.ticket(id) });
    expect(blockedBecause('recall', serving)).toBe('already-started');
    expect(blockedBecause('noShow', serving)).toBe('already-started');
    expect(blockedBecause('finish', serving)).toBeNull();
    expect(blockedBecause('close', serving)).toBe('ticket-at-desk');
  });

  it('keeps calls off while the counter is paused', () => {
    site.ok({ type: 'counter:pause', counterId: 'g1', reason: 'Réunion' }, agent1);
    const paused = context({ counter: site.state.counters.g1 });
    expect(blockedBecause('callNext', paused)).toBe('paused');
    expect(blockedBecause('pause', paused)).toBe('paused');
    expect(blockedBecause('resume', paused)).toBeNull();
  });
});

describe("an agent's own figures", () => {
  it('counts what this agent did today, and nobody else', () => {
    const first = site.issue('iris');
    const second = site.issue('iris');
    const third = site.issue('iris');
    site.issue('courrier');
    site.ok({ type: 'counter:call-ticket', counterId: 'g1', ticketId: first }, agent1);
    site.ok({ type: 'ticket:start', ticketId: first }, agent1);
    site.advance(4);
    site.ok({ type: 'ticket:finish', ticketId: first, outcome: 'information' }, agent1);
    site.ok({ type: 'counter:call-ticket', counterId: 'g1', ticketId: second }, agent1);
    site.ok({ type: 'ticket:start', ticketId: second }, agent1);
    site.advance(8);
    site.ok({ type: 'ticket:finish', ticketId: second, outcome: 'resolved' }, agent1);
    site.ok({ type: 'counter:call-ticket', counterId: 'g1', ticketId: third }, agent1);
    site.ok({ type: 'ticket:no-show', ticketId: third }, agent1);
    site.serveNext('g2', 3); // agent-02's visit

    expect(agentFigures(site.state, 'agent-01', day)).toEqual({
      served: 2,
      noShows: 1,
      transferred: 0,
      meanServiceMs: 6 * 60_000,
      outcomes: [
        { code: 'information', count: 1 },
        { code: 'resolved', count: 1 },
      ],
    });
    expect(agentFigures(site.state, 'agent-01', '2026-04-08').served).toBe(0);
    expect(agentFigures(site.state, 'agent-02', day)).toMatchObject({ served: 1, noShows: 0 });
  });
});
