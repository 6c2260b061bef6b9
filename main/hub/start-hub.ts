import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { QueueState, SiteConfigInput } from '../../shared/engine';
import { eventStreamPath } from '../../shared/contracts/ws-messages';
import type { AgentRole, DeviceRole } from '../../shared/contracts/roles';
import {
  hubSettingsSchema,
  plainHttpProblem,
  type HubSettings,
  type HubSettingsInput,
} from '../config/hub-settings';
import { fieldName } from '../config/validated-json-file';
import { ServiceContainer, ServiceStartError } from '../lifecycle/service-container';
import { Authenticator } from './auth/authenticator';
import { defaultLoginLimits, LoginService, type LoginLimits } from './auth/login';
import { FailureLimiter } from './auth/failure-limiter';
import type { HubContext } from './hub-context';
import { HubStartError } from './hub-start-error';
import { createApp } from './server/create-app';
import type { EventStream, EventStreamOptions } from './server/event-stream';
import { siteConfigReader, type ConfigLoad } from './site-config-loader';
import { AgentStore } from './store/agent-store';
import { DeviceStore, type IssuedCode } from './store/device-store';
import { PersonalDataStore } from './store/personal-data-store';
import { scheduleHousekeeping } from './housekeeping';
import { WebFiles } from './web/web-files';
import { scheduleDayEnd } from './day-keeper';
import { scheduleConditionAlerts } from './condition-keeper';
import type { CentralSyncOptions } from './sync/central-sync';
import {
  centralSyncService,
  databaseService,
  eventStreamService,
  queueService,
  scheduledService,
  webServerService,
} from './services/hub-services';
import { HubStatistics } from './statistics/hub-statistics';
import { hubVersion } from './version';
import type { CentralApi } from '../central/central-api';

export { HubStartError };

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
  /** How often the hub checks its condition alerts (default every 5 seconds). */
  conditionCheckMs?: number;
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

function checkedSettings(options: StartHubOptions): HubSettings {
  const parsed = hubSettingsSchema.safeParse(options.settings ?? {});
  if (!parsed.success)
    throw new HubStartError(
      `invalid hub settings: ${parsed.error.issues.map((i) => `${fieldName(i.path)}: ${i.message}`).join('; ')}`,
    );
  const settings = parsed.data;
  const insecure = plainHttpProblem(settings, options.allowInsecureLan ?? false);
  if (insecure) throw new HubStartError(insecure);
  if (settings.central && !settings.central.token)
    throw new HubStartError(
      'the central API needs the site\'s token: set "central.token" in the settings or ACCUEIL_CENTRAL_TOKEN',
    );
  return settings;
}

/** A service's failure as the hub reports it: its own words if it gave some, named if not. */
function startFailure(error: unknown): unknown {
  if (!(error instanceof ServiceStartError)) return error;
  const { cause, service } = error;
  return cause instanceof HubStartError
    ? new HubStartError(cause.message, { cause, service })
    : new HubStartError(error.message, { cause, service });
}

/**
 * Starts a hub: opens (or creates) its database, rebuilds the queue, and listens. Each
 * part that holds something is a service of `services`, started in the order below (each
 * gets what it needs from those before it) and stopped in reverse by `close()`, or at once
 * if a later one fails to start. A new part is one more `services.start({...})`.
 */
export async function startHub(options: StartHubOptions = {}): Promise<Hub> {
  const settings = checkedSettings(options);
  const services = new ServiceContainer();
  try {
    return await startServices(services, settings, options);
  } catch (error) {
    // Stops what had started (already done if a service failed) and says what would not.
    await services
      .stop()
      .catch((stopError: unknown) =>
        options.log?.(`while stopping after a failed start: ${(stopError as Error).message}`),
      );
    throw startFailure(error);
  }
}

async function startServices(
  services: ServiceContainer,
  settings: HubSettings,
  options: StartHubOptions,
): Promise<Hub> {
  const clock = options.clock ?? Date.now;
  const log = options.log ?? (() => {});
  const version = hubVersion();

  const db = await services.start(
    databaseService(join(settings.dataDir, 'hub.db'), { log, now: clock }),
  );
  const { authority } = await services.start(
    queueService({
      db,
      version,
      clock,
      log,
      newToken: () => randomBytes(16).toString('base64url'),
      everyEvents: options.snapshotEveryEvents,
    }),
  );
  const devices = new DeviceStore(db);
  const personal = new PersonalDataStore(db);
  const agents = new AgentStore(db);
  const authenticator = new Authenticator(devices, agents);
  const eventStream = await services.start(
    eventStreamService({ ...options.stream, clock, authority, authenticator, devices }),
  );
  const statistics = new HubStatistics({
    db,
    clock,
    state: () => authority.state as QueueState,
    keptYears: settings.statisticsKeptYears,
    commentKeptDays: settings.surveyCommentsKeptDays,
  });
  // Before any command runs: every visit closed from now on gets its outbox row.
  const sync = await services.start(
    centralSyncService({
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
    }),
  );
  // Visits closed before the statistics existed get their facts once.
  const factsFlag = 'visit-facts-backfill';
  statistics.backfill(
    {
      get: () => sync.outbox.getState(factsFlag) !== undefined,
      clear: () => sync.outbox.deleteState(factsFlag),
    },
    log,
  );

  const readConfig = siteConfigReader(options, authority);
  const configLoad = await services.start({
    name: 'site configuration',
    start: () => {
      const load = readConfig();
      if (load?.status === 'refused') {
        if (!load.keptRunning)
          throw new HubStartError(`the site configuration is refused:\n${load.message}`);
        log(`site configuration refused, the running one is kept:\n${load.message}`);
      }
      return load;
    },
  });

  const login = new LoginService(
    agents,
    settings.sessionHours * 3_600_000,
    options.loginLimits ?? defaultLoginLimits,
  );
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
    connectedDeviceIds: () => eventStream.connectedDeviceIds(),
    notifyStaff: (notice) => eventStream.notify(notice),
  };
  const adminEnrolmentCode = await services.start({
    name: 'first administrator',
    start: () => firstAdministrator(context, options.adminPassword),
  });

  const webFiles = new WebFiles(options.webDir);
  const deviceHostOrigins = [...settings.deviceHostOrigins];
  const app = createApp(context, () => eventStream.clientCount, {
    files: webFiles,
    deviceHostOrigins: () => deviceHostOrigins,
  });
  if (options.webDir && !webFiles.built())
    log(`no web apps in ${options.webDir}: run "npx vite build" to build them`);
  await services.start(
    webServerService({ app, stream: eventStream, host: settings.host, port: settings.port }),
  );
  await services.start(scheduledService('housekeeping', () => scheduleHousekeeping(context)));
  await services.start(
    scheduledService('day keeper', () => scheduleDayEnd(context, options.dayCheckMs)),
  );
  await services.start(
    scheduledService('condition alerts', () =>
      scheduleConditionAlerts(context, {
        connected: () => eventStream.connectedDeviceIds(),
        ...(options.conditionCheckMs ? { everyMs: options.conditionCheckMs } : {}),
      }),
    ),
  );
  await services.start({
    name: 'sync worker',
    start: () => sync.start(),
    stop: () => sync.close(),
  });

  const port = (app.server.address() as AddressInfo).port;
  const scheme = settings.tls ? 'https' : 'http';
  const host = ['0.0.0.0', '::'].includes(settings.host)
    ? '127.0.0.1'
    : settings.host.includes(':')
      ? `[${settings.host}]`
      : settings.host;
  const url = `${scheme}://${host}:${port}`;

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
    close: () => services.stop(),
  };
}

/**
 * On a first run (no administrator yet): the account `admin` with the given password, or
 * without one, a day-long code an administrator's device enrols with.
 */
async function firstAdministrator(
  hub: HubContext,
  password: string | undefined,
): Promise<IssuedCode | null> {
  const hasAdmin =
    hub.devices.hasAny('admin') || hub.agents.list().some((a) => a.role === 'admin' && !a.disabled);
  if (hasAdmin) return null;
  if (password) {
    await hub.login.setPassword('admin', 'admin', password, hub.clock());
    return null;
  }
  return hub.devices.issueCode('admin', 'first administrator', hub.clock(), 24 * 3_600_000);
}
