import { existsSync, renameSync } from 'node:fs';

// Where the device configuration is kept: a port with one implementation over `conf`
// (Node, tests) and one over `electron-store` (the app), which is `conf` with Electron's
// userData folder. Both read and write the whole JSON object atomically.

export interface ConfigStore {
  readonly path: string;
  /** The stored object; undefined when there is none yet. Throws CorruptConfigError. */
  read(): unknown;
  write(value: Record<string, unknown>): void;
  /** Moves the file aside (kept for support) and starts empty; returns where it went. */
  keepAside(now: number): string;
}

export class CorruptConfigError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(
      `the configuration file ${path} cannot be read (${cause instanceof Error ? cause.message : String(cause)})`,
    );
    this.name = 'CorruptConfigError';
  }
}

/** What `conf` and `electron-store` have in common, as this port uses them. */
export interface ConfLike {
  readonly path: string;
  store: Record<string, unknown>;
}

export interface ConfOptions {
  cwd: string;
  configName: string;
}

/** Options every store is opened with: never silently cleared, readable by its user only. */
export const storeOptions = { clearInvalidConfig: false, configFileMode: 0o600 } as const;

/**
 * A ConfigStore over a conf-like store. `open` builds the store (conf reads the file in
 * its constructor, so a corrupt file throws there); `path` is where that file is.
 */
export function confBackedStore(open: () => ConfLike, path: string): ConfigStore {
  let store: ConfLike | null = null;
  const opened = (): ConfLike => {
    if (store) return store;
    try {
      store = open();
      return store;
    } catch (error) {
      throw new CorruptConfigError(path, error);
    }
  };
  return {
    path,
    read() {
      if (!existsSync(path)) return undefined;
      let value: Record<string, unknown>;
      try {
        value = opened().store;
      } catch (error) {
        throw error instanceof CorruptConfigError ? error : new CorruptConfigError(path, error);
      }
      return Object.keys(value).length === 0 ? undefined : value;
    },
    write(value) {
      opened().store = value;
    },
    keepAside(now) {
      const aside = `${path}.corrupt-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
      if (existsSync(path)) renameSync(path, aside);
      store = null;
      return aside;
    },
  };
}
