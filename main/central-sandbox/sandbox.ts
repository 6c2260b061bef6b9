import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Appointment } from '../../shared/central/appointment';
import { localDate } from '../../shared/calendar/zoned-time';
import { demoSiteConfig } from '../../shared/demo/demo-site';
import type { SiteConfig } from '../../shared/domain/site-config';
import type { SiteHealth } from '../../shared/central/health';
import type { VisitRecord } from '../../shared/central/visit';
import { createAdminHandler } from './admin';
import { createApiHandler, type ApiCounters } from './api';
import { FaultPlan, faultsSchema, type FaultCounts, type Faults, type FaultsInput } from './faults';
import { seedAppointments } from './seed-appointments';
import { openSandboxStore } from './store';

// A conforming central server for the demo, development and tests: real HTTP(S), real
// SQLite, idempotency, demo appointments, and faults on demand.

export interface CentralSandboxOptions {
  /** API port; 0 (default) picks a free one. */
  port?: number;
  host?: string;
  /** Where the SQLite file lives; default a fresh temporary directory, removed on close. */
  dataDir?: string;
  /** Bearer token of the site; default a random one (read it back from the handle). */
  token?: string;
  siteId?: string;
  /** More sites, each with its own token. */
  sites?: { siteId: string; token: string }[];
  faults?: FaultsInput;
  /** Day seeded with demo appointments at start; default today at the site. */
  seedDate?: string;
  /** Also seed any other day the first time it is asked for (default true). */
  autoSeed?: boolean;
  /** The site whose services, hours and time zone shape the demo appointments
   *  (default shared/demo's Centre administratif). */
  config?: SiteConfig;
  /** Serve HTTPS with this key and certificate (PEM). */
  tls?: { key: string | Buffer; cert: string | Buffer };
  adminPort?: number;
  adminToken?: string;
  now?: () => Date;
}

export interface SandboxStats {
  visits: number;
  batches: number;
  duplicates: number;
  healthReports: number;
  requests: number;
  byStatus: Record<string, number>;
  replays: number;
  conflicts: number;
  /** Idempotency keys whose request is being processed now. */
  inProgress: number;
  injected: FaultCounts;
}

export interface CentralSandbox {
  url: string;
  adminUrl: string;
  adminToken: string;
  siteId: string;
  token: string;
  dataDir: string;
  seedDate: string;
  setFaults(change: FaultsInput): Promise<Faults>;
  faults(): Faults;
  stats(): SandboxStats;
  visitCount(): number;
  duplicatesSeen(): number;
  visit(id: string, siteId?: string): VisitRecord | undefined;
  appointments(date: string, siteId?: string): Appointment[];
  seedDay(date: string, siteId?: string): Appointment[];
  cancelAppointment(id: string, siteId?: string): boolean;
  latestHealth(siteId?: string): { receivedAt: string; report: SiteHealth } | undefined;
  /** Calls `listener` whenever a request arrives or is answered (or dropped); returns the
   *  function that stops it. Lets a test wait for a state of the sandbox without polling. */
  onActivity(listener: () => void): () => void;
  close(): Promise<void>;
}

/** Tracks open sockets so "down" can cut them, like a machine that went away. */
function trackSockets(server: Server): Set<Socket> {
  const sockets = new Set<Socket>();
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  // With TLS, the plain socket is what 'connection' gives and what must be destroyed.
  return sockets;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function stopListening(server: Server, sockets: Set<Socket>): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) return resolve();
    server.close(() => resolve());
    for (const socket of sockets) socket.destroy();
  });
}

export async function startCentralSandbox(
  options: CentralSandboxOptions = {},
): Promise<CentralSandbox> {
  const now = options.now ?? (() => new Date());
  const config = options.config ?? demoSiteConfig();
  const siteId = options.siteId ?? config.site.id;
  const token = options.token ?? randomBytes(24).toString('base64url');
  const adminToken = options.adminToken ?? randomBytes(24).toString('base64url');
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'central-sandbox-'));
  const host = options.host ?? '127.0.0.1';
  const sites = new Map<string, string>([[token, siteId]]);
  for (const site of options.sites ?? []) sites.set(site.token, site.siteId);

  const store = openSandboxStore(dataDir);
  const initial = faultsSchema.parse(options.faults ?? {});
  const plan = new FaultPlan({ ...initial, down: false });
  const seedDate = options.seedDate ?? localDate(now().getTime(), config.timezone);
  const seedDay = (date: string, site = siteId) => {
    const appointments = seedAppointments(site, date, config);
    if (!store.isSeeded(site, date)) store.seedDay(site, date, appointments);
    return store.appointmentsOf(site, date);
  };
  for (const site of new Set(sites.values())) seedDay(seedDate, site);

  const lifetime = new AbortController();
  const watchers = new Set<() => void>();
  const api = createApiHandler({
    notify: () => {
      for (const watcher of [...watchers]) watcher();
    },
    signal: lifetime.signal,
    store,
    plan,
    sites,
    now,
    config,
    autoSeed: options.autoSeed ?? true,
  });
  const onRequest = (
    req: Parameters<typeof api.handle>[0],
    res: Parameters<typeof api.handle>[1],
  ) => void api.handle(req, res);
  const server = options.tls
    ? createHttpsServer({ key: options.tls.key, cert: options.tls.cert }, onRequest)
    : createHttpServer(onRequest);
  server.keepAliveTimeout = 5_000;
  const sockets = trackSockets(server);
  const port = await listen(server, options.port ?? 0, host);

  const stats = (): SandboxStats => ({
    ...store.counts(),
    ...(api.counters satisfies ApiCounters),
    byStatus: { ...api.counters.byStatus },
    inProgress: api.inProgress(),
    injected: { ...plan.counts },
  });

  async function setFaults(change: FaultsInput): Promise<Faults> {
    const wasDown = plan.faults.down;
    const next = plan.update(change);
    if (next.down && !wasDown) await stopListening(server, sockets);
    if (!next.down && wasDown) await listen(server, port, host);
    return next;
  }

  const controls = {
    adminToken,
    setFaults,
    faults: () => plan.faults,
    stats,
    seedDay: (date: string) => seedDay(date),
    cancelAppointment: (id: string) => store.setAppointmentStatus(siteId, id, 'cancelled'),
    latestHealth: () => store.latestHealth(siteId),
  };
  const adminHandler = createAdminHandler(controls);
  const admin = createHttpServer((req, res) => void adminHandler(req, res));
  const adminSockets = trackSockets(admin);
  const adminPort = await listen(admin, options.adminPort ?? 0, '127.0.0.1');
  if (initial.down) await setFaults({ down: true });

  const scheme = options.tls ? 'https' : 'http';
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closed = false;
  return {
    url: `${scheme}://${urlHost}:${port}`,
    adminUrl: `http://127.0.0.1:${adminPort}`,
    adminToken,
    siteId,
    token,
    dataDir,
    seedDate,
    setFaults,
    faults: () => plan.faults,
    stats,
    visitCount: () => store.counts().visits,
    duplicatesSeen: () => store.counts().duplicates,
    visit: (id, site = siteId) => store.visit(site, id),
    appointments: (date, site = siteId) => store.appointmentsOf(site, date),
    seedDay,
    cancelAppointment: (id, site = siteId) => store.setAppointmentStatus(site, id, 'cancelled'),
    latestHealth: (site = siteId) => store.latestHealth(site),
    onActivity(listener) {
      watchers.add(listener);
      return () => watchers.delete(listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      lifetime.abort();
      await Promise.all([stopListening(server, sockets), stopListening(admin, adminSockets)]);
      store.close();
      if (ownDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
