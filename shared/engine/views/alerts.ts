import { isActiveAlert, type Alert, type DeviceReport } from '../../domain/alert';
import type { QueueState } from '../state';

/** What staff see of alerts and devices (never shown on public screens). */
export interface AlertsView {
  /** Open or acknowledged-but-unresolved alerts, oldest first. */
  active: Alert[];
  /** Closed alerts, latest first. */
  closed: Alert[];
  /** The latest statuses of each reporting kiosk or workstation, by label. */
  devices: DeviceReport[];
}

export function alertsView(state: QueueState): AlertsView {
  const alerts = Object.values(state.alerts);
  return {
    active: alerts.filter(isActiveAlert).sort((a, b) => a.raisedAt - b.raisedAt),
    closed: alerts
      .filter((a) => !isActiveAlert(a))
      .sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0)),
    devices: Object.values(state.devices).sort((a, b) => a.label.localeCompare(b.label)),
  };
}
