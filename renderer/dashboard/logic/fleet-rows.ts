import { isActiveAlert } from '../../../shared/domain/alert';
import type { DeviceStatus } from '../../../shared/devices/status';
import type { FleetDevice } from '../../../shared/contracts/fleet';
import type { QueueState } from '../../../shared/engine';

// Every device the floor depends on: the ones in service (the hub's fleet list, for
// managers and admins) joined with what each reported of its printer and scanner (the
// stream), silent ones first.

/** A device in service as `GET /api/v1/fleet` gives it. */
export type EnrolledDevice = FleetDevice;

export interface FleetRow {
  id: string;
  kind: string | null;
  label: string;
  appVersion: string | null;
  address: string | null;
  lastContactAt: number | null;
  /** It holds the event stream open now (the hub's word). */
  connected: boolean;
  silent: boolean;
  /** Its printer's and scanner's statuses, and since when they were reported so. */
  statuses: DeviceStatus[];
  statusesSince: number | null;
  /** A printer or scanner that cannot work. */
  troubled: boolean;
}

function troubled(status: DeviceStatus): boolean {
  return status.state !== 'ready' && status.state !== 'paper-near-end';
}

/**
 * Silent means what the hub says (an active `device-silent` alert): it knows which devices
 * hold a stream open, which `lastSeenAt` alone does not tell.
 */
export function fleetRows(state: QueueState, enrolled: readonly EnrolledDevice[]): FleetRow[] {
  const silentAlerts = new Set(
    Object.values(state.alerts)
      .filter((a) => a.kind === 'device-silent' && isActiveAlert(a) && a.source)
      .map((a) => a.source?.deviceId ?? ''),
  );
  const rows = new Map<string, FleetRow>();
  for (const device of enrolled)
    rows.set(device.id, {
      id: device.id,
      kind: device.role,
      label: device.label,
      appVersion: device.appVersion,
      address: device.address,
      lastContactAt: device.lastContactAt,
      connected: device.connected,
      silent: silentAlerts.has(device.id),
      statuses: [],
      statusesSince: null,
      troubled: false,
    });
  for (const report of Object.values(state.devices)) {
    const row: FleetRow = rows.get(report.deviceId) ?? {
      id: report.deviceId,
      kind: null,
      label: report.label,
      appVersion: null,
      address: null,
      lastContactAt: null,
      connected: false,
      silent: silentAlerts.has(report.deviceId),
      statuses: [],
      statusesSince: null,
      troubled: false,
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
