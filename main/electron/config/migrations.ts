import { describeIssues } from '../../../shared/ipc/envelope';
import { deviceConfigSchema, deviceConfigVersion, type DeviceConfig } from './device-config';

// Device configurations written by earlier versions, brought to the current one step by
// step. Each migration takes version N's object and returns version N+1's; the result is
// then checked by the current schema, and a file newer than this app is never rewritten.

type Raw = Record<string, unknown>;

/** `migrations[n]` turns version n into version n + 1. */
export const migrations: Readonly<Record<number, (config: Raw) => Raw>> = {
  // Version 1 kept the hub as two flat fields.
  1: ({ hubUrl, hubFingerprint, ...rest }) => ({
    ...rest,
    version: 2,
    hub: { url: hubUrl, ...(hubFingerprint === undefined ? {} : { fingerprint: hubFingerprint }) },
  }),
};

export type MigrationResult =
  | { ok: true; config: DeviceConfig; migratedFrom: number | null }
  | { ok: false; reason: 'not-an-object' | 'no-version' | 'newer' | 'invalid'; message: string };

export function migrateDeviceConfig(raw: unknown): MigrationResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return {
      ok: false,
      reason: 'not-an-object',
      message: 'the configuration is not a JSON object',
    };
  let config = raw as Raw;
  const from = config.version;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1)
    return { ok: false, reason: 'no-version', message: 'the configuration has no version number' };
  if (from > deviceConfigVersion)
    return {
      ok: false,
      reason: 'newer',
      message: `the configuration is version ${from}, written by a newer app (this one reads up to ${deviceConfigVersion}): update the app`,
    };
  for (let version = from; version < deviceConfigVersion; version += 1) {
    const step = migrations[version];
    if (!step)
      return { ok: false, reason: 'invalid', message: `no migration from version ${version}` };
    config = step(config);
  }
  const parsed = deviceConfigSchema.safeParse(config);
  if (!parsed.success)
    return { ok: false, reason: 'invalid', message: describeIssues(parsed.error) };
  return {
    ok: true,
    config: parsed.data,
    migratedFrom: from === deviceConfigVersion ? null : from,
  };
}
