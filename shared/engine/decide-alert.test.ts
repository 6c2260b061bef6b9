import { describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../demo/demo-site';
import type { DeviceStatus } from '../devices/status';
import { commandSchema, type Command } from './commands';
import type { Actor } from './context';
import { replay } from './evolve';
import { at, EngineHarness } from './engine-harness';
import { alertsView } from './views/alerts';

const config = demoSiteConfig();
const day = '2026-04-07';
const kiosk: Actor = { role: 'kiosk', deviceId: 'dev-k1', deviceLabel: 'Borne, entrée' };
const otherKiosk: Actor = { role: 'kiosk', deviceId: 'dev-k2', deviceLabel: 'Borne, étage' };
const agent: Actor = { role: 'counter', agentId: 'agent-01' };

function printer(state: DeviceStatus['state'], deviceId = 'printer-1'): DeviceStatus {
  return { kind: 'printer', deviceId, state, readsStatus: true, lastReadAt: 1 } as DeviceStatus;
}
function scanner(state: DeviceStatus['state']): DeviceStatus {
  return {
    kind: 'scanner',
    deviceId: 'scanner-1',
    state,
    readsStatus: true,
    lastReadAt: 1,
  } as DeviceStatus;
}

describe('help requested at a kiosk', () => {
  it('makes one alert however often it is pressed, with the kiosk named', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    const first = hub.ok({ type: 'alert:raise', kind: 'help-requested' }, kiosk);
    expect(first).toEqual([
      {
        type: 'alert:raised',
        at: hub.now,
        alertId: 'alert-1',
        kind: 'help-requested',
        source: { deviceId: 'dev-k1', label: 'Borne, entrée' },
      },
    ]);
    for (let i = 0; i < 4; i++)
      expect(hub.ok({ type: 'alert:raise', kind: 'help-requested' }, kiosk)).toEqual([]);
    // Another kiosk is another visitor.
    hub.ok({ type: 'alert:raise', kind: 'help-requested' }, otherKiosk);
    expect(alertsView(hub.state).active.map((a) => a.source?.deviceId)).toEqual([
      'dev-k1',
      'dev-k2',
    ]);
  });

  it('is closed by an acknowledgement; a later press is a new alert', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    hub.ok({ type: 'alert:raise', kind: 'help-requested' }, kiosk);
    hub.advance(1);
    expect(hub.ok({ type: 'alert:acknowledge', alertId: 'alert-1' }, agent)).toEqual([
      { type: 'alert:acknowledged', at: hub.now, alertId: 'alert-1', by: 'agent-01', closes: true },
    ]);
    expect(hub.state.alerts['alert-1']).toMatchObject({
      closedAt: hub.now,
      closeReason: 'acknowledged',
      acknowledgedBy: 'agent-01',
    });
    expect(hub.try({ type: 'alert:acknowledge', alertId: 'alert-1' }, agent)).toMatchObject({
      ok: false,
      error: { code: 'invalid-state' },
    });
    expect(hub.ok({ type: 'alert:raise', kind: 'help-requested' }, kiosk)[0]).toMatchObject({
      alertId: 'alert-2',
    });
    const view = alertsView(hub.state);
    expect(view.active.map((a) => a.id)).toEqual(['alert-2']);
    expect(view.closed.map((a) => a.id)).toEqual(['alert-1']);
  });

  it('refuses alerts from agents without a counter, displays, unknown ids and system-only kinds', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    expect(hub.try({ type: 'alert:raise', kind: 'help-requested' }, agent)).toMatchObject({
      ok: false,
      error: { code: 'forbidden', message: expect.stringContaining('open your counter first') },
    });
    expect(
      hub.try({ type: 'alert:raise', kind: 'help-requested' }, { role: 'display', deviceId: 'd' }),
    ).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(hub.try({ type: 'alert:raise', kind: 'sync-failing' }, kiosk)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(hub.try({ type: 'alert:acknowledge', alertId: 'alert-9' }, agent)).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    expect(hub.try({ type: 'alert:acknowledge', alertId: 'alert-1' }, kiosk)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const sync = hub.ok({ type: 'alert:raise', kind: 'sync-failing', detail: '401' });
    expect(sync[0]).toMatchObject({ source: null, detail: '401' });
  });
});

describe('device reports', () => {
  it('records a change only, raises and clears printer alerts by themselves', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    const report = (statuses: DeviceStatus[]) =>
      hub.ok({ type: 'devices:report', statuses }, kiosk);
    expect(report([printer('ready'), scanner('ready')]).map((e) => e.type)).toEqual([
      'devices:reported',
    ]);
    // Same statuses, only the time of the last read differs: nothing to record.
    expect(report([{ ...printer('ready'), lastReadAt: 99 }, scanner('ready')])).toEqual([]);
    const out = report([printer('paper-out'), scanner('ready')]);
    expect(out.map((e) => e.type)).toEqual(['devices:reported', 'alert:raised']);
    expect(out[1]).toMatchObject({
      kind: 'printer-unavailable',
      detail: 'printer-1: paper-out',
      source: { deviceId: 'dev-k1', label: 'Borne, entrée' },
    });
    // The kiosk also raising it itself (print failed) adds nothing.
    expect(hub.ok({ type: 'alert:raise', kind: 'printer-unavailable' }, kiosk)).toEqual([]);
    // Acknowledged: seen, but still active until the printer works again.
    expect(hub.ok({ type: 'alert:acknowledge', alertId: 'alert-1' }, agent)[0]).toMatchObject({
      closes: false,
    });
    expect(alertsView(hub.state).active).toHaveLength(1);
    expect(report([printer('cover-open'), scanner('ready')]).map((e) => e.type)).toEqual([
      'devices:reported',
    ]);
    const back = report([printer('paper-near-end'), scanner('disconnected')]);
    expect(back.map((e) => e.type)).toEqual([
      'devices:reported',
      'alert:raised',
      'alert:raised',
      'alert:resolved',
    ]);
    expect(back.slice(1).map((e) => ('kind' in e ? e.kind : e.type))).toEqual([
      'printer-paper-low',
      'scanner-unavailable',
      'alert:resolved',
    ]);
    expect(hub.state.alerts['alert-1']).toMatchObject({ closeReason: 'recovered' });
    expect(hub.state.devices['dev-k1']).toMatchObject({
      label: 'Borne, entrée',
      statuses: [printer('paper-near-end'), scanner('disconnected')],
    });
    // The state rebuilt from the log is the same.
    expect(replay(hub.log)).toEqual(hub.state);
  });

  it('refuses reports from agents without a counter and unknown fields', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    expect(hub.try({ type: 'devices:report', statuses: [] }, agent)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const parsed = commandSchema.safeParse({
      type: 'devices:report',
      statuses: [{ ...printer('ready'), colour: 'red' }],
    });
    expect(parsed.success).toBe(false);
  });

  it('keeps a bounded number of closed alerts', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    for (let i = 0; i < 80; i++) {
      hub.ok({ type: 'alert:raise', kind: 'help-requested' }, kiosk);
      hub.ok({ type: 'alert:acknowledge', alertId: `alert-${i + 1}` }, agent);
      hub.advance(1);
    }
    const view = alertsView(hub.state);
    expect(view.closed).toHaveLength(50);
    expect(view.closed[0]?.id).toBe('alert-80');
    expect(hub.state.alertSeq).toBe(80);
  });
});

describe('ticket delivery', () => {
  it('records the medium, lets a fallback change it and counts visits in the day report', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    const printed = hub.issue('iris', { by: kiosk });
    const fellBack = hub.issue('iris', { by: kiosk });
    hub.issue('iris', { by: kiosk });
    hub.issue('iris', { channel: 'phone' });
    expect(hub.ok({ type: 'ticket:deliver', ticketId: printed, medium: 'printed' }, kiosk)).toEqual(
      [{ type: 'ticket:delivered', at: hub.now, ticketId: printed, medium: 'printed' }],
    );
    expect(hub.ok({ type: 'ticket:deliver', ticketId: printed, medium: 'printed' }, kiosk)).toEqual(
      [],
    );
    hub.ok({ type: 'ticket:deliver', ticketId: fellBack, medium: 'printed' }, kiosk);
    hub.ok({ type: 'ticket:deliver', ticketId: fellBack, medium: 'paperless' }, kiosk);
    expect(hub.ticket(fellBack).delivery).toBe('paperless');
    expect(
      hub.try({ type: 'ticket:deliver', ticketId: 'nope', medium: 'printed' }, kiosk),
    ).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    hub.ok({ type: 'day:end' });
    expect(hub.state.lastDayReport?.delivery).toEqual({ printed: 1, paperless: 1, notRecorded: 1 });
  });

  it('is recorded only by the kiosk that issued the ticket, or by staff', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    const fromKiosk = hub.issue('iris', { by: kiosk });
    const atCounter = hub.issue('iris', { channel: 'counter', by: agent });
    expect(hub.ticket(fromKiosk).issuedBy).toBe('dev-k1');
    expect(hub.ticket(atCounter).issuedBy).toBeUndefined();
    for (const [ticketId, actor] of [
      [fromKiosk, otherKiosk],
      [atCounter, kiosk],
    ] as const)
      expect(hub.try({ type: 'ticket:deliver', ticketId, medium: 'printed' }, actor)).toMatchObject(
        {
          ok: false,
          error: {
            code: 'forbidden',
            message: expect.stringContaining('not issued by this kiosk'),
          },
        },
      );
    expect(hub.ticket(fromKiosk).delivery).toBeUndefined();
    hub.ok({ type: 'ticket:deliver', ticketId: fromKiosk, medium: 'paperless' }, kiosk);
    hub.ok({ type: 'ticket:deliver', ticketId: atCounter, medium: 'printed' }, agent);
    // After a transfer the continuation still belongs to the issuing kiosk.
    hub.open('g1', 'agent-01');
    hub.ok({ type: 'counter:call-ticket', counterId: 'g1', ticketId: fromKiosk });
    const [moved] = hub.ok({
      type: 'ticket:transfer',
      ticketId: fromKiosk,
      to: { service: 'courrier' },
    });
    const next = moved?.type === 'ticket:transferred' ? moved.newTicketId : '';
    hub.ok({ type: 'ticket:deliver', ticketId: next, medium: 'printed' }, kiosk);
    expect(
      hub.try({ type: 'ticket:deliver', ticketId: next, medium: 'paperless' }, otherKiosk),
    ).toMatchObject({ ok: false });
    expect(replay(hub.log)).toEqual(hub.state);
  });

  it('follows the visit through a transfer into its visit record', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    const id = hub.issue('iris');
    hub.open('g1', 'agent-01');
    hub.callNext('g1');
    const [moved] = hub.ok({
      type: 'ticket:transfer',
      ticketId: id,
      to: { service: 'etat-civil' },
    });
    const next = moved?.type === 'ticket:transferred' ? moved.newTicketId : '';
    hub.ok({ type: 'ticket:deliver', ticketId: next, medium: 'printed' });
    hub.ok({ type: 'ticket:cancel', ticketId: next });
    expect(hub.ticket(id).delivery).toBe('printed');
    hub.ok({ type: 'day:end' });
    expect(hub.state.lastDayReport?.delivery).toMatchObject({ printed: 1 });
  });
});

describe('a counter workstation reporting through its agent (a session, no device token)', () => {
  const manager: Actor = { role: 'manager', agentId: 'agent-08' };

  it('reports for the counter the agent holds: the counter is the source, named by its label', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    hub.ok({ type: 'counter:open', counterId: 'g1', agentId: 'agent-01', services: [] });
    const events = hub.ok({ type: 'devices:report', statuses: [printer('paper-out')] }, agent);
    const source = { deviceId: 'counter:g1', label: 'Guichet 1' };
    expect(events).toEqual([
      {
        type: 'devices:reported',
        at: hub.now,
        deviceId: 'counter:g1',
        label: 'Guichet 1',
        statuses: [printer('paper-out')],
      },
      {
        type: 'alert:raised',
        at: hub.now,
        alertId: 'alert-1',
        kind: 'printer-unavailable',
        source,
        detail: 'printer-1: paper-out',
      },
    ]);
    // A failed print says so at once; the same condition from the same counter is one alert.
    expect(
      hub.ok({ type: 'alert:raise', kind: 'printer-unavailable', detail: 'print failed' }, agent),
    ).toEqual([]);
    expect(alertsView(hub.state).devices).toEqual([
      expect.objectContaining({ deviceId: 'counter:g1', label: 'Guichet 1' }),
    ]);
    expect(replay(hub.log)).toEqual(hub.state);
  });

  it('keeps the counter as the identity across agents: the next agent’s report clears it', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    hub.ok({ type: 'counter:open', counterId: 'g1', agentId: 'agent-01', services: [] });
    hub.ok({ type: 'alert:raise', kind: 'printer-unavailable', detail: 'print failed' }, agent);
    hub.ok({ type: 'counter:close', counterId: 'g1' }, agent);
    hub.ok({ type: 'counter:open', counterId: 'g1', agentId: 'agent-02', services: [] });
    const next: Actor = { role: 'counter', agentId: 'agent-02' };
    const events = hub.ok({ type: 'devices:report', statuses: [printer('ready')] }, next);
    expect(events.map((e) => e.type)).toEqual(['devices:reported', 'alert:resolved']);
    expect(alertsView(hub.state).active).toEqual([]);
  });

  it('refuses an agent whose counter is closed, and managers (they hold no workstation printer)', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    hub.ok({ type: 'counter:open', counterId: 'g1', agentId: 'agent-01', services: [] });
    hub.ok({ type: 'counter:close', counterId: 'g1' }, agent);
    for (const command of [
      { type: 'devices:report', statuses: [printer('ready')] },
      { type: 'alert:raise', kind: 'printer-unavailable' },
    ] satisfies Command[]) {
      expect(hub.try(command, agent)).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: expect.stringContaining('open your counter') },
      });
      expect(hub.try(command, manager)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    // An agent holding a counter cannot claim the sync is failing either.
    hub.ok({ type: 'counter:open', counterId: 'g2', agentId: 'agent-01', services: [] });
    expect(hub.try({ type: 'alert:raise', kind: 'sync-failing' }, agent)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});

describe("a desktop app's screen failing (app-trouble)", () => {
  const display: Actor = { role: 'display', deviceId: 'dev-d1', deviceLabel: 'Écran, salle' };

  it('is reported by the device itself, displays included, once while it is open', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    const detail = 'the screen shows its error page after renderer-gone: oom';
    expect(hub.ok({ type: 'alert:raise', kind: 'app-trouble', detail }, display)).toEqual([
      {
        type: 'alert:raised',
        at: hub.now,
        alertId: 'alert-1',
        kind: 'app-trouble',
        source: { deviceId: 'dev-d1', label: 'Écran, salle' },
        detail,
      },
    ]);
    // The app reports again after its next failed retry: still one alert.
    expect(hub.ok({ type: 'alert:raise', kind: 'app-trouble', detail }, display)).toEqual([]);
    expect(hub.ok({ type: 'alert:raise', kind: 'app-trouble' }, kiosk)[0]).toMatchObject({
      alertId: 'alert-2',
      source: { deviceId: 'dev-k1' },
    });
    hub.advance(1);
    expect(hub.ok({ type: 'alert:acknowledge', alertId: 'alert-1' }, agent)).toEqual([
      { type: 'alert:acknowledged', at: hub.now, alertId: 'alert-1', by: 'agent-01', closes: true },
    ]);
  });

  it('is the only alert a display may raise', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    for (const kind of ['help-requested', 'printer-unavailable'] as const)
      expect(hub.try({ type: 'alert:raise', kind }, display)).toMatchObject({
        ok: false,
        error: { code: 'forbidden', message: expect.stringContaining('app-trouble') },
      });
  });
});
