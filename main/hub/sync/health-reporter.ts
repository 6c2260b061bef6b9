import { identifierSchema } from '../../../shared/central/common';
import type { SiteHealth } from '../../../shared/central/health';
import type { DeviceReport } from '../../../shared/engine';
import type { CentralApi } from '../../central/central-api';
import type { OutboxCounts } from './outbox-store';

export interface HealthSources {
  version: string;
  clock: () => number;
  /** Enrolled devices (revoked ones left out by the caller). */
  devices: () => { id: string; role: string; lastSeenAt: number | null }[];
  /** Devices with an event stream open right now. */
  connected: () => ReadonlySet<string>;
  reports: () => DeviceReport[];
  counts: () => OutboxCounts;
  lastSuccessAt: () => number | null;
  lastError: () => { at: number; message: string } | null;
}

const iso = (ms: number) => new Date(ms).toISOString();
const clientModes = new Set(['kiosk', 'counter', 'display']);
const validId = (id: string) => identifierSchema.safeParse(id).success;

/** The site's heartbeat for the town's IT: what runs, whether devices work, the sync's lag. */
export function siteHealth(s: HealthSources): SiteHealth {
  const now = s.clock();
  const connected = s.connected();
  const clients = s
    .devices()
    .filter((d) => clientModes.has(d.role) && validId(d.id))
    .map((d) => ({
      clientId: d.id,
      mode: d.role as 'kiosk' | 'counter' | 'display',
      appVersion: s.version,
      online: connected.has(d.id),
      lastSeenAt: d.lastSeenAt === null ? null : iso(d.lastSeenAt),
    }));
  const devices = s.reports().flatMap((report) =>
    report.statuses
      .filter((status) => validId(status.deviceId) && validId(report.deviceId))
      .map((status) => ({
        deviceId: status.deviceId,
        clientId: report.deviceId,
        kind: status.kind,
        state: status.state,
        lastReadAt: status.lastReadAt === null ? null : iso(status.lastReadAt),
        ...(status.detail ? { detail: status.detail } : {}),
      })),
  ) as SiteHealth['devices'];
  const counts = s.counts();
  const lastSuccess = s.lastSuccessAt();
  const lastError = s.lastError();
  return {
    reportedAt: iso(now),
    hubVersion: s.version,
    clients: [
      {
        clientId: 'hub',
        mode: 'hub' as const,
        appVersion: s.version,
        online: true,
        lastSeenAt: iso(now),
      },
      ...clients,
    ].slice(0, 500),
    devices: devices.slice(0, 500),
    sync: {
      backlog: counts.pending,
      quarantined: counts.quarantined,
      lastSuccessAt: lastSuccess === null ? null : iso(lastSuccess),
      lastError:
        lastError && (lastSuccess === null || lastError.at > lastSuccess)
          ? { at: iso(lastError.at), message: lastError.message.slice(0, 1000) }
          : null,
    },
  };
}

/** Sends the heartbeat; says what happened rather than throwing. */
export async function reportHealth(central: CentralApi, sources: HealthSources): Promise<string> {
  const result = await central.reportHealth(siteHealth(sources));
  return result.ok ? 'reported' : `failed: ${result.failure.message}`;
}
