import { join } from 'node:path';
import { app, ipcMain, net, powerSaveBlocker, protocol, session } from 'electron';
import log from 'electron-log/main';
import ElectronStore from 'electron-store';
import { startHub, type Hub } from '../hub/start-hub';
import { WebFiles } from '../hub/web/web-files';
import { openDevices, type OpenedDevices } from '../device-host/open-devices';
import { createDeviceHandlers } from '../device-host/device-handlers';
import { DeviceEventSource } from '../device-host/device-events';
import { AdminSession } from './admin/admin-session';
import { appHost, appOrigin, appScheme, createAppFileHandler } from './app-protocol/app-files';
import { appPageUrl, setupPageUrl, sleepPageUrl } from './app-protocol/app-pages';
import { confBackedStore, storeOptions } from './config/config-store';
import { DeviceConfigService, type DeviceConfigLoad } from './config/device-config-service';
import type { DeviceConfig } from './config/device-config';
import { createModeWindow } from './create-window';
import { enrolPending } from './provisioning/enrol-pending';
import { provisionArgument, provisioningDirs } from './provisioning/provisioning-dirs';
import { provisionAtStart } from './provisioning/provision-at-start';
import { startLockedBrowser } from './browser/start-locked-browser';
import { hubPortalCatalogue } from './browser/hub-portal-catalogue';
import { hardenContents } from './harden-contents';
import { hardenSession } from './harden-session';
import { createAppHandlers } from './ipc/app-handlers';
import { lazyBrowser } from './ipc/browser-handlers';
import { registerIpc } from './ipc/register-ipc';
import { normaliseOrigins } from './policy/navigation';
import type { AppMode } from './policy/web-preferences';
import { RecoveryBudget } from './staying-up/crash-recovery';
import { keepAlive } from './staying-up/keep-alive';
import { startHubAlerter } from './staying-up/start-hub-alerter';
import { startPowerTimer } from './staying-up/power-timer';
import { startAppUpdates } from './updates/start-app-updates';
import { hashPin } from './admin/admin-pin';
import { pinnedHubFetch } from './setup/enrol-session';
import { readHubCertificate } from './setup/hub-certificate';
import { testTicketJob } from './setup/test-ticket';

// The Electron app's entry: one window in the mode the device configuration names
// (kiosk, counter, display), or the setup screen when there is none. Everything that
// decides is in the pure modules imported here; this file only wires them to Electron.

const production = app.isPackaged || process.env.ACCUEIL_PRODUCTION === '1';

// Tests and IT may keep the device's data elsewhere (before anything reads userData).
if (process.env.ACCUEIL_USER_DATA) app.setPath('userData', process.env.ACCUEIL_USER_DATA);

// Before `ready`: the app's scheme is a standard, secure origin of its own.
protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function configureLog(): (message: string) => void {
  log.transports.file.maxSize = 5 * 1024 * 1024; // then main.log becomes main.old.log
  log.transports.file.level = 'info';
  log.initialize();
  return (message) => log.info(message);
}

function openConfig(): DeviceConfigService {
  const store = confBackedStore(
    () => new ElectronStore<Record<string, unknown>>({ name: 'device', ...storeOptions }),
    join(app.getPath('userData'), 'device.json'),
  );
  const service = new DeviceConfigService(store);
  return service;
}

async function openModeDevices(config: DeviceConfig, say: (m: string) => void) {
  if (config.mode === 'display') return null;
  return openDevices({
    ...(config.printer
      ? {
          printer: {
            kind: 'config',
            config: config.printer,
            journalPath: join(app.getPath('userData'), 'print-journal.db'),
          },
        }
      : {}),
    ...(config.scanner ? { scanner: { kind: 'serial', config: config.scanner } } : {}),
    log: say,
  });
}

async function start(): Promise<void> {
  await app.whenReady();
  const say = configureLog();
  say(`Accueil ${app.getVersion()} starting (${production ? 'production' : 'development'})`);
  const config = openConfig();
  const userData = app.getPath('userData');
  provisionAtStart(config, {
    file: provisionArgument(process.argv),
    dirs: provisioningDirs(process.platform, userData, process.env),
    clock: Date.now,
    log: say,
  });
  const loaded: DeviceConfigLoad = config.load();
  // electron-store answers any renderer's synchronous 'electron-store-get-data': no page needs it.
  ipcMain.removeAllListeners('electron-store-get-data');
  if (loaded.kind === 'setup') say(`setup screen: ${loaded.message}`);
  const device = loaded.kind === 'ready' ? loaded.config : null;
  const mode: AppMode | 'setup' = device?.mode ?? 'setup';
  const hubOrigin = device?.hub.url ?? 'https://hub.invalid';

  hardenSession(session.defaultSession, {
    pin: device?.hub.fingerprint
      ? { hostname: new URL(hubOrigin).hostname, fingerprint: device.hub.fingerprint }
      : null,
    clock: Date.now,
    log: say,
  });
  // A provisioned device exchanges its one-time code over the pinned session.
  await enrolPending(config, (url, init) => net.fetch(url, init), say);
  // The bundle is dist/electron/main.cjs; the web apps beside it in dist/web (in the asar too).
  const webDir = join(__dirname, '..', 'web');
  protocol.handle(appScheme, createAppFileHandler({ files: new WebFiles(webDir), hubOrigin }));

  // Small sites: this machine also runs the hub, on loopback, before its window opens.
  let localHub: Hub | null = null;
  if (device?.localHub)
    localHub = await startHub({
      configFile: device.localHub.configFile,
      settings: { host: '127.0.0.1', port: device.localHub.port, dataDir: device.localHub.dataDir },
      webDir,
      log: say,
    });
  if (localHub) say(`hub started at ${localHub.url}`);

  let devices: OpenedDevices | null = null;
  try {
    devices = device ? await openModeDevices(device, say) : null;
  } catch (error) {
    say(`the devices could not be opened: ${String(error)}; the app runs paperless`);
  }
  const windows = new Map<number, AppMode>();
  const admin = new AdminSession(config);
  // The kiosk's locked e-services browser, created with its window below.
  let browser: ReturnType<typeof startLockedBrowser> | null = null;
  // The portals the locked browser may open, as main reads them from the hub (never as the
  // page lists them); read once now, so that a hub away later still leaves a list.
  const portals =
    device?.mode === 'kiosk'
      ? hubPortalCatalogue(
          device.hub.url,
          () => config.config?.deviceToken,
          (url, init) => net.fetch(url, init),
          say,
        )
      : null;
  void portals?.refresh();
  const deviceHandlers = devices
    ? createDeviceHandlers({
        supervisor: devices.supervisor,
        ...(devices.printer ? { printer: devices.printer } : {}),
        ...(devices.scanner ? { scanner: devices.scanner } : {}),
        log: say,
      })
    : null;
  const ipc = registerIpc(ipcMain, {
    appOrigin,
    windows,
    deviceHandlers,
    appHandlers: createAppHandlers({
      mode: () => mode,
      version: app.getVersion(),
      setupReason: () => (loaded.kind === 'setup' ? loaded.reason : null),
      admin,
      leaveKiosk: () => app.quit(),
      log: say,
      browser: mode === 'kiosk' ? lazyBrowser(() => browser) : null,
      portals,
      // The setup and admin screens (renderer/setup): see setup/setup-handlers.ts.
      setup: {
        problem: () => (loaded.kind === 'setup' ? loaded : null),
        config,
        hubFetch: pinnedHubFetch(() => session.fromPartition('accueil-setup'), Date.now, say),
        readCertificate: (origin) => readHubCertificate(origin),
        statuses: async () => {
          const answer = await deviceHandlers?.['device:statuses']({});
          return answer?.ok ? answer.value : [];
        },
        testPrint: devices?.printer
          ? async () => {
              const printed = await devices!.printer!.print(testTicketJob(Date.now()));
              return printed.ok
                ? { ok: true }
                : { ok: false, message: `${printed.reason}: ${printed.detail}` };
            }
          : null,
        logFile: () => log.transports.file.getFile().path,
        restart: () =>
          setTimeout(() => {
            app.relaunch();
            app.exit(0);
          }, 200),
        // The window and its page are made below, before any page can ask for this.
        backToApp: () => void window.webContents.loadURL(pageUrl()),
        hashPin,
        clock: Date.now,
      },
    }),
    log: say,
  });
  const events = devices
    ? new DeviceEventSource({
        supervisor: devices.supervisor,
        ...(devices.scanner ? { scanner: devices.scanner } : {}),
      })
    : null;

  const windowMode: AppMode = mode === 'setup' ? 'counter' : mode;
  const window = createModeWindow({
    mode: windowMode,
    preload: join(__dirname, 'preload.cjs'),
    production,
    screenIndex: device?.screenIndex ?? 0,
  });
  windows.set(window.webContents.id, windowMode);
  if (mode === 'kiosk')
    browser = startLockedBrowser(window, join(__dirname, 'portal-preload.cjs'), say);
  const relay = ipc.relayFor(window.webContents);
  events?.subscribe((message) => relay.push(message));
  let lastInputAt = Date.now();
  hardenContents(window.webContents, {
    allowedOrigins: normaliseOrigins([`${appScheme}://${appHost}`]),
    production,
    lockdown: mode === 'kiosk' || mode === 'display',
    hideCursor: device?.hideCursor ?? false,
    log: say,
    onAdminShortcut: () => void window.webContents.loadURL(setupPageUrl),
    onInput: () => {
      lastInputAt = Date.now();
    },
  });
  const pageUrl = () =>
    device ? appPageUrl(device.mode, device.hub.url, config.config?.deviceToken) : setupPageUrl;
  const hubAlerter = device
    ? startHubAlerter(
        device.hub.url,
        () => config.config?.deviceToken,
        (url, init) => net.fetch(url, init),
        say,
      )
    : null;
  const alive = keepAlive(window, {
    pageUrl,
    budget: new RecoveryBudget(),
    clock: Date.now,
    log: say,
    // An `app-trouble` alert on every staff screen, kept and resent until the hub has it.
    alertHub: (message) =>
      hubAlerter ? hubAlerter.report(message) : say(`ALERT (no hub to tell): ${message}`),
    memoryKb: () => {
      const pid = window.webContents.getOSProcessId();
      return app.getAppMetrics().find((metric) => metric.pid === pid)?.memory.privateBytes;
    },
    lastInputAt: () => lastInputAt,
  });
  app.on('child-process-gone', (_event, details) => {
    if (details.type === 'GPU') alive.failed('gpu-gone', details.reason);
  });
  app.on('second-instance', () => {
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  let blocker = powerSaveBlocker.start('prevent-display-sleep');
  const calendar = device?.power.calendar;
  const power =
    device && calendar && device.power.enabled
      ? startPowerTimer({
          calendar,
          timeZone: device.power.timeZone,
          schedule: device.power,
          clock: Date.now,
          sleep: () => {
            say('outside opening hours: the screen may sleep');
            powerSaveBlocker.stop(blocker);
            void window.webContents.loadURL(sleepPageUrl);
          },
          wake: () => {
            say('opening soon: the screen wakes');
            if (!powerSaveBlocker.isStarted(blocker))
              blocker = powerSaveBlocker.start('prevent-display-sleep');
            void window.webContents.loadURL(pageUrl());
          },
        })
      : null;

  await window.loadURL(pageUrl());
  const updates =
    app.isPackaged && device
      ? startAppUpdates(
          device,
          () => lastInputAt,
          () => (browser?.isOpen() ?? false) || admin.isUnlocked(),
          say,
        )
      : null;
  app.on('before-quit', () => {
    updates?.stop();
    hubAlerter?.stop();
    power?.stop();
    alive.stop();
    events?.close();
    ipc.dispose();
    void browser?.end();
    void devices?.close();
    void localHub?.close();
  });
}

// Any contents Electron creates (a devtools page, a stray frame) gets the same refusals.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
});

if (!app.requestSingleInstanceLock()) app.quit();
else
  start().catch((error: unknown) => {
    log.error(
      `Accueil could not start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    app.exit(1);
  });
