import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppImageUpdater } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';
import { ElectronHttpExecutor } from 'electron-updater/out/electronHttpExecutor';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { calendarSchema } from '../../../shared/domain/calendar-config';
import { startUpdates, type UpdaterLike } from './update-service';

// electron-updater itself, against a real update server on loopback: the feed file
// electron-builder publishes (latest-linux.yml), the package it names, its sha512. What
// stands in is only Electron's `net` (electron-updater's HTTP goes through it), here
// Node's own HTTP client, which answers the same events; and the app (its version, its
// folders). The install itself (a restart into the new AppImage) is the one step not
// taken: the test records that the policy asked for it.

const require = createRequire(import.meta.url);

/** Electron's `net.request` and `session.fromPartition`, over Node's http: same events, same response. */
const electronStandIn = {
  net: {
    request(options: Record<string, unknown>) {
      const { session: _session, redirect: _redirect, ...http } = options;
      return request(http);
    },
  },
  session: { fromPartition: () => ({}) },
};
// electron-updater calls require('electron') lazily, from node_modules: the module cache
// is where it finds Electron, so that is where the stand-in goes.
const electronPath = require.resolve('electron');
const previous = require.cache[electronPath];
require.cache[electronPath] = { exports: electronStandIn } as NodeJS.Module;

let dir: string;
let server: Server;
let base: string;
const served: string[] = [];
let feed = '';
let pkg: Buffer = Buffer.alloc(0);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'updates-'));
  server = createServer((req, res) => {
    served.push(req.url ?? '');
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/accueil/latest-linux.yml') {
      res.writeHead(200, { 'content-type': 'text/yaml' }).end(feed);
    } else if (path === '/accueil/Accueil-0.2.0.AppImage') {
      res.writeHead(200, { 'content-length': pkg.length }).end(pkg);
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/accueil/`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(dir, { recursive: true, force: true });
  if (previous) require.cache[electronPath] = previous;
  else delete require.cache[electronPath];
});

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  served.length = 0;
});

/** The feed electron-builder writes for a release, with the sha512 of the bytes served (or not). */
function publish(version: string, bytes: Buffer, extra: Record<string, string | number> = {}) {
  pkg = bytes;
  const sha512 = createHash('sha512').update(bytes).digest('base64');
  const lines = [
    `version: ${version}`,
    'files:',
    `  - url: Accueil-${version}.AppImage`,
    `    sha512: ${extra.sha512 ?? sha512}`,
    `    size: ${bytes.length}`,
    `path: Accueil-${version}.AppImage`,
    `sha512: ${extra.sha512 ?? sha512}`,
    `releaseDate: '2026-11-30T10:00:00.000Z'`,
    ...Object.entries(extra)
      .filter(([key]) => key !== 'sha512')
      .map(([key, value]) => `${key}: ${value}`),
  ];
  feed = `${lines.join('\n')}\n`;
}

/** An installed Accueil 0.1.0 AppImage: its folders, and the app-update.yml the package carries. */
function installedApp(): { updater: AppImageUpdater; cache: string } {
  const root = mkdtempSync(join(dir, 'app-'));
  const appImage = join(root, 'Accueil-0.1.0.AppImage');
  writeFileSync(appImage, 'the running version');
  const saved = process.env.APPIMAGE;
  process.env.APPIMAGE = appImage;
  cleanups.push(() => {
    if (saved === undefined) delete process.env.APPIMAGE;
    else process.env.APPIMAGE = saved;
  });
  const configPath = join(root, 'app-update.yml');
  writeFileSync(
    configPath,
    // As electron-builder writes it for the package's `publish: generic` (build/).
    `provider: generic\nurl: ${base}\nupdaterCacheDirName: accueil-updater\n`,
  );
  const app: AppAdapter = {
    version: '0.1.0',
    name: 'Accueil',
    isPackaged: true,
    appUpdateConfigPath: configPath,
    userDataPath: join(root, 'userData'),
    baseCachePath: join(root, 'cache'),
    whenReady: () => Promise.resolve(),
    relaunch: () => {},
    quit: () => {},
    onQuit: () => {},
  };
  const updater = new AppImageUpdater(undefined, app);
  // Given an app, electron-updater leaves its HTTP to the caller: Electron's own executor,
  // as it uses in the packaged app (over `net`).
  (updater as unknown as { httpExecutor: ElectronHttpExecutor }).httpExecutor =
    new ElectronHttpExecutor();
  updater.logger = process.env.DEBUG_UPDATER ? console : null;
  return { updater, cache: join(root, 'cache', 'accueil-updater', 'pending') };
}

/** The service as the app runs it, at night with the site closed: the policy allows all. */
function service(updater: AppImageUpdater) {
  const logs: string[] = [];
  const installs: unknown[][] = [];
  const asUpdater = updater as unknown as UpdaterLike;
  asUpdater.quitAndInstall = (...args: unknown[]) => void installs.push(args);
  const downloaded = new Promise<void>((resolve) =>
    updater.once('update-downloaded', () => resolve()),
  );
  const failed = new Promise<string>((resolve) =>
    updater.once('error', (error: Error) => resolve(error.message)),
  );
  // 03:30 in Paris on Wednesday 8 April 2026: the site opens at 08:30.
  const night = Date.parse('2026-04-08T01:30:00Z');
  const running = startUpdates({
    updater: asUpdater,
    updates: { channel: 'latest', url: base },
    facts: () => ({
      timeZone: 'Europe/Paris',
      calendar: calendarSchema.parse({ weekly: { wed: [{ from: '08:30', to: '12:00' }] } }),
      schedule: { enabled: true, wakeBeforeMinutes: 30, sleepAfterMinutes: 15 },
      lastInputAt: night - 3 * 3_600_000,
      busy: false,
    }),
    clock: () => night,
    log: (message) => logs.push(message),
    everyMs: 3_600_000,
  });
  cleanups.push(() => running.stop());
  return { running, logs, installs, downloaded, failed };
}

describe('updates from a real feed with electron-updater', () => {
  it('finds a newer version, downloads it, checks its sha512, and installs only when asked', async () => {
    const bytes = randomBytes(256 * 1024);
    publish('0.2.0', bytes);
    const { updater, cache } = installedApp();
    const run = service(updater);
    await run.running.evaluate();
    await run.downloaded;
    expect(served.some((url) => url.startsWith('/accueil/latest-linux.yml'))).toBe(true);
    expect(served.some((url) => url.startsWith('/accueil/Accueil-0.2.0.AppImage'))).toBe(true);
    const file = join(cache, 'Accueil-0.2.0.AppImage');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(run.logs.join('\n')).toMatch(/update 0\.2\.0 downloaded/);
    // The next look at the policy, still at night with nobody at the screen: install.
    await run.running.evaluate();
    expect(run.installs).toEqual([[true, true]]);
  });

  it('refuses a package whose bytes are not the ones the feed signed for, and keeps this version', async () => {
    publish('0.2.0', randomBytes(64 * 1024), {
      sha512: createHash('sha512').update('something else').digest('base64'),
    });
    const { updater, cache } = installedApp();
    const run = service(updater);
    await run.running.evaluate();
    expect(await run.failed).toMatch(/sha512 checksum mismatch/);
    expect(existsSync(join(cache, 'Accueil-0.2.0.AppImage'))).toBe(false);
    expect(run.logs.join('\n')).toMatch(/this version keeps running/);
    await run.running.evaluate();
    expect(run.installs).toEqual([]);
  });

  it('takes nothing from a staged rollout at 0 %, nor an older version', async () => {
    publish('0.2.0', randomBytes(1024), { stagingPercentage: 0 });
    const staged = installedApp();
    const notStaged = service(staged.updater);
    const none = new Promise<void>((resolve) =>
      staged.updater.once('update-not-available', () => resolve()),
    );
    await notStaged.running.evaluate();
    await none;
    expect(served.some((url) => url.includes('.AppImage'))).toBe(false);

    publish('0.0.9', randomBytes(1024));
    const older = installedApp();
    const run = service(older.updater);
    const stays = new Promise<void>((resolve) =>
      older.updater.once('update-not-available', () => resolve()),
    );
    await run.running.evaluate();
    await stays;
    expect(served.some((url) => url.includes('.AppImage'))).toBe(false);
    expect(run.installs).toEqual([]);
  });
});
