import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { siteConfigSchema, type QueueState, type SiteConfigInput } from '../../shared/engine';
import { eventStreamPath } from '../../shared/contracts/ws-messages';
import type { AgentRole, DeviceRole } from '../../shared/contracts/roles';
import {
  hubSettingsSchema,
  plainHttpProblem,
  type HubSettings,
  type HubSettingsInput,
} from '../config/hub-settings';
import { readSiteConfigFile } from '../config/site-config-file';
import { fieldName } from '../config/validated-json-file';
import { Authenticator } from './auth/authenticator';
import { defaultLoginLimits, LoginService, type LoginLimits } from './auth/login';
import { FailureLimiter } from './auth/rate-limiter';
import { queueEngine } from './core/engine';
import { QueueAuthority } from './core/queue-authority';
import { StateSnapshots } from './core/state-snapshots';
import type { HubContext } from './hub-context';
import { publicView } from '../../shared/contracts/views';
import { closeGracefully } from '../http/close-gracefully';
import { createApp } from './server/create-app';
import { EventStream, type EventStreamOptions } from './server/event-stream';
import { applySiteConfig, type ConfigLoad } from './site-config-loader';
import { AgentStore } from './store/agent-store';
import { DeviceStore, type IssuedCode } from './store/device-store';
import { openDatabase } from './store/open-database';
import { PersonalDataStore } from './store/personal-data-store';
import { scheduleHousekeeping } from './housekeeping';
import { WebFiles } from './web/web-files';
import { scheduleDayEnd } from './day-keeper';
import { CentralSync, type CentralSyncOptions } from './sync/central-sync';
import { HubStatistics } from './statistics/hub-statistics';
import { hubVersion } from './version';
import type { CentralApi } from '../central/central-api';

export interface StartHubOptions {
  settings?: HubSettingsInput;
  /** The site configuration file (JSON); re-read by `reloadConfig()`. */
  configFile?: string;
  /** A site configuration given in code (the demo), used when there is no file. */
  siteConfig?: SiteConfigInput;
  /** First run: create the administrator account `admin` with this password. */
  adminPassword?: string;
  /** Serve plain HTTP on a non-loopback address (a trusted network only). */
  allowInsecureLan?: boolean;
  clock?: () => number;
  log?: (message: string) => void;
  loginLimits?: LoginLimits;
  stream?: Omit<EventStreamOptions, 'authority' | 'authenticate' | 'staffView' | 'publicView'>;
  /**
   * The built web apps (Vite's `dist/web`), served at `/kiosk/`, `/counter/`…; a missing
   * folder gives a page saying to run the build. Without it the apps' paths say the same.
   */
  webDir?: string;
  /** The central API port; default the HTTP client built from `settings.central`. */
  central?: CentralApi;
  /** Timing of the sync worker (tests shorten its backoff). */
  syncTiming?: CentralSyncOptions['worker'];
  /** How often the hub checks whether a day must be ended (default every minute). */
  dayCheckMs?: number;
  /** A state snapshot after this many events (besides each day's end and a stop); 10,000. */
  snapshotEveryEvents?: number;
}

export interface Hub {
  /** Base URL of the HTTP API, e.g. `http://127.0.0.1:8080`. */
  url: string;
  /** URL of the WebSocket event stream. */
  eventsUrl: string;
  port: number;
  settings: HubSettings;
  context: HubContext;
  eventStream: EventStream;
  /** Set on a first run without `adminPassword`: the code an administrator's device enrols with. */
  adminEnrolmentCode: IssuedCode | null;
  /** The web apps found in `webDir`, with their URLs. */
  webApps(): { name: string; url: string }[];
  /** Lets the served pages connect to a device host started after the hub (loopback only). */
  allowDeviceHostOrigin(origin: string): void;
  /** What happened to the configuration file or object at start. */
  configLoad: ConfigLoad | null;
  /** Re-reads the configuration file; a bad one is refused and the running one kept. */
  reloadConfig(): ConfigLoad;
  enrolmentCode(role: DeviceRole, label: string): IssuedCode;
  setAgentPassword(agentId: string, role: AgentRole, password: string): Promise<void>;
  close(): Promise<void>;
}

export class HubStartError extends Error {
  override name = 'HubStartError';
}

/** Starts a hub: opens (or creates) its database, rebuilds the queue, and listens. */
export async function startHub(options: StartHubOptions = {}): Promise<Hub> {
  const parsed = hubSettingsSchema.safeParse(options.settings ?? {});
  if (!parsed.success)
    throw new HubStartError(
      `invalid hub settings: ${parsed.error.issues.map((i) => `${fieldName(i.path)}: ${i.message}`).join('; ')}`,
    );
  const settings = parsed.data;
  const insecure = plainHttpProblem(settings, options.allowInsecureLan ?? false);
  if (insecure) throw new HubStartError(insecure);
  const clock = options.clock ?? Date.now;
  const log = options.log ?? (() => {});

  if (settings.central && !settings.central.token)
    throw new HubStartError(
      'the central API needs the site\'s token: set "central.token" in the settings or ACCUEIL_CENTRAL_TOKEN',
    );

  const db = openDatabase(join(settings.dataDir, 'hub.db'));
  const newToken = () => randomBytes(16).toString('base64url');
  const version = hubVersion();
  const snapshots = new StateSnapshots(db, {
    version,
    clock,
    log,
    ...(options.snapshotEveryEvents ? { everyEvents: options.snapshotEveryEvents } : {}),
  });
  const started = performance.now();
  const authority = new QueueAuthority(db, queueEngine, clock, newToken, { snapshots });
  const from = authority.startedFrom;
  log(
    `queue rebuilt from ${from > 0 ? `the state snapshot at event ${from} and ` : ''}${authority.lastSeq - from} events in ${Math.round(performance.now() - started)} ms`,
  );
  const snapshotNow = () => snapshots.take(authority.state as QueueState, authority.lastSeq);
  // A long replay at this start (an upgrade, no snapshot yet) is not done twice.
  if (snapshots.behind(authority.lastSeq) >= (options.snapshotEveryEvents ?? 10_000)) snapshotNow();
  const stopSnapshots = authority.subscribe((batch) => {
    if (snapshots.due(batch)) snapshotNow();
  });
  const devices = new DeviceStore(db);
  const personal = new PersonalDataStore(db);
  const statistics = new HubStatistics({
    db,
    clock,
    state: () => authority.state as QueueState,
    keptYears: settings.statisticsKeptYears,
    commentKeptDays: settings.surveyCommentsKeptDays,
  });
  // Before any command runs: every visit closed from now on gets its outbox row.
  let sync: CentralSync;
  try {
    sync = new CentralSync({
      db,
      settings,
      authority,
      personal,
      clock,
      log,
      version,
      ...(options.central ? { central: options.central } : {}),
      ...(options.syncTiming ? { worker: options.syncTiming } : {}),
      health: {
        devices: () => devices.list().filter((d) => d.revokedAt === null),
        connected: () => eventStream.connectedDeviceIds(),
        reports: () => Object.values(authority.state.devices),
      },
      visitSinks: [statistics.sink],
    });
    const factsFlag = 'visit-facts-backfill';
    statistics.backfill(
      {
        get: () => sync.outbox.getState(factsFlag) !== undefined,
        clear: () => sync.outbox.deleteState(factsFlag),
      },
      log,
    );
  } catch (error) {
    db.close();
    throw new HubStartError(`the central API settings cannot be used: ${(error as Error).message}`);
  }

  const readConfig = () => {
    if (options.configFile)
      return applySiteConfig(options.configFile, readSiteConfigFile(options.configFile), authority);
    if (!options.siteConfig) return null;
    const result = siteConfigSchema.safeParse(options.siteConfig);
    return applySiteConfig(
      'embedded site configuration',
      result.success
        ? { ok: true, value: result.data, text: '' }
        : {
            ok: false,
            file: 'embedded site configuration',
            problems: result.error.issues.map((i) => ({
              line: 0,
              column: 0,
              field: fieldName(i.path),
              message: i.message,
            })),
          },
      authority,
    );
  };
  const configLoad = readConfig();
  if (configLoad?.status === 'refused') {
    if (!configLoad.keptRunning) {
      db.close();
      throw new HubStartError(`the site configuration is refused:\n${configLoad.message}`);
    }
    log(`site configuration refused, the running one is kept:\n${configLoad.message}`);
  }

  const agents = new AgentStore(db);
  const login = new LoginService(
    agents,
    settings.sessionHours * 3_600_000,
    options.loginLimits ?? defaultLoginLimits,
  );
  const authenticator = new Authenticator(devices, agents);
  const eventStream = new EventStream({
    ...options.stream,
    clock,
    authority,
    authenticate: (token) => authenticator.authenticate(token, clock()),
    staffView: () => authority.state,
    publicView: () => publicView(authority.state, clock()),
  });
  const context: HubContext = {
    settings,
    clock,
    log,
    authority,
    authenticator,
    login,
    devices,
    agents,
    personal,
    sync,
    statistics,
    enrolFailures: new FailureLimiter(10, 15 * 60_000),
    disconnect: (matches, message) => eventStream.disconnect(matches, message),
  };

  let adminEnrolmentCode: IssuedCode | null = null;
  const hasAdmin =
    devices.hasAny('admin') || agents.list().some((a) => a.role === 'admin' && !a.disabled);
  if (!hasAdmin) {
    if (options.adminPassword)
      await login.setPassword('admin', 'admin', options.adminPassword, clock());
    else
      adminEnrolmentCode = devices.issueCode(
        'admin',
        'first administrator',
        clock(),
        24 * 3_600_000,
      );
  }

  const webFiles = new WebFiles(options.webDir);
  const deviceHostOrigins = [...settings.deviceHostOrigins];
  const app = createApp(context, () => eventStream.clientCount, {
    files: webFiles,
    deviceHostOrigins: () => deviceHostOrigins,
  });
  if (options.webDir && !webFiles.built())
    log(`no web apps in ${options.webDir}: run "npx vite build" to build them`);
  eventStream.attach(app.server);
  const stopHousekeeping = scheduleHousekeeping(context);
  try {
    await app.listen({ host: settings.host, port: settings.port });
  } catch (error) {
    stopHousekeeping();
    stopSnapshots();
    await sync.close();
    await eventStream.close();
    db.close();
    const code = (error as NodeJS.ErrnoException).code;
    throw new HubStartError(
      code === 'EADDRINUSE'
        ? `port ${settings.port} on ${settings.host} is already in use: stop the other program or choose another --port`
        : `cannot listen on ${settings.host}:${settings.port}: ${String(error)}`,
    );
  }
  const stopDayKeeper = scheduleDayEnd(context, options.dayCheckMs);
  sync.start();
  const port = (app.server.address() as AddressInfo).port;
  const scheme = settings.tls ? 'https' : 'http';
  const host = ['0.0.0.0', '::'].includes(settings.host)
    ? '127.0.0.1'
    : settings.host.includes(':')
      ? `[${settings.host}]`
      : settings.host;
  const url = `${scheme}://${host}:${port}`;
  let closing: Promise<void> | undefined;

  return {
    url,
    eventsUrl: `${settings.tls ? 'wss' : 'ws'}://${host}:${port}${eventStreamPath}`,
    port,
    settings,
    context,
    eventStream,
    adminEnrolmentCode,
    configLoad,
    webApps: () => webFiles.apps().map((web) => ({ name: web.name, url: `${url}${web.path}` })),
    allowDeviceHostOrigin: (origin) => {
      const checked = hubSettingsSchema.shape.deviceHostOrigins.unwrap().element.parse(origin);
      if (!deviceHostOrigins.includes(checked)) deviceHostOrigins.push(checked);
    },
    reloadConfig: () => {
      const result = readConfig();
      if (!result) throw new Error('this hub was started without a configuration file to reload');
      if (result.status === 'refused')
        log(`site configuration refused, the running one is kept:\n${result.message}`);
      return result;
    },
    enrolmentCode: (role, label) =>
      devices.issueCode(role, label, clock(), settings.enrolmentCodeMinutes * 60_000),
    setAgentPassword: (agentId, role, password) =>
      login.setPassword(agentId, role, password, clock()),
    close: () =>
      (closing ??= (async () => {
        stopHousekeeping();
        stopDayKeeper();
        await sync.close();
        await eventStream.close();
        await closeGracefully(app);
        stopSnapshots();
        // The next start replays nothing (or little) after a clean stop.
        if (snapshots.behind(authority.lastSeq) > 0) snapshotNow();
        db.close();
      })()),
  };
}
