import { isActiveAlert, type Alert } from '../domain/alert';
import type { EventOf } from './events';
import { ALERTS_CLOSED_KEPT, type QueueState } from './state';

// How alert and device-status events change the state (mutating it, see evolve).

export function applyAlertRaised(state: QueueState, event: EventOf<'alert:raised'>): void {
  const alert: Alert = {
    id: event.alertId,
    kind: event.kind,
    source: event.source,
    raisedAt: event.at,
    ...(event.detail ? { detail: event.detail } : {}),
    ...(event.serviceId ? { serviceId: event.serviceId } : {}),
    ...(event.ticketId ? { ticketId: event.ticketId } : {}),
    ...(event.counterId ? { counterId: event.counterId } : {}),
  };
  state.alerts[alert.id] = alert;
  const number = Number(event.alertId.slice('alert-'.length));
  if (Number.isInteger(number)) state.alertSeq = Math.max(state.alertSeq, number);
}

function close(state: QueueState, alert: Alert, at: number, reason: Alert['closeReason']): void {
  alert.closedAt = at;
  alert.closeReason = reason;
  const closed = Object.values(state.alerts).filter((a) => !isActiveAlert(a));
  if (closed.length <= ALERTS_CLOSED_KEPT) return;
  closed.sort((a, b) => (a.closedAt ?? 0) - (b.closedAt ?? 0) || a.raisedAt - b.raisedAt);
  for (const old of closed.slice(0, closed.length - ALERTS_CLOSED_KEPT))
    delete state.alerts[old.id];
}

export function applyAlertAcknowledged(
  state: QueueState,
  event: EventOf<'alert:acknowledged'>,
): void {
  const alert = state.alerts[event.alertId];
  if (!alert) return;
  alert.acknowledgedAt = event.at;
  alert.acknowledgedBy = event.by;
  if (event.closes) close(state, alert, event.at, 'acknowledged');
}

export function applyAlertResolved(state: QueueState, event: EventOf<'alert:resolved'>): void {
  const alert = state.alerts[event.alertId];
  if (alert) close(state, alert, event.at, event.reason);
}

export function applyDevicesReported(state: QueueState, event: EventOf<'devices:reported'>): void {
  state.devices[event.deviceId] = {
    deviceId: event.deviceId,
    label: event.label,
    statuses: event.statuses,
    reportedAt: event.at,
  };
}

export function applyAlertEscalated(state: QueueState, event: EventOf<'alert:escalated'>): void {
  const alert = state.alerts[event.alertId];
  if (alert) alert.escalatedAt = event.at;
}

export function applyDisplayMessageSet(
  state: QueueState,
  event: EventOf<'display:message-set'>,
): void {
  state.displayMessage = { text: event.text, at: event.at, by: event.by };
}

export function applyDisplayMessageCleared(state: QueueState): void {
  state.displayMessage = null;
}
