import { describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../demo/demo-site';
import type { SiteConfig } from '../domain/site-config';
import type { Actor } from './context';
import { decideConditions, type ConditionFacts } from './decide-conditions';
import { at, EngineHarness } from './engine-harness';

// The hub's condition alerts on a fixed clock: iris has a 10 min target, ccas alerts at
// 30 min (its own threshold over a 20 min target); tickets alert at twice that.

const base = demoSiteConfig();
const config: SiteConfig = {
  ...base,
  services: base.services.map((s) =>
    s.code === 'iris'
      ? { ...s, targetWaitMinutes: 10 }
      : s.code === 'ccas'
        ? { ...s, targetWaitMinutes: 20, alertWaitMinutes: 30 }
        : s,
  ),
};
const day = '2026-04-07';
const nine = at(day, '09:00');
const kiosk: Actor = { role: 'kiosk', deviceId: 'dev-k1', deviceLabel: 'Borne, entrée' };
const manager: Actor = { role: 'manager', agentId: 'mgr-1' };

function facts(hub: EngineHarness, extra: Partial<ConditionFacts> = {}): ConditionFacts {
  return { now: hub.now, devices: [], syncOldestPendingAt: null, lateComplaintIds: [], ...extra };
}

/** Sends what decideConditions asks for, as the hub's ticker does; returns the commands. */
function tick(hub: EngineHarness, extra: Partial<ConditionFacts> = {}) {
  const commands = decideConditions(hub.state, facts(hub, extra));
  for (const command of commands) hub.ok(command);
  return commands.map((c) =>
    c.type === 'alert:raise'
      ? `raise ${c.kind} ${c.serviceId ?? c.ticketId ?? c.counterId ?? c.source?.deviceId ?? ''}`.trim()
      : `${c.type.slice('alert:'.length)} ${hub.state.alerts[c.alertId]?.kind ?? '?'}`,
  );
}

interface Case {
  name: string;
  /** Builds the situation at 09:00 and moves the clock; returns the facts beyond the queue. */
  given: (hub: EngineHarness) => Partial<ConditionFacts> | void;
  expected: string[];
}

const cases: Case[] = [
  { name: 'an empty site calls for nothing', given: () => {}, expected: [] },
  {
    name: 'a service at exactly its target is not over it',
    given: (hub) => {
      hub.issue('iris');
      hub.advance(10);
    },
    expected: [],
  },
  {
    name: 'a service past its target raises one alert naming it',
    given: (hub) => {
      hub.issue('iris');
      hub.advance(11);
    },
    expected: ['raise service-over-target iris'],
  },
  {
    name: "a service's own threshold replaces its target",
    given: (hub) => {
      hub.issue('ccas');
      hub.advance(25);
    },
    expected: [],
  },
  {
    name: 'a ticket past twice the threshold raises its own alert too',
    given: (hub) => {
      hub.issue('iris');
      hub.advance(21);
    },
    expected: ['raise ticket-over-target 2026-04-07-1', 'raise service-over-target iris'],
  },
  {
    name: 'a counter paused past the limit',
    given: (hub) => {
      hub.open('g1', 'agent-01');
      hub.ok({ type: 'counter:pause', counterId: 'g1', reason: 'pause café' });
      hub.advance(21);
    },
    expected: ['raise counter-paused-long g1'],
  },
  {
    name: 'a silent device, a sync behind and late complaints',
    given: (hub) => {
      hub.advance(30);
      return {
        devices: [
          { deviceId: 'dev-k1', label: 'Borne, entrée', lastContactAt: hub.now - 91_000 },
          { deviceId: 'dev-d1', label: 'Écran salle', lastContactAt: hub.now - 90_000 },
        ],
        syncOldestPendingAt: hub.now - 11 * 60_000,
        lateComplaintIds: ['R-2026-0001'],
      };
    },
    expected: ['raise device-silent dev-k1', 'raise sync-behind', 'raise complaint-late'],
  },
  {
    name: 'a sync backlog younger than the limit is not behind',
    given: (hub) => ({ syncOldestPendingAt: hub.now - 9 * 60_000 }),
    expected: [],
  },
];

describe('decideConditions', () => {
  it.each(cases)('$name', ({ given, expected }) => {
    const hub = new EngineHarness(config, nine);
    const extra = given(hub) ?? {};
    expect(tick(hub, extra)).toEqual(expected);
    // Sent again, the same facts call for nothing more.
    expect(tick(hub, extra)).toEqual([]);
  });

  it('clears a service alert when its wait is back under target, and a ticket alert when called', () => {
    const hub = new EngineHarness(config, nine);
    hub.issue('iris');
    hub.advance(5);
    hub.issue('iris');
    hub.advance(16);
    expect(tick(hub)).toEqual([
      'raise ticket-over-target 2026-04-07-1',
      'raise service-over-target iris',
    ]);
    hub.open('g1', 'agent-01', ['iris']);
    hub.open('g2', 'agent-02', ['iris']);
    hub.callNext('g1');
    // The second visitor has waited 16 min: iris stays over target.
    expect(tick(hub)).toEqual(['clear ticket-over-target']);
    hub.callNext('g2');
    expect(tick(hub)).toEqual(['clear service-over-target']);
    expect(Object.values(hub.state.alerts).map((a) => a.closeReason)).toEqual([
      'recovered',
      'recovered',
    ]);
  });

  it('clears a ticket alert when the ticket is cancelled, and a pause alert on resume', () => {
    const hub = new EngineHarness(config, nine);
    const ticket = hub.issue('ccas');
    hub.open('g1', 'agent-01');
    hub.ok({ type: 'counter:pause', counterId: 'g1', reason: 'réunion' });
    hub.advance(61);
    expect(tick(hub)).toEqual([
      'raise ticket-over-target 2026-04-07-1',
      'raise service-over-target ccas',
      'raise counter-paused-long g1',
    ]);
    hub.ok({ type: 'ticket:cancel', ticketId: ticket }, manager);
    hub.ok({ type: 'counter:resume', counterId: 'g1' });
    expect(tick(hub)).toEqual([
      'clear ticket-over-target',
      'clear service-over-target',
      'clear counter-paused-long',
    ]);
  });

  it('clears device, sync and complaint alerts when the facts recover', () => {
    const hub = new EngineHarness(config, nine);
    const silent = [{ deviceId: 'dev-k1', label: 'Borne', lastContactAt: hub.now - 120_000 }];
    tick(hub, {
      devices: silent,
      syncOldestPendingAt: hub.now - 3_600_000,
      lateComplaintIds: ['R-1'],
    });
    hub.advance(1);
    expect(
      tick(hub, { devices: [{ deviceId: 'dev-k1', label: 'Borne', lastContactAt: hub.now }] }),
    ).toEqual(['clear device-silent', 'clear sync-behind', 'clear complaint-late']);
  });

  it('calls nobody silent, nor clears a silent alert, before the hub has listened long enough', () => {
    const hub = new EngineHarness(config, nine);
    const quiet = (lastContactAt: number) => [
      { deviceId: 'dev-k1', label: 'Borne', lastContactAt },
      { deviceId: 'dev-d1', label: 'Écran', lastContactAt },
    ];
    expect(tick(hub, { devices: quiet(nine - 120_000).slice(0, 1) })).toEqual([
      'raise device-silent dev-k1',
    ]);
    // The hub restarts at 09:30; both devices were last heard of before it stopped.
    hub.advance(30);
    const restart = hub.now;
    // The standing alert stays (and, unacknowledged, escalates); the other waits.
    expect(tick(hub, { listeningSince: restart, devices: quiet(nine) })).toEqual([
      'escalate device-silent',
    ]);
    expect(tick(hub, { listeningSince: restart, devices: quiet(nine) })).toEqual([]);
    hub.advance(1.6); // 96 s of listening
    expect(tick(hub, { listeningSince: restart, devices: quiet(nine) })).toEqual([
      'raise device-silent dev-d1',
    ]);
  });

  it('never clears the alerts devices and kiosks raise', () => {
    const hub = new EngineHarness(config, nine);
    hub.ok({ type: 'alert:raise', kind: 'help-requested' }, kiosk);
    hub.advance(1);
    expect(tick(hub)).toEqual([]);
  });

  it('escalates an alert left unacknowledged, once, and not an acknowledged one', () => {
    const hub = new EngineHarness(config, nine);
    hub.issue('iris');
    hub.advance(8);
    hub.ok({ type: 'alert:raise', kind: 'help-requested' }, kiosk); // alert-1, 09:08
    hub.advance(3);
    expect(tick(hub)).toEqual(['raise service-over-target iris']); // alert-2, 09:11
    hub.ok({ type: 'alert:acknowledge', alertId: 'alert-2' }, manager);
    hub.advance(1);
    expect(tick(hub)).toEqual([]);
    hub.advance(1); // 09:13: help has waited 5 min
    expect(tick(hub)).toEqual(['escalate help-requested']);
    hub.advance(8); // 09:21
    expect(tick(hub)).toEqual(['raise ticket-over-target 2026-04-07-1']);
    hub.advance(5);
    expect(tick(hub)).toEqual(['escalate ticket-over-target']);
    expect(tick(hub)).toEqual([]);
    expect(hub.state.alerts['alert-1']?.escalatedAt).toBe(nine + 13 * 60_000);
    expect(hub.state.alerts['alert-2']?.escalatedAt).toBeUndefined();
  });

  it('measures an appointment from its start, not from an early arrival', () => {
    const hub = new EngineHarness(config, nine);
    hub.ok({
      type: 'appointments:load',
      date: day,
      appointments: [
        {
          id: 'rdv-1',
          service: 'ccas',
          start: at(day, '09:30'),
          durationMinutes: 15,
          bookingCode: 'ABC123',
          status: 'booked',
        },
      ],
    });
    hub.advance(5);
    hub.ok({ type: 'appointment:check-in', reference: 'ABC123' }, kiosk);
    hub.advance(55); // 10:00: 55 min since arrival, 30 since the appointment's start
    expect(tick(hub)).toEqual([]);
    hub.advance(2);
    expect(tick(hub)).toEqual(['raise service-over-target ccas']);
  });
});
