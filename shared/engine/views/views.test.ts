import { describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../../demo/demo-site';
import { at, EngineHarness } from '../engine-harness';
import { publicBoard } from './board';
import { counterQueue } from './counter-queue';
import { dayReport } from './day-report';
import { estimateForService } from './estimate';
import { ticketView } from './ticket-view';
import { visitRecord, visitRecords } from './visit-record';

const config = demoSiteConfig();
const day = '2026-04-07';

describe('publicBoard', () => {
  it('shows recent calls with counter labels and waiting counts, and nothing personal', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    hub.issue('iris');
    hub.issue('iris');
    hub.issue('courrier');
    hub.open('g2', 'agent-02');
    const called = hub.callNext('g2');
    hub.ok({ type: 'ticket:recall', ticketId: called });
    const board = publicBoard(hub.state, hub.now);
    expect(board.calls).toEqual([
      {
        ticketId: called,
        number: 'A001',
        counterId: 'g2',
        counterLabel: 'Guichet 2',
        at: hub.now,
        recall: true,
      },
      {
        ticketId: called,
        number: 'A001',
        counterId: 'g2',
        counterLabel: 'Guichet 2',
        at: hub.now,
        recall: false,
      },
    ]);
    expect(board.services.find((s) => s.service === 'iris')).toMatchObject({
      waiting: 1,
      prefix: 'A',
    });
    expect(board.services.find((s) => s.service === 'courrier')).toMatchObject({ waiting: 1 });
    expect(Object.keys(board.calls[0] ?? {}).sort()).toEqual([
      'at',
      'counterId',
      'counterLabel',
      'number',
      'recall',
      'ticketId',
    ]);
  });
});

describe('counterQueue', () => {
  it('lists the queue in calling order with waited time, flags and the target crossed', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    const old = hub.issue('iris');
    hub.advance(5);
    const priority = hub.issue('iris', { priority: true });
    hub.advance(1);
    const mail = hub.issue('courrier');
    hub.open('g1', 'agent-01');
    hub.advance(6);
    const queue = counterQueue(hub.state, 'g1', hub.now);
    expect(queue?.entries.map((e) => e.ticketId)).toEqual([priority, old, mail]);
    expect(queue?.entries[1]).toMatchObject({
      number: 'A001',
      waitedMs: 12 * 60_000,
      targetCrossed: true,
      callClass: 'normal',
    });
    expect(queue?.entries[0]).toMatchObject({
      priority: true,
      callClass: 'priority',
      targetCrossed: false,
    });
    expect(queue?.entries[2]).toMatchObject({ targetCrossed: true }); // courrier's target is 5 minutes
    expect(hub.callNext('g1')).toBe(queue?.entries[0]?.ticketId);
    expect(counterQueue(hub.state, 'nope', hub.now)).toBeUndefined();
  });
});

describe('waiting-time estimates and the ticket view', () => {
  it('runs the queue forward: the configured duration until visits are timed, then their mean', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    const tickets = Array.from({ length: 6 }, () => hub.issue('iris'));
    expect(estimateForService(hub.state, 'iris', hub.now)).toMatchObject({
      minutes: null,
      openCounters: 0,
      peopleAhead: 6,
    });
    hub.open('g1', 'agent-01');
    hub.open('g2', 'agent-02');
    const configured = estimateForService(hub.state, 'iris', hub.now);
    // Two counters take two tickets each 6 + 1 min (call-to-start default): the new ticket
    // is reached after three rounds, 21 min, × 1.03 for what cannot be foreseen.
    expect(configured).toMatchObject({ peopleAhead: 6, openCounters: 2, samples: 0, minutes: 22 });
    expect(configured?.method).toMatch(/run forward/);
    for (const minutes of [4, 4, 4]) hub.serveNext('g1', minutes);
    const timed = estimateForService(hub.state, 'iris', hub.now);
    expect(timed).toMatchObject({
      peopleAhead: 3,
      samples: 3,
      serviceTimeMs: 4 * 60_000,
      minutes: 6,
    }); // two at once, the third and the new one after 4 + 1 min, × 1.03
    expect(timed?.method).toMatch(/mean of the last 100 timed visits/);
    hub.ok({ type: 'counter:pause', counterId: 'g2', reason: 'Pause' });
    expect(estimateForService(hub.state, 'iris', hub.now)?.openCounters).toBe(1);
    const last = tickets[5] ?? '';
    expect(ticketView(hub.state, last, hub.now)).toMatchObject({
      number: 'A006',
      state: 'waiting',
      position: 3,
      peopleAhead: 2,
      estimate: { minutes: 11, shown: { kind: 'minutes', minutes: 11 } },
    }); // g1 takes the two ahead (0, 5 min); g2 is back from its pause at 10, as is g1
    expect(estimateForService(hub.state, 'iris', hub.now)?.shown?.kind).toBe('minutes');
  });

  it('says only "more than 45 minutes" for a long queue, on the board and on the ticket', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    hub.open('g1', 'agent-01');
    const tickets = Array.from({ length: 10 }, () => hub.issue('courrier'));
    const courrier = publicBoard(hub.state, hub.now).services.find((s) => s.service === 'courrier');
    // 10 ahead at one counter, 3 + 1 min each: 40 min × 1.03 = 42 min, spread past 5 min.
    expect(courrier).toMatchObject({
      waiting: 10,
      estimateMinutes: 42,
      estimate: { kind: 'range' },
    });
    for (let i = 0; i < 3; i += 1) hub.issue('courrier');
    expect(ticketView(hub.state, tickets[0] ?? '', hub.now)?.estimate?.shown).toEqual({
      kind: 'minutes',
      minutes: 0,
    });
    const last = estimateForService(hub.state, 'courrier', hub.now);
    expect(last?.shown).toEqual({ kind: 'more-than', minutes: 45 });
    expect(last?.method).toMatch(/run forward/);
  });

  it('finds a ticket by its QR token, follows transfers and says where to go once called', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    const id = hub.issue('iris');
    const token = hub.ticket(id).token;
    hub.open('g1', 'agent-01');
    hub.callNext('g1');
    expect(ticketView(hub.state, token, hub.now)).toMatchObject({
      state: 'called',
      counter: { id: 'g1', label: 'Guichet 1' },
    });
    hub.ok({ type: 'ticket:transfer', ticketId: id, to: { service: 'ccas' } });
    expect(ticketView(hub.state, token, hub.now)).toMatchObject({
      number: 'A001',
      service: 'ccas',
      state: 'waiting',
      position: 1,
    });
    expect(ticketView(hub.state, id, hub.now)?.service).toBe('ccas');
    expect(ticketView(hub.state, 'unknown-token', hub.now)).toBeUndefined();
  });
});

describe('visit records and the day report', () => {
  it('records a closed visit across a transfer, with timestamps, durations and outcome', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    const id = hub.issue('iris', { priority: true });
    hub.open('g1', 'agent-01');
    hub.open('g7', 'agent-07');
    hub.advance(5);
    hub.callNext('g1');
    hub.advance(1);
    hub.ok({ type: 'ticket:start', ticketId: id });
    hub.advance(3);
    const [event] = hub.ok({
      type: 'ticket:transfer',
      ticketId: id,
      to: { service: 'ccas' },
      note: 'Aide au logement',
    });
    const next = event?.type === 'ticket:transferred' ? event.newTicketId : '';
    expect(visitRecord(hub.state, id)).toBeUndefined(); // the visit goes on
    hub.advance(10);
    hub.callNext('g7');
    hub.ok({ type: 'ticket:start', ticketId: next });
    hub.advance(20);
    hub.ok({ type: 'ticket:finish', ticketId: next, outcome: 'resolved', note: 'Dossier déposé.' });
    expect(visitRecord(hub.state, next)).toEqual({
      visitId: id,
      ticketId: next,
      day,
      number: 'A001',
      service: 'ccas',
      channel: 'kiosk',
      priority: true,
      language: 'fr',
      appointmentId: null,
      issuedAt: at(day, '09:00'),
      calledAt: at(day, '09:05'),
      startedAt: at(day, '09:06'),
      endedAt: at(day, '09:39'),
      waitedMs: 5 * 60_000,
      servedMs: 23 * 60_000,
      counterId: 'g7',
      agentId: 'agent-07',
      outcome: 'resolved',
      recalls: 0,
      transfers: [
        {
          from: { service: 'iris', counterId: 'g1', agentId: 'agent-01' },
          to: { service: 'ccas', counterId: null, agentId: null },
          at: at(day, '09:09'),
        },
      ],
      note: 'Dossier déposé.',
      delivery: null,
      // Issued before any counter opened: no estimate was shown.
      estimateMinutes: null,
    });
    expect(visitRecords(hub.state)).toHaveLength(1);
  });

  it('sums up the day per service, channel and appointment', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    hub.ok({
      type: 'appointments:load',
      date: day,
      appointments: [
        {
          id: 'r1',
          service: 'etat-civil',
          start: at(day, '09:10'),
          bookingCode: 'ABC234',
          status: 'booked',
        },
        {
          id: 'r2',
          service: 'etat-civil',
          start: at(day, '09:30'),
          bookingCode: 'ABC235',
          status: 'booked',
        },
        {
          id: 'r3',
          service: 'etat-civil',
          start: at(day, '09:50'),
          bookingCode: 'ABC236',
          status: 'cancelled',
        },
      ],
    });
    hub.ok({ type: 'appointment:check-in', reference: 'ABC234' });
    hub.issue('iris', { channel: 'phone' });
    const noShow = hub.issue('iris');
    hub.open('g1', 'agent-01');
    hub.open('g4', 'agent-04');
    hub.advance(5);
    hub.serveNext('g4', 15);
    hub.serveNext('g1', 5);
    hub.callNext('g1');
    hub.ok({ type: 'ticket:no-show', ticketId: noShow });
    const report = dayReport(hub.state, day);
    expect(report.totals).toEqual({
      visits: 3,
      served: 2,
      noShows: 1,
      cancelled: 0,
      unserved: 0,
      transfers: 0,
    });
    expect(report.channels).toEqual({ kiosk: 2, counter: 0, phone: 1, mobile: 0 });
    expect(report.appointments).toEqual({
      expected: 2,
      checkedIn: 1,
      cancelled: 1,
      notCheckedIn: 1,
    });
    expect(report.services.find((s) => s.service === 'etat-civil')).toMatchObject({
      issued: 1,
      appointmentTickets: 1,
      served: 1,
      meanWaitMs: 5 * 60_000,
      meanServiceMs: 15 * 60_000,
    });
    expect(report.services.find((s) => s.service === 'iris')).toMatchObject({
      walkIns: 2,
      noShows: 1,
      maxWaitMs: 25 * 60_000,
      overTarget: 2,
    });
  });
});
