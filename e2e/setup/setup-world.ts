import { X509Certificate } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { FetchLike } from '../../shared/contracts/hub-client';
import { appChannelNames, preloadAppGlobalName } from '../../shared/ipc/app-channels';
import { dispatch } from '../../main/device-host/handler-table';
import { hashPin } from '../../main/electron/admin/admin-pin';
import { AdminSession } from '../../main/electron/admin/admin-session';
import { openConfStore } from '../../main/electron/config/conf-store';
import {
  DeviceConfigService,
  type DeviceConfigLoad,
} from '../../main/electron/config/device-config-service';
import { createAppHandlers, type AppHandlers } from '../../main/electron/ipc/app-handlers';
import type { AppMode } from '../../main/electron/policy/web-preferences';
import { readHubCertificate } from '../../main/electron/setup/hub-certificate';
import {
  makeTestCertificates,
  type TestCertificates,
} from '../../main/electron/test-support/test-certificates';
import { startHub, type Hub } from '../../main/hub';
import { testSiteConfig } from '../../main/hub/test-support/site-config';
import { ensureTestWebBuild } from '../support/web-build';

// The setup screens' world: a real hub over HTTPS with a certificate signed by the site's
// own CA (made by openssl for this run), serving the real web build; and, in place of
// Electron, the page's `window.accueilApp` forwarding to the app's real handlers in this
// process (real configuration file, real PIN session, real enrolment over HTTPS). The
// only stand-in is the bridge: the preload and main's sender check are Electron's part.

const adminPassword = 'mot de passe des tests de l’installation';
export const host = 'localhost';
export const fingerprintOf = (pem: string) => new X509Certificate(pem).fingerprint256;

export interface SetupWorld {
  certs: TestCertificates;
  hubUrl: string;
  hub: Hub;
  /** The device's data folder (device.json, main.log). */
  deviceDir: string;
  restarts: number;
  backs: number;
  /** Calls the hub as its administrator (creates enrolment codes). */
  api<T>(
    method: string,
    path: string,
    body?: unknown,
    token?: string,
  ): Promise<{ status: number; body: T }>;
  enrolmentCode(role: 'kiosk' | 'counter' | 'display', label: string): Promise<string>;
  /** Loads the device configuration as the app does at start, and wires the handlers. */
  startApp(): DeviceConfigLoad;
  config(): DeviceConfigService;
  /** Saves a configuration as a setup would have, with this admin PIN. */
  saveConfig(mode: AppMode, pin: string): Promise<void>;
  /** Gives `page` the app's bridge, as the preload does. */
  exposeBridge(page: Page): Promise<void>;
  close(): Promise<void>;
}

/** Node's HTTPS trusting exactly the pinned certificate, as the app's pinned session does. */
function pinnedFetch(certs: TestCertificates, fingerprint: string | undefined): FetchLike {
  const anchor = [certs.siteCa, certs.hub].find((pem) => fingerprintOf(pem) === fingerprint);
  return (url, init) =>
    new Promise((resolve, reject) => {
      const request = httpsRequest(
        url,
        { method: init.method, headers: init.headers, ...(anchor ? { ca: anchor } : {}) },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              text: async () => Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      request.on('error', reject);
      request.end(init.body);
    });
}

export async function startSetupWorld(): Promise<SetupWorld> {
  const certs = makeTestCertificates(host);
  const dir = mkdtempSync(join(tmpdir(), 'accueil-setup-e2e-'));
  writeFileSync(join(dir, 'hub.pem'), certs.hub + certs.siteCa);
  writeFileSync(join(dir, 'hub.key'), certs.keys.hub, { mode: 0o600 });
  const hub = await startHub({
    siteConfig: testSiteConfig,
    adminPassword,
    webDir: await ensureTestWebBuild(),
    settings: {
      host: '127.0.0.1',
      port: 0,
      dataDir: join(dir, 'hub'),
      tls: { cert: join(dir, 'hub.pem'), key: join(dir, 'hub.key') },
    },
  });
  const hubUrl = `https://${host}:${new URL(hub.url).port}`;
  const caFetch = pinnedFetch(certs, fingerprintOf(certs.siteCa));
  const api: SetupWorld['api'] = async (method, path, body, token) => {
    const answer = await caFetch(`${hubUrl}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await answer.text();
    return { status: answer.status, body: (text ? JSON.parse(text) : null) as never };
  };
  const login = await api<{ token: string }>('POST', '/api/v1/auth/login', {
    agentId: 'admin',
    password: adminPassword,
  });
  const adminToken = login.body.token;

  const deviceDir = join(dir, 'device');
  mkdirSync(deviceDir, { recursive: true });
  let config = new DeviceConfigService(openConfStore({ cwd: deviceDir, configName: 'device' }));
  let loaded: DeviceConfigLoad | null = null;
  let handlers: AppHandlers | null = null;
  const world: SetupWorld = {
    certs,
    hubUrl,
    hub,
    deviceDir,
    restarts: 0,
    backs: 0,
    api,
    async enrolmentCode(role, label) {
      const answer = await api<{ code: string }>(
        'POST',
        '/api/v1/devices/enrolment-codes',
        { role, label },
        adminToken,
      );
      return answer.body.code;
    },
    startApp() {
      config = new DeviceConfigService(openConfStore({ cwd: deviceDir, configName: 'device' }));
      const load = config.load();
      loaded = load;
      const mode: AppMode | 'setup' = load.kind === 'ready' ? load.config.mode : 'setup';
      const log = (message: string) =>
        writeFileSync(join(deviceDir, 'main.log'), `[info] ${message}\n`, { flag: 'a' });
      log(`Accueil starting in ${mode} mode`);
      handlers = createAppHandlers({
        mode: () => mode,
        version: '0.1.0-test',
        setupReason: () => (load.kind === 'setup' ? load.reason : null),
        admin: new AdminSession(config),
        leaveKiosk: () => {},
        log,
        setup: {
          problem: () => (loaded?.kind === 'setup' ? loaded : null),
          config,
          hubFetch: (_origin, fingerprint) => pinnedFetch(certs, fingerprint),
          readCertificate: readHubCertificate,
          statuses: async () => [],
          testPrint: null,
          logFile: () => join(deviceDir, 'main.log'),
          restart: () => {
            world.restarts += 1;
          },
          backToApp: () => {
            world.backs += 1;
          },
          hashPin,
          clock: Date.now,
        },
      });
      return load;
    },
    config: () => config,
    async saveConfig(mode, pin) {
      const saved = config.save({
        mode,
        hub: { url: hubUrl, fingerprint: fingerprintOf(certs.siteCa) },
        deviceToken: 'a-token-the-hub-gave-earlier',
        enrolment: { deviceId: 'device-7', label: 'Borne du hall', at: Date.UTC(2026, 3, 7, 8) },
        adminPinHash: await hashPin(pin),
      });
      if (!saved.ok) throw new Error(saved.message);
    },
    async exposeBridge(page) {
      await page.exposeFunction('accueilTestMain', (channel: string, request: unknown) => {
        if (!handlers) throw new Error('startApp() first');
        return dispatch(handlers, channel, request);
      });
      await page.addInitScript(
        ({ names, global }) => {
          const allowed = new Set(names);
          const main = (
            globalThis as unknown as Record<string, (c: string, r: unknown) => Promise<unknown>>
          ).accueilTestMain!;
          Object.defineProperty(globalThis, global, {
            value: Object.freeze({
              invoke: (channel: string, request: unknown) =>
                allowed.has(channel)
                  ? main(channel, request)
                  : Promise.reject(new Error(`the preload does not forward ${channel}`)),
            }),
          });
        },
        { names: appChannelNames as string[], global: preloadAppGlobalName },
      );
    },
    async close() {
      await hub.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return world;
}
