import type { DeviceConfig } from '../config/device-config';
import {
  defaultUpdateTiming,
  updateDecision,
  type UpdateFacts,
  type UpdateTiming,
} from './update-policy';

// electron-updater driven by the update policy: a generic HTTPS server (the device's
// own, else the one built into the package), the device's channel, downloads in the
// background once an update is found, and the install (a restart) only when the policy
// says so. A failed check or download is logged and leaves the running version as it is;
// the staged rollout (stagingPercentage in the server's latest.yml) is electron-updater's
// own: each install draws a stable random number and takes the update only below it.

/** The part of electron-updater's AppUpdater used here. */
export interface UpdaterLike {
  autoDownload: boolean;
  autoInstallOnAppQuit: boolean;
  allowDowngrade: boolean;
  channel: string | null;
  setFeedURL(options: { provider: 'generic'; url: string; channel?: string }): void;
  checkForUpdates(): Promise<unknown>;
  quitAndInstall(isSilent?: boolean, isForceRunAfter?: boolean): void;
  on(event: 'update-downloaded' | 'error', listener: (arg: unknown) => void): unknown;
}

export interface UpdateServiceOptions {
  updater: UpdaterLike;
  updates: DeviceConfig['updates'];
  /** What the policy needs besides the updater's own state. */
  facts: () => Omit<UpdateFacts, 'now' | 'lastCheckAt' | 'downloaded'>;
  clock: () => number;
  log: (message: string) => void;
  everyMs?: number;
  timing?: UpdateTiming;
}

export interface UpdateService {
  /** One look at the policy (also what the timer runs). */
  evaluate(): Promise<void>;
  stop(): void;
}

export function startUpdates(options: UpdateServiceOptions): UpdateService {
  const { updater, clock, log } = options;
  updater.autoDownload = true;
  // Never install on an ordinary quit (the admin leaving kiosk mode in the day).
  updater.autoInstallOnAppQuit = false;
  updater.allowDowngrade = false;
  const channel = options.updates?.channel ?? 'latest';
  if (options.updates?.url)
    updater.setFeedURL({ provider: 'generic', url: options.updates.url, channel });
  updater.channel = channel;
  updater.allowDowngrade = false;

  let lastCheckAt: number | null = null;
  let downloaded: string | null = null;
  let checking = false;
  updater.on('update-downloaded', (info) => {
    downloaded = (info as { version?: string } | null)?.version ?? 'a new version';
    log(`update ${downloaded} downloaded: installed when the site is closed and the screen quiet`);
  });
  updater.on('error', (error) =>
    log(
      `update failed (${error instanceof Error ? error.message : String(error)}): this version keeps running`,
    ),
  );

  const evaluate = async () => {
    const decision = updateDecision(
      { ...options.facts(), now: clock(), lastCheckAt, downloaded: downloaded !== null },
      options.timing ?? defaultUpdateTiming,
    );
    if (decision.action === 'install') {
      log(`installing update ${downloaded ?? ''} and restarting`);
      updater.quitAndInstall(true, true);
    } else if (decision.action === 'check' && !checking) {
      checking = true;
      lastCheckAt = clock();
      try {
        const result = await updater.checkForUpdates();
        // With autoDownload the download runs on: its failure (a checksum that does not
        // match, a dropped connection) is already said by the 'error' event; unhandled,
        // its rejection would reach the main process as an unhandled rejection.
        const download = (result as { downloadPromise?: Promise<unknown> } | null)?.downloadPromise;
        download?.catch(() => {});
      } catch (error) {
        log(
          `update check failed (${error instanceof Error ? error.message : String(error)}): tried again later`,
        );
      } finally {
        checking = false;
      }
    }
  };
  const timer = setInterval(() => void evaluate(), options.everyMs ?? 5 * 60_000);
  return { evaluate, stop: () => clearInterval(timer) };
}
