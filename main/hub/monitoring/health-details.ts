import { existsSync, statSync, statfsSync } from 'node:fs';
import { join } from 'node:path';
import type { HealthDetails } from '../../../shared/contracts/monitoring';
import { migrations } from '../store/migrations';
import type { HubContext } from '../hub-context';

const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0);

/**
 * What IT's monitoring needs to know beyond "it answers": the database, the central
 * sync, devices gone silent and the data folder's free space, each with the problem it
 * shows in words. "degraded" while any problem stands.
 */
export function healthDetails(hub: HubContext, streamClients: number): HealthDetails {
  const now = hub.clock();
  const { monitoring, dataDir } = hub.settings;
  const problems: string[] = [];

  const file = join(dataDir, 'hub.db');
  const database = {
    file,
    bytes: sizeOf(file),
    walBytes: sizeOf(`${file}-wal`),
    schemaVersion: migrations.length,
    lastSeq: hub.authority.lastSeq,
  };

  const sync = hub.sync.summary();
  if (sync.failing)
    problems.push('sending visits to the central API is failing (see GET /api/v1/sync)');
  if (sync.quarantined > 0)
    problems.push(`${sync.quarantined} visits were refused by the central API and wait for a fix`);

  const silentSince = now - monitoring.silentAfterMinutes * 60_000;
  const silent = hub.devices
    .list()
    .filter((d) => d.revokedAt === null && (d.lastSeenAt ?? d.enrolledAt) < silentSince)
    .map((d) => ({ id: d.id, role: d.role, label: d.label, lastSeenAt: d.lastSeenAt }));
  if (silent.length > 0)
    problems.push(
      `${silent.length} device(s) silent for over ${monitoring.silentAfterMinutes} minutes: ${silent.map((d) => d.label).join(', ')}`,
    );

  const fs = statfsSync(dataDir);
  const disk = { dataDir, freeBytes: fs.bavail * fs.bsize, totalBytes: fs.blocks * fs.bsize };
  if (disk.freeBytes < monitoring.minFreeDiskMegabytes * 1024 * 1024)
    problems.push(
      `only ${Math.round(disk.freeBytes / 1024 / 1024)} MB free in ${dataDir} (limit ${monitoring.minFreeDiskMegabytes} MB)`,
    );

  return {
    status: problems.length === 0 ? 'ok' : 'degraded',
    problems,
    now,
    database,
    sync,
    streamClients,
    devices: { enrolled: hub.devices.list().filter((d) => d.revokedAt === null).length, silent },
    disk,
  };
}
