import {
  alertKey,
  conditionAlertKinds,
  isActiveAlert,
  systemAlertKinds,
  type Alert,
  type AlertKind,
  type AlertSource,
} from '../domain/alert';
import type { DeviceStatus } from '../devices/status';
import type { CommandOf } from './commands';
import type { CommandContext } from './context';
import type { DomainEvent } from './events';
import {
  accept,
  counterLabel,
  isDecision,
  refuse,
  type ConfiguredState,
  type Decision,
} from './support';

// Staff alerts and device statuses. A kiosk raises help; device reports raise and clear
// condition alerts by themselves; staff acknowledge. Repeats of an active alert record
// nothing, so a visitor pressing "help" five times makes one alert.

/** The source id of a counter workstation reporting through its agent's session. */
export function counterSourceId(counterId: string): string {
  return `counter:${counterId}`;
}

/**
 * Where an alert or a device report comes from: the enrolled device, or, for an agent
 * signed in at a counter workstation (a session, no device token), the counter that agent
 * holds — the printer belongs to the counter, whoever sits there. `null` is the hub itself.
 */
function sourceOf(
  state: ConfiguredState,
  ctx: CommandContext,
  what: string,
): AlertSource | null | Decision {
  const { deviceId, deviceLabel, role, agentId } = ctx.actor;
  if (deviceId) return { deviceId, label: deviceLabel ?? deviceId };
  if (role === 'system') return null;
  if (role === 'counter' && agentId) {
    const held = Object.values(state.counters).find(
      (c) => c.status !== 'closed' && c.agentId === agentId,
    );
    if (held)
      return { deviceId: counterSourceId(held.id), label: counterLabel(state.config, held.id) };
    return refuse(
      'forbidden',
      `An agent ${what} for the counter they hold: open your counter first.`,
      { agentId },
    );
  }
  return refuse(
    'forbidden',
    `Only an enrolled device (a kiosk, a counter workstation) or an agent at their counter ${what}.`,
  );
}

/** What a condition alert is about besides its source (one alert per service, ticket, counter). */
export interface AlertSubject {
  serviceId?: string | undefined;
  ticketId?: string | undefined;
  counterId?: string | undefined;
}

function activeAlert(
  state: ConfiguredState,
  kind: AlertKind,
  source: AlertSource | null,
  subject: AlertSubject = {},
): Alert | undefined {
  const key = alertKey({ kind, source, ...subject });
  return Object.values(state.alerts).find((a) => isActiveAlert(a) && alertKey(a) === key);
}

function raised(
  state: ConfiguredState,
  offset: number,
  kind: AlertKind,
  source: AlertSource | null,
  at: number,
  detail?: string,
  subject: AlertSubject = {},
): DomainEvent {
  return {
    type: 'alert:raised',
    at,
    alertId: `alert-${state.alertSeq + offset}`,
    kind,
    source,
    ...(detail ? { detail } : {}),
    ...(subject.serviceId ? { serviceId: subject.serviceId } : {}),
    ...(subject.ticketId ? { ticketId: subject.ticketId } : {}),
    ...(subject.counterId ? { counterId: subject.counterId } : {}),
  };
}

export function decideAlertRaise(
  state: ConfiguredState,
  command: CommandOf<'alert:raise'>,
  ctx: CommandContext,
): Decision {
  const system = ctx.actor.role === 'system';
  const subject: AlertSubject = {
    serviceId: command.serviceId,
    ticketId: command.ticketId,
    counterId: command.counterId,
  };
  if (!system) {
    if (ctx.actor.role === 'display' && command.kind !== 'app-trouble')
      return refuse(
        'forbidden',
        `A display only reports its own screen failing ("app-trouble"), not "${command.kind}".`,
        { kind: command.kind },
      );
    if (systemAlertKinds.has(command.kind))
      return refuse('forbidden', `Only the hub itself raises "${command.kind}" alerts.`, {
        kind: command.kind,
      });
    if (command.source || subject.serviceId || subject.ticketId || subject.counterId)
      return refuse(
        'forbidden',
        "Only the hub itself names an alert's source, service, ticket or counter: send the kind and detail only.",
      );
  }
  const source = system && command.source ? command.source : sourceOf(state, ctx, 'raises alerts');
  if (isDecision(source)) return source;
  if (activeAlert(state, command.kind, source, subject)) return accept();
  return accept(raised(state, 1, command.kind, source, ctx.now, command.detail, subject));
}

/** The hub says a condition alert's condition has ended: closed as recovered. */
export function decideAlertClear(
  state: ConfiguredState,
  command: CommandOf<'alert:clear'>,
  ctx: CommandContext,
): Decision {
  const alert = state.alerts[command.alertId];
  if (alert && !isActiveAlert(alert)) return accept();
  const active = findActive(state, command.alertId);
  if ('ok' in active) return active;
  return accept({ type: 'alert:resolved', at: ctx.now, alertId: active.id, reason: 'recovered' });
}

/** An alert nobody acknowledged in time: every staff screen shows it (once). */
export function decideAlertEscalate(
  state: ConfiguredState,
  command: CommandOf<'alert:escalate'>,
  ctx: CommandContext,
): Decision {
  const alert = findActive(state, command.alertId);
  if ('ok' in alert) return alert;
  if (alert.escalatedAt !== undefined || alert.acknowledgedAt !== undefined) return accept();
  return accept({ type: 'alert:escalated', at: ctx.now, alertId: alert.id });
}

function findActive(state: ConfiguredState, alertId: string): Alert | Decision {
  const alert = state.alerts[alertId];
  if (!alert)
    return refuse('not-found', `No alert has id "${alertId}"; refresh the list of alerts.`, {
      alertId,
    });
  if (!isActiveAlert(alert))
    return refuse('invalid-state', `Alert "${alertId}" is already closed.`, { alertId });
  return alert;
}

export function decideAlertAcknowledge(
  state: ConfiguredState,
  command: CommandOf<'alert:acknowledge'>,
  ctx: CommandContext,
): Decision {
  const alert = findActive(state, command.alertId);
  if ('ok' in alert) return alert;
  if (alert.acknowledgedAt !== undefined) return accept();
  const by = ctx.actor.agentId ?? ctx.actor.deviceId ?? ctx.actor.role;
  return accept({
    type: 'alert:acknowledged',
    at: ctx.now,
    alertId: alert.id,
    by,
    closes: !conditionAlertKinds.has(alert.kind),
  });
}

export function decideAlertResolve(
  state: ConfiguredState,
  command: CommandOf<'alert:resolve'>,
  ctx: CommandContext,
): Decision {
  const alert = findActive(state, command.alertId);
  if ('ok' in alert) return alert;
  return accept({ type: 'alert:resolved', at: ctx.now, alertId: alert.id, reason: 'resolved' });
}

const printerDown = new Set(['paper-out', 'cover-open', 'offline', 'error']);
const scannerDown = new Set(['disconnected', 'error']);

/** The condition alerts a set of statuses calls for, each with a detail naming the devices. */
function conditions(statuses: readonly DeviceStatus[]): Map<AlertKind, string> {
  const found = new Map<AlertKind, string[]>();
  const add = (kind: AlertKind, status: DeviceStatus) =>
    found.set(kind, [...(found.get(kind) ?? []), `${status.deviceId}: ${status.state}`]);
  for (const status of statuses) {
    if (status.kind === 'printer' && printerDown.has(status.state))
      add('printer-unavailable', status);
    else if (status.kind === 'printer' && status.state === 'paper-near-end')
      add('printer-paper-low', status);
    else if (status.kind === 'scanner' && scannerDown.has(status.state))
      add('scanner-unavailable', status);
  }
  return new Map([...found].map(([kind, parts]) => [kind, parts.join(', ').slice(0, 200)]));
}

/** Equal for staff: the time of the device's last answer changes at every poll. */
function sameStatuses(a: readonly DeviceStatus[], b: readonly DeviceStatus[]): boolean {
  const key = (list: readonly DeviceStatus[]) =>
    JSON.stringify(
      list
        .map(({ lastReadAt: _lastReadAt, ...rest }) => rest)
        .sort((x, y) => x.deviceId.localeCompare(y.deviceId)),
    );
  return a.length === b.length && key(a) === key(b);
}

const deviceKinds: Record<DeviceStatus['kind'], AlertKind[]> = {
  printer: ['printer-unavailable', 'printer-paper-low'],
  scanner: ['scanner-unavailable'],
};

export function decideDevicesReport(
  state: ConfiguredState,
  command: CommandOf<'devices:report'>,
  ctx: CommandContext,
): Decision {
  const source = sourceOf(state, ctx, 'reports device statuses');
  if (isDecision(source)) return source;
  if (!source) return refuse('forbidden', 'The hub has no devices of its own to report.');
  const previous = state.devices[source.deviceId];
  if (previous && sameStatuses(previous.statuses, command.statuses)) return accept();
  const events: DomainEvent[] = [
    {
      type: 'devices:reported',
      at: ctx.now,
      deviceId: source.deviceId,
      label: source.label,
      statuses: command.statuses,
    },
  ];
  const wanted = conditions(command.statuses);
  const reportedKinds = new Set(command.statuses.flatMap((s) => deviceKinds[s.kind]));
  let offset = 0;
  for (const [kind, detail] of wanted)
    if (!activeAlert(state, kind, source))
      events.push(raised(state, ++offset, kind, source, ctx.now, detail));
  // A device missing from the report is gone: its alerts clear too.
  const previousKinds = new Set((previous?.statuses ?? []).flatMap((s) => deviceKinds[s.kind]));
  for (const kind of new Set([...reportedKinds, ...previousKinds])) {
    const alert = activeAlert(state, kind, source);
    if (alert && !wanted.has(kind))
      events.push({ type: 'alert:resolved', at: ctx.now, alertId: alert.id, reason: 'recovered' });
  }
  return accept(...events);
}
