import { describeIssues } from '../../../shared/ipc/envelope';
import { CorruptConfigError, type ConfigStore } from './config-store';
import {
  deviceConfigSchema,
  deviceConfigVersion,
  type DeviceConfig,
  type DeviceConfigInput,
} from './device-config';
import { migrateDeviceConfig } from './migrations';

// The one typed door to the device configuration. Loading never loses a file: one that
// does not parse, fails the schema or comes from a newer app is moved aside (kept for
// support) and the app opens its setup screen saying why; a migrated one is written back
// in the current version. Saving checks the whole object first and writes nothing when
// it is refused.

export type SetupReason = 'first-run' | 'corrupt' | 'invalid' | 'newer';

export type DeviceConfigLoad =
  | { kind: 'ready'; config: DeviceConfig; migratedFrom: number | null }
  | { kind: 'setup'; reason: SetupReason; message: string; keptAs?: string };

export type SaveResult = { ok: true; config: DeviceConfig } | { ok: false; message: string };

export class DeviceConfigService {
  private current: DeviceConfig | null = null;

  constructor(
    private readonly store: ConfigStore,
    private readonly clock: () => number = Date.now,
  ) {}

  load(): DeviceConfigLoad {
    let raw: unknown;
    try {
      raw = this.store.read();
    } catch (error) {
      if (!(error instanceof CorruptConfigError)) throw error;
      const keptAs = this.store.keepAside(this.clock());
      return {
        kind: 'setup',
        reason: 'corrupt',
        message: `${error.message}; kept as ${keptAs}`,
        keptAs,
      };
    }
    if (raw === undefined)
      return {
        kind: 'setup',
        reason: 'first-run',
        message: 'this device has no configuration yet',
      };
    const migrated = migrateDeviceConfig(raw);
    if (!migrated.ok) {
      const keptAs = this.store.keepAside(this.clock());
      const reason = migrated.reason === 'newer' ? 'newer' : 'invalid';
      return {
        kind: 'setup',
        reason,
        message: `the configuration in ${this.store.path} is refused: ${migrated.message}; kept as ${keptAs}`,
        keptAs,
      };
    }
    if (migrated.migratedFrom !== null) this.store.write(migrated.config);
    this.current = migrated.config;
    return { kind: 'ready', config: migrated.config, migratedFrom: migrated.migratedFrom };
  }

  /** The configuration loaded or saved last; null before (or in setup). */
  get config(): DeviceConfig | null {
    return this.current;
  }

  save(input: Omit<DeviceConfigInput, 'version'>): SaveResult {
    const parsed = deviceConfigSchema.safeParse({ ...input, version: deviceConfigVersion });
    if (!parsed.success)
      return {
        ok: false,
        message: `the configuration is refused: ${describeIssues(parsed.error)}`,
      };
    this.store.write(parsed.data);
    this.current = parsed.data;
    return { ok: true, config: parsed.data };
  }

  /** Changes part of the saved configuration, checked as a whole. */
  update(change: (config: DeviceConfig) => Omit<DeviceConfigInput, 'version'>): SaveResult {
    if (!this.current) return { ok: false, message: 'there is no configuration to change yet' };
    return this.save(change(this.current));
  }
}
