import { alertKey, isActiveAlert, type Alert, type AlertKind } from '../domain/alert';
import {
  defaultAlertsConfig,
  serviceAlertMinutes,
  ticketAlertMinutes,
} from '../domain/alerts-config';
import type { Ticket } from '../domain/ticket';
import type { CommandOf } from './commands';
import type { QueueState } from './state';
import { counterLabel, serviceName, type ConfiguredState } from './support';

// The condition alerts the hub raises and clears by itself (the floor manager's
// dashboard), and the escalation of alerts nobody acknowledged. Pure: the state, the time
// and what the hub knows outside the queue (devices' last contact, the sync's backlog,
// late complaints) in, the commands to send out. Sending them all again changes nothing:
// a raise of an active alert and a clear of a closed one record nothing.

/** An enrolled kiosk, display or counter workstation, as the hub last heard from it. */
export interface DeviceContact {
  deviceId: string;
  label: string;
  /** When the hub last heard from it (a request, a WebSocket heartbeat answered). */
  lastContactAt: number;
}

/** What the hub knows outside the queue state. */
export interface ConditionFacts {
  now: number;
  /**
   * Since when the hub has been listening (its start): a device unheard of since before
   * then is not called silent until the hub has listened for the whole threshold, nor is
   * an alert raised before the stop cleared meanwhile. Default: always listening.
   */
  listeningSince?: number;
  /** Enrolled, not revoked kiosks, displays and counter workstations. */
  devices: readonly DeviceContact[];
  /** When the oldest visit not yet sent to the central API ended; null: none, or no sync. */
  syncOldestPendingAt: number | null;
  /** Ids of complaints past their answer deadline, unanswered. */
  lateComplaintIds: readonly string[];
}

export type ConditionCommand =
  CommandOf<'alert:raise'> | CommandOf<'alert:clear'> | CommandOf<'alert:escalate'>;

/** The kinds this function owns: it raises them and it alone clears them. */
export const hubConditionKinds: ReadonlySet<AlertKind> = new Set([
  'service-over-target',
  'ticket-over-target',
  'device-silent',
  'sync-behind',
  'counter-paused-long',
  'complaint-late',
]);

const minuteMs = 60_000;
const wholeMinutes = (ms: number) => Math.floor(ms / minuteMs);

/** A condition that holds now: the alert it calls for. */
type Wanted = Omit<CommandOf<'alert:raise'>, 'type'>;

/** How long a waiting ticket has waited: an appointment from its start, not its early arrival. */
function waitOf(state: QueueState, ticket: Ticket, now: number): number {
  const appointment = ticket.appointmentId ? state.appointments[ticket.appointmentId] : undefined;
  const from = appointment ? Math.max(ticket.arrivedAt, appointment.start) : ticket.arrivedAt;
  return Math.max(0, now - from);
}

function waitingTickets(state: QueueState): Ticket[] {
  return Object.keys(state.waiting)
    .map((id) => state.tickets[id])
    .filter((t): t is Ticket => t?.state === 'waiting');
}

function queueConditions(state: ConfiguredState, now: number): Wanted[] {
  const { config } = state;
  const alerts = config.alerts ?? defaultAlertsConfig;
  const longest = new Map<string, number>();
  const wanted: Wanted[] = [];
  const services = new Map(config.services.map((s) => [s.code, s]));
  for (const ticket of waitingTickets(state)) {
    const service = services.get(ticket.service);
    if (!service) continue;
    const wait = waitOf(state, ticket, now);
    longest.set(service.code, Math.max(longest.get(service.code) ?? 0, wait));
    const limit = ticketAlertMinutes(alerts, service);
    if (wait > limit * minuteMs)
      wanted.push({
        kind: 'ticket-over-target',
        ticketId: ticket.id,
        detail: `${ticket.number} (${serviceName(config, service.code)}): ${wholeMinutes(wait)} min, limit ${limit} min`,
      });
  }
  for (const service of config.services) {
    const wait = longest.get(service.code) ?? 0;
    const limit = serviceAlertMinutes(service);
    if (wait > limit * minuteMs)
      wanted.push({
        kind: 'service-over-target',
        serviceId: service.code,
        detail: `${serviceName(config, service.code)}: longest wait ${wholeMinutes(wait)} min, target ${limit} min`,
      });
  }
  for (const counter of Object.values(state.counters)) {
    if (counter.status !== 'paused' || counter.pausedAt === undefined) continue;
    const paused = now - counter.pausedAt;
    if (paused > alerts.counterPausedMinutes * minuteMs)
      wanted.push({
        kind: 'counter-paused-long',
        counterId: counter.id,
        detail:
          `${counterLabel(config, counter.id)}: paused ${wholeMinutes(paused)} min (${counter.pauseReason ?? '?'})`.slice(
            0,
            200,
          ),
      });
  }
  return wanted;
}

function hubConditions(
  state: ConfiguredState,
  facts: ConditionFacts,
  undecided: Set<string>,
): Wanted[] {
  const alerts = state.config.alerts ?? defaultAlertsConfig;
  const { now } = facts;
  const limitMs = alerts.deviceSilentSeconds * 1000;
  const listening = now - (facts.listeningSince ?? -Infinity) > limitMs;
  const wanted: Wanted[] = [];
  for (const device of facts.devices) {
    const silent = now - device.lastContactAt;
    if (silent <= limitMs) continue;
    const source = { deviceId: device.deviceId, label: device.label.slice(0, 80) };
    if (!listening) {
      undecided.add(alertKey({ kind: 'device-silent', source }));
      continue;
    }
    wanted.push({
      kind: 'device-silent',
      source,
      detail: `${device.label}: no contact for ${Math.max(1, wholeMinutes(silent))} min`.slice(
        0,
        200,
      ),
    });
  }
  if (
    facts.syncOldestPendingAt !== null &&
    now - facts.syncOldestPendingAt > alerts.syncBehindMinutes * minuteMs
  )
    wanted.push({
      kind: 'sync-behind',
      detail: `visits not sent to the central API for ${wholeMinutes(now - facts.syncOldestPendingAt)} min`,
    });
  if (facts.lateComplaintIds.length > 0) {
    const n = facts.lateComplaintIds.length;
    wanted.push({
      kind: 'complaint-late',
      detail:
        `${n} complaint${n > 1 ? 's' : ''} past their deadline: ${facts.lateComplaintIds.join(', ')}`.slice(
          0,
          200,
        ),
    });
  }
  return wanted;
}

function keyOfWanted(wanted: Wanted): string {
  return alertKey({ ...wanted, source: wanted.source ?? null });
}

function needsEscalation(alert: Alert, now: number, afterMs: number): boolean {
  return (
    isActiveAlert(alert) &&
    alert.acknowledgedAt === undefined &&
    alert.escalatedAt === undefined &&
    now - alert.raisedAt >= afterMs
  );
}

/**
 * The commands that bring the hub's condition alerts in line with the facts: raise what
 * holds and has no active alert, clear the active ones whose condition ended, escalate
 * the alerts (of any kind) left unacknowledged `alerts.escalateAfterMinutes`. Raises come
 * first, then clears, then escalations, each in a stable order.
 */
export function decideConditions(state: QueueState, facts: ConditionFacts): ConditionCommand[] {
  if (!state.config) return [];
  const configured = state as ConfiguredState;
  const undecided = new Set<string>();
  const wanted = [
    ...queueConditions(configured, facts.now),
    ...hubConditions(configured, facts, undecided),
  ];
  const active = Object.values(state.alerts).filter(isActiveAlert);
  const activeKeys = new Set(active.map((a) => alertKey(a)));
  const wantedKeys = new Set(wanted.map(keyOfWanted));
  const commands: ConditionCommand[] = [];
  for (const want of wanted)
    if (!activeKeys.has(keyOfWanted(want))) commands.push({ type: 'alert:raise', ...want });
  for (const alert of active)
    if (
      hubConditionKinds.has(alert.kind) &&
      !wantedKeys.has(alertKey(alert)) &&
      !undecided.has(alertKey(alert))
    )
      commands.push({ type: 'alert:clear', alertId: alert.id });
  const afterMs = (configured.config.alerts ?? defaultAlertsConfig).escalateAfterMinutes * minuteMs;
  const clearing = new Set(commands.flatMap((c) => (c.type === 'alert:clear' ? [c.alertId] : [])));
  for (const alert of active.sort((a, b) => a.raisedAt - b.raisedAt || a.id.localeCompare(b.id)))
    if (!clearing.has(alert.id) && needsEscalation(alert, facts.now, afterMs))
      commands.push({ type: 'alert:escalate', alertId: alert.id });
  return commands;
}
