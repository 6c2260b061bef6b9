import { isActiveAlert } from '../../../shared/domain/alert';
import type { DeviceStatus } from '../../../shared/devices/status';
import type { QueueState } from '../../../shared/engine';

// Every device the floor depends on: the enrolled ones (the hub's device list, admins
// only) joined with what each reported of its printer and scanner (the stream), silent
// ones first.

/** An enrolled device as `GET /api/v1/devices` gives it. */
export interface EnrolledDevice {
  id: string;
  role: string;
  label: string;
  enrolledAt: number;
  lastSeenAt: number | null;
  revokedAt: number | null;
  /** Not in the hub's device list yet: shown as unknown. */
  appVersion?: string;
  address?: string;
}

export interface FleetRow {
  id: string;
  kind: string | null;
  label: string;
  appVersion: string | null;
  address: string | null;
  lastContactAt: number | null;
  silent: boolean;
  /** Its printer's and scanner's statuses, and since when they were reported so. */
  statuses: DeviceStatus[];
  statusesSince: number | null;
  /** A printer or scanner that cannot work. */
  troubled: boolean;
  revokedAt: number | null;
}

function troubled(status: DeviceStatus): boolean {
  return status.state !== 'ready' && status.state !== 'paper-near-end';
}

export function fleetRows(
  state: QueueState,
  enrolled: readonly EnrolledDevice[],
  now: number,
): FleetRow[] {
  const silentAfterMs = (state.config?.alerts.deviceSilentSeconds ?? 90) * 1000;
  const silentAlerts = new Set(
    Object.values(state.alerts)
      .filter((a) => a.kind === 'device-silent' && isActiveAlert(a) && a.source)
      .map((a) => a.source?.deviceId ?? ''),
  );
  const rows = new Map<string, FleetRow>();
  for (const device of enrolled) {
    if (device.revokedAt !== null) continue;
    rows.set(device.id, {
      id: device.id,
      kind: device.role,
      label: device.label,
      appVersion: device.appVersion ?? null,
      address: device.address ?? null,
      lastContactAt: device.lastSeenAt,
      silent:
        silentAlerts.has(device.id) ||
        (device.role !== 'admin' &&
          (device.lastSeenAt === null || now - device.lastSeenAt > silentAfterMs)),
      statuses: [],
      statusesSince: null,
      troubled: false,
      revokedAt: device.revokedAt,
    });
  }
  for (const report of Object.values(state.devices)) {
    const row: FleetRow = rows.get(report.deviceId) ?? {
      id: report.deviceId,
      kind: null,
      label: report.label,
      appVersion: null,
      address: null,
      lastContactAt: null,
      silent: silentAlerts.has(report.deviceId),
      statuses: [],
      statusesSince: null,
      troubled: false,
      revokedAt: null,
    };
    row.statuses = report.statuses;
    row.statusesSince = report.reportedAt;
    row.troubled = report.statuses.some(troubled);
    if (row.lastContactAt === null || report.reportedAt > row.lastContactAt)
      row.lastContactAt = report.reportedAt;
    rows.set(report.deviceId, row);
  }
  const order = (row: FleetRow) => (row.silent ? 0 : row.troubled ? 1 : 2);
  return [...rows.values()].sort(
    (a, b) => order(a) - order(b) || a.label.localeCompare(b.label, 'fr'),
  );
}
