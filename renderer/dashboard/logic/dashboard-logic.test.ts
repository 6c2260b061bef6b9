import { describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../../../shared/demo/demo-site';
import type { Actor } from '../../../shared/engine';
import { at, EngineHarness } from '../../../shared/engine/engine-harness';
import { alertLists } from './alert-list';
import { counterRows } from './counter-rows';
import { fleetRows, type EnrolledDevice } from './fleet-rows';
import { serviceFigures } from './service-figures';

const day = '2026-04-07';
const kiosk: Actor = { role: 'kiosk', deviceId: 'kiosk-1', deviceLabel: 'Borne du hall' };
const manager: Actor = { role: 'manager', agentId: 'chef' };

function morning() {
  const hub = new EngineHarness(demoSiteConfig(), at(day, '09:00'));
  hub.issue('iris');
  hub.advance(5);
  hub.issue('iris');
  hub.advance(10);
  hub.open('g1', 'agent-01', ['iris']);
  hub.serveNext('g1', 6);
  return hub;
}

describe('service figures', () => {
  it('counts who waits, the longest wait, the last hour’s mean, served and the target', () => {
    const hub = morning();
    const iris = serviceFigures(hub.state, hub.now).find((s) => s.code === 'iris');
    expect(iris).toMatchObject({ waiting: 1, servedToday: 1, noShowsToday: 0 });
    // The second ticket was taken at 09:05; it is 09:21.
    expect(iris?.longestWaitMs).toBe(16 * 60_000);
    // The first was called at 09:15 after 15 min in the queue.
    expect(iris?.averageWaitLastHourMs).toBe(15 * 60_000);
    expect(iris?.breached).toBe(16 > (iris?.targetMinutes ?? 0));
    expect(iris?.estimateMinutes).not.toBeNull();
  });

  it('draws the queue over the day one point per quarter hour, ending now', () => {
    const hub = morning();
    const points = serviceFigures(hub.state, hub.now).find((s) => s.code === 'iris')?.queueOverDay;
    // 09:00 the first ticket; 09:15 the second waits, the first is called that instant.
    expect(points?.map((p) => p.at)).toEqual([at(day, '09:00'), at(day, '09:15'), hub.now]);
    expect(points?.map((p) => p.waiting)).toEqual([1, 1, 1]);
    hub.issue('iris');
    const later = serviceFigures(hub.state, hub.now).find((s) => s.code === 'iris');
    expect(later?.queueOverDay.at(-1)?.waiting).toBe(2);
  });
});

describe('counter rows', () => {
  it('say open, paused with its reason and since when, serving whom, or closed', () => {
    const hub = morning();
    hub.open('g2', 'agent-02', ['iris']);
    hub.ok({ type: 'counter:pause', counterId: 'g2', reason: 'Réunion' });
    const called = hub.callNext('g1');
    hub.ok({ type: 'ticket:start', ticketId: called });
    const rows = counterRows(hub.state);
    expect(rows.find((r) => r.id === 'g1')).toMatchObject({
      activity: 'serving',
      agentId: 'agent-01',
      agentLabel: 'Agent 01',
      services: ['iris'],
      ticket: { id: called, service: 'iris' },
      since: hub.now,
    });
    expect(rows.find((r) => r.id === 'g2')).toMatchObject({
      activity: 'paused',
      pauseReason: 'Réunion',
      since: hub.now,
    });
    expect(rows.find((r) => r.id === 'g3')).toMatchObject({ activity: 'closed', agentId: null });
  });
});

describe('alert lists', () => {
  it('sound while an alert waits, stop once acknowledged by anyone, and keep who and when', () => {
    const hub = morning();
    expect(alertLists(hub.state).sound).toBe('none');
    const [raised] = hub.ok({ type: 'alert:raise', kind: 'help-requested' }, kiosk);
    expect(alertLists(hub.state)).toMatchObject({ unacknowledged: 1, sound: 'alert' });
    if (raised?.type !== 'alert:raised') throw new Error('no alert');
    hub.ok({ type: 'alert:escalate', alertId: raised.alertId });
    expect(alertLists(hub.state).sound).toBe('escalated');
    hub.advance(1);
    hub.ok({ type: 'alert:acknowledge', alertId: raised.alertId }, manager);
    const lists = alertLists(hub.state);
    expect(lists).toMatchObject({ unacknowledged: 0, sound: 'none', active: [] });
    expect(lists.closed[0]).toMatchObject({ acknowledgedBy: 'chef', acknowledgedAt: hub.now });
  });
});

describe('fleet rows', () => {
  it('put silent devices first, then those in trouble, with their statuses and since when', () => {
    const hub = morning();
    hub.ok(
      {
        type: 'devices:report',
        statuses: [
          {
            kind: 'printer',
            deviceId: 'p1',
            state: 'paper-out',
            readsStatus: true,
            lastReadAt: hub.now,
          },
        ],
      },
      kiosk,
    );
    const enrolled: EnrolledDevice[] = [
      {
        id: 'kiosk-1',
        role: 'kiosk',
        label: 'Borne du hall',
        enrolledAt: 0,
        lastContactAt: hub.now,
        connected: true,
        appVersion: '1.4.2',
        address: '192.168.1.20',
      },
      {
        id: 'display-1',
        role: 'display',
        label: 'Écran',
        enrolledAt: 0,
        lastContactAt: hub.now - 600_000,
        connected: false,
        appVersion: null,
        address: null,
      },
    ];
    hub.ok({
      type: 'alert:raise',
      kind: 'device-silent',
      source: { deviceId: 'display-1', label: 'Écran' },
    });
    const rows = fleetRows(hub.state, enrolled);
    expect(rows.map((r) => [r.id, r.silent, r.troubled])).toEqual([
      ['display-1', true, false],
      ['kiosk-1', false, true],
    ]);
    expect(rows[1]).toMatchObject({
      statusesSince: hub.now,
      kind: 'kiosk',
      appVersion: '1.4.2',
      address: '192.168.1.20',
    });
    expect(rows[0]).toMatchObject({ appVersion: null, lastContactAt: hub.now - 600_000 });
  });
});
