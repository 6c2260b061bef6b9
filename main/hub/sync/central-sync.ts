import { randomBytes } from 'node:crypto';
import type { SyncStatus } from '../../../shared/contracts/sync';
import { isActiveAlert, type AlertKind, type QueueState } from '../../../shared/engine';
import type { CentralApi } from '../../central/central-api';
import { createCentralClient } from '../../central/central-client';
import type { HubSettings } from '../../config/hub-settings';
import type { QueueAuthority } from '../core/queue-authority';
import type { Db } from '../store/open-database';
import type { PersonalDataStore } from '../store/personal-data-store';
import { SiteSecrets } from '../store/site-secrets';
import { AppointmentRefresher } from './appointment-refresher';
import { centralVisit } from './central-visit';
import { reportHealth, type HealthSources } from './health-reporter';
import { OutboxStore } from './outbox-store';
import { pseudonymizer } from './pseudonym';
import { SyncWorker, type SyncProgress, type SyncWorkerOptions } from './sync-worker';
import { closedTicketIds, visitProjector, type VisitSink } from './visit-projector';

export interface CentralSyncOptions {
  db: Db;
  settings: HubSettings;
  authority: QueueAuthority;
  personal: PersonalDataStore;
  clock: () => number;
  log: (message: string) => void;
  version: string;
  /** The central API; default: the HTTP client built from `settings.central`. */
  central?: CentralApi;
  /** Timing of the worker (tests shorten the backoff). */
  worker?: Pick<SyncWorkerOptions, 'backoff' | 'random' | 'lingerMs' | 'idleCheckMs'>;
  health: Omit<HealthSources, 'version' | 'clock' | 'counts' | 'lastSuccessAt' | 'lastError'>;
  /** Other records of each closed visit, in its closing transaction (statistics). */
  visitSinks?: readonly VisitSink[];
}

export interface SyncSummary {
  enabled: boolean;
  backlog: number;
  quarantined: number;
  lastSuccessAt: number | null;
  failing: boolean;
}

const minuteMs = 60_000;
const dayMs = 24 * 60 * minuteMs;

function activeAlertOf(state: QueueState, kind: AlertKind): string | undefined {
  return Object.values(state.alerts).find(
    (a) => isActiveAlert(a) && a.kind === kind && a.source === null,
  )?.id;
}

/**
 * Everything between the hub and the town's central API: visits recorded as they close
 * (always, so that a site configured later sends its backlog), the sync worker, the
 * appointments pull and the health heartbeat. Without `settings.central` only the
 * recording runs and the status says why the rest is off.
 */
export class CentralSync {
  readonly outbox: OutboxStore;
  readonly enabled: boolean;
  private readonly central: CentralApi | null;
  private readonly worker: SyncWorker | null;
  private readonly refresher: AppointmentRefresher | null;
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly unsubscribe: () => void;
  private lastHealth: { at: number; outcome: string } | null = null;
  private readonly watchers = new Set<(progress: SyncProgress) => void>();
  private summaryCache: { at: number; value: SyncSummary } | null = null;
  private closing: Promise<void> | undefined;

  constructor(private readonly options: CentralSyncOptions) {
    const { settings, clock } = options;
    this.outbox = new OutboxStore(options.db);
    const secrets = new SiteSecrets(options.db);
    const key = secrets.get('agent-pseudonym-key', () => randomBytes(32).toString('hex'), clock());
    const installId = secrets.get('install-id', () => randomBytes(6).toString('hex'), clock());
    const projector = visitProjector(
      this.outbox,
      (visit) =>
        centralVisit(visit, {
          siteId: settings.central?.siteId ?? options.authority.state.config?.site.id ?? 'site',
          installId,
          pseudonym: pseudonymizer(key),
          personalFields: settings.central?.personalFields ?? [],
          visitor: (id) => options.personal.entry(id),
          noteKeptMs: (settings.retentionDays + 1) * dayMs,
        }),
      options.visitSinks,
    );
    options.authority.addProjector(projector.project);
    if (this.outbox.getState('visits-backfill')) {
      options.db.transaction(() => {
        const count = projector.backfill(
          options.authority.state as QueueState,
          options.authority.lastSeq,
        );
        this.outbox.deleteState('visits-backfill');
        options.log(`visit records: ${count} closed visits from before the outbox queued once`);
      })();
    }

    this.enabled = Boolean(settings.central);
    this.central = settings.central
      ? (options.central ??
        createCentralClient({
          baseUrl: settings.central.baseUrl,
          siteId: settings.central.siteId,
          token: settings.central.token ?? '',
          timeoutMs: settings.central.timeoutSeconds * 1000,
          userAgent: `accueil-hub/${options.version}`,
          now: clock,
          ...(settings.central.caFile ? { caFile: settings.central.caFile } : {}),
        }))
      : null;
    this.worker =
      this.central && settings.central
        ? new SyncWorker({
            ...options.worker,
            outbox: this.outbox,
            central: this.central,
            batchSize: settings.central.batchSize,
            siteId: settings.central.siteId,
            clock,
            log: options.log,
            alertAfterMs: settings.central.alertAfterMinutes * minuteMs,
            onProgress: (progress) => {
              for (const watcher of [...this.watchers]) watcher(progress);
            },
            alerts: {
              raise: (detail) => this.raiseAlert(detail),
              resolve: () => this.resolveAlert(),
            },
          })
        : null;
    this.refresher = this.central
      ? new AppointmentRefresher({
          central: this.central,
          authority: options.authority,
          personal: options.personal,
          state: this.outbox,
          clock,
          log: options.log,
          retentionDays: settings.retentionDays,
        })
      : null;
    this.unsubscribe = options.authority.subscribe((batch) => {
      if (batch.events.some((event) => closedTicketIds(event).length > 0)) this.worker?.wake();
    });
  }

  /** Starts sending, pulling and reporting on their schedules (no-op without a central API). */
  start(): void {
    const central = this.options.settings.central;
    if (!this.worker || !central) {
      this.options.log('central sync is off: no central API configured (settings "central")');
      return;
    }
    this.worker.start();
    const every = (minutes: number, run: () => void) => {
      run();
      const timer = setInterval(run, minutes * minuteMs);
      timer.unref();
      this.timers.push(timer);
    };
    every(central.appointmentsEveryMinutes, () => {
      this.refreshAppointments().catch((error: unknown) =>
        this.options.log(`appointments not refreshed: ${(error as Error).message}`),
      );
    });
    every(central.healthEveryMinutes, () => void this.reportHealth());
  }

  /** Calls `watcher` after each batch the worker settles; returns the function that stops it. */
  onProgress(watcher: (progress: SyncProgress) => void): () => void {
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  runNow(): void {
    this.worker?.runNow();
  }

  refreshAppointments(date?: string) {
    if (!this.refresher) return Promise.reject(new Error(this.disabledReason() ?? 'off'));
    return this.refresher.refresh(date);
  }

  async reportHealth(): Promise<string> {
    if (!this.central) return 'off';
    const outcome = await reportHealth(this.central, {
      ...this.options.health,
      version: this.options.version,
      clock: this.options.clock,
      counts: () => this.outbox.counts(),
      lastSuccessAt: () => this.worker?.status().lastSuccessAt ?? null,
      lastError: () => this.worker?.status().lastError ?? null,
    });
    this.lastHealth = { at: this.options.clock(), outcome };
    if (outcome !== 'reported') this.options.log(`health report: ${outcome}`);
    return outcome;
  }

  disabledReason(): string | null {
    return this.enabled
      ? null
      : 'no central API is configured (hub settings "central": baseUrl, siteId, token): visits are kept and will be sent once it is';
  }

  status(): SyncStatus {
    const counts = this.outbox.counts();
    const worker = this.worker?.status() ?? {
      phase: 'off' as const,
      backlog: counts.pending,
      quarantined: counts.quarantined,
      sent: counts.sent,
      batchSize: this.options.settings.central?.batchSize ?? 500,
      inFlight: null,
      lastSuccessAt: null,
      lastAttemptAt: null,
      lastError: null,
      nextAttemptAt: null,
      consecutiveFailures: 0,
      duplicatesReported: 0,
    };
    const last = this.refresher?.last;
    return {
      ...worker,
      enabled: this.enabled,
      disabledReason: this.disabledReason(),
      appointments: this.refresher
        ? {
            date: last?.date ?? null,
            lastPullAt: last?.at ?? null,
            lastOutcome: last?.outcome ?? null,
          }
        : null,
      health: this.central
        ? {
            lastReportAt: this.lastHealth?.at ?? null,
            lastOutcome: this.lastHealth?.outcome ?? null,
          }
        : null,
    };
  }

  /**
   * The sync at a glance for the public health route: recomputed at most once a second,
   * so frequent health checks never turn into a stream of outbox counts.
   */
  summary(): SyncSummary {
    const now = performance.now(); // not the hub's clock: tests may hold that one still
    if (this.summaryCache && now - this.summaryCache.at < 1000) return this.summaryCache.value;
    const status = this.status();
    const value = {
      enabled: status.enabled,
      backlog: status.backlog,
      quarantined: status.quarantined,
      lastSuccessAt: status.lastSuccessAt,
      failing: status.consecutiveFailures > 0 || status.phase === 'misconfigured',
    };
    this.summaryCache = { at: now, value };
    return value;
  }

  private raiseAlert(detail: string): void {
    void this.options.authority.submit({
      command: { type: 'alert:raise', kind: 'sync-failing', detail: detail.slice(0, 200) },
      actor: { role: 'system' },
    });
  }

  private resolveAlert(): void {
    const alertId = activeAlertOf(this.options.authority.state as QueueState, 'sync-failing');
    if (alertId)
      void this.options.authority.submit({
        command: { type: 'alert:resolve', alertId },
        actor: { role: 'system' },
      });
  }

  /** Stops the schedules and the worker; a second call waits for the first. */
  close(): Promise<void> {
    return (this.closing ??= this.closeOnce());
  }

  private async closeOnce(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.unsubscribe();
    await this.worker?.stop();
    this.central?.close();
  }
}
