import { randomUUID } from 'node:crypto';
import type { VisitBatch, VisitRecord } from '../../../shared/central/visit';
import type { SyncStatus } from '../../../shared/contracts/sync';
import { defaultBackoff, retryDelay } from '../../central/retry-delay';
import type { BackoffPolicy } from '../../../shared/retry/backoff';
import type { CentralApi, PushReceipt } from '../../central/central-api';
import type { CentralFailure } from '../../central/failure';
import type { OutboxBatch, OutboxStore } from './outbox-store';
import { Pause } from './pause';

export interface SyncAlerts {
  /** The sync needs a human (refused token or TLS trust, or failing too long). */
  raise(detail: string): void;
  /** It works (called after each success; nothing happens when no alert is open). */
  resolve(): void;
}

/** What the worker just did, for whoever watches it (tests, the status stream). */
export type SyncProgress =
  | { type: 'sent'; visits: number; duplicates: number }
  | { type: 'failed'; kind: CentralFailure['kind']; message: string }
  | { type: 'quarantined'; visits: number }
  | { type: 'split'; size: number };

export interface SyncWorkerOptions {
  outbox: OutboxStore;
  central: CentralApi;
  batchSize: number;
  /** Set on every record as it is sent (records are kept before a site id may be known). */
  siteId: string;
  clock: () => number;
  log: (message: string) => void;
  alerts: SyncAlerts;
  /** Failing longer than this raises an alert (a refused token or TLS trust: at once). */
  alertAfterMs: number;
  backoff?: BackoffPolicy;
  random?: () => number;
  newKey?: () => string;
  /** After news of closed visits, wait this long so one batch carries several. */
  lingerMs?: number;
  /** Look at the outbox at least this often, news or not. */
  idleCheckMs?: number;
  onProgress?: (progress: SyncProgress) => void;
}

type LastError = NonNullable<SyncStatus['lastError']>;

/**
 * Sends the outbox to the central API, one batch at a time, oldest visits first. A batch
 * keeps its Idempotency-Key (stored with it) across retries and restarts until the
 * central API has answered it; failures back off exponentially with full jitter and
 * honour Retry-After; refused records are quarantined, never retried forever.
 */
export class SyncWorker {
  private readonly options: Required<SyncWorkerOptions>;
  private phase: SyncStatus['phase'] = 'idle';
  private limit: number;
  private failures = 0;
  private failingSince: number | null = null;
  private alerted = false;
  private inFlight: SyncStatus['inFlight'] = null;
  private nextAttemptAt: number | null = null;
  private lastAttemptAt: number | null = null;
  private duplicates = 0;
  private stopping = false;
  private running: Promise<void> | null = null;
  private readonly abort = new AbortController();
  private readonly news = new Pause();
  private readonly retry = new Pause();

  constructor(options: SyncWorkerOptions) {
    this.options = {
      backoff: defaultBackoff,
      random: Math.random,
      newKey: randomUUID,
      lingerMs: 200,
      idleCheckMs: 30_000,
      onProgress: () => {},
      ...options,
    };
    this.limit = options.batchSize;
  }

  start(): void {
    this.running ??= this.loop().catch((error: unknown) => {
      this.options.log(`sync worker stopped by an unexpected error: ${String(error)}`);
      this.phase = 'off';
    });
  }

  /** New visits were recorded. */
  wake(): void {
    this.news.release();
  }

  /** Try now, even while waiting after a failure (a manager asked, or the fix is in). */
  runNow(): void {
    this.retry.release();
    this.news.release();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.abort.abort();
    this.runNow();
    await this.running;
  }

  status(): Omit<SyncStatus, 'appointments' | 'health' | 'enabled' | 'disabledReason'> {
    const counts = this.options.outbox.counts();
    return {
      phase: this.phase,
      backlog: counts.pending,
      quarantined: counts.quarantined,
      sent: counts.sent,
      batchSize: this.options.batchSize,
      inFlight: this.inFlight,
      lastSuccessAt: numberOrNull(this.options.outbox.getState('last-success-at')),
      lastAttemptAt: this.lastAttemptAt,
      lastError: this.lastError(),
      nextAttemptAt: this.nextAttemptAt,
      consecutiveFailures: this.failures,
      duplicatesReported: this.duplicates,
    };
  }

  private lastError(): LastError | null {
    const text = this.options.outbox.getState('last-error');
    return text ? (JSON.parse(text) as LastError) : null;
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      const batch = this.options.outbox.nextBatch(
        this.limit,
        this.options.newKey,
        this.options.clock(),
      );
      if (!batch) {
        this.phase = 'idle';
        if (await this.news.wait(this.options.idleCheckMs))
          await this.news.wait(this.options.lingerMs);
        continue;
      }
      await this.send(batch);
    }
    this.phase = 'off';
  }

  private async send(batch: OutboxBatch): Promise<void> {
    if (this.phase !== 'misconfigured') this.phase = this.failures > 0 ? 'retrying' : 'sending';
    this.inFlight = { key: batch.key, size: batch.visitIds.length, attempts: batch.attempts + 1 };
    this.options.outbox.noteAttempt(batch.key);
    this.lastAttemptAt = this.options.clock();
    const { siteId } = this.options;
    const body: VisitBatch = {
      visits: batch.records.map((r) => Object.assign(JSON.parse(r) as VisitRecord, { siteId })),
    };
    const result = await this.options.central.pushVisits(body, batch.key, {
      signal: this.abort.signal,
    });
    this.inFlight = null;
    if (this.stopping) return; // the key is stored: the next start sends the batch again
    if (result.ok) this.succeeded(batch, result.value);
    else await this.failed(batch, result.failure);
  }

  private succeeded(batch: OutboxBatch, receipt: PushReceipt): void {
    const now = this.options.clock();
    const sent = this.options.outbox.markSent(batch.key, now);
    this.options.outbox.setState('last-success-at', String(now));
    this.duplicates += receipt.duplicates.length;
    this.limit = Math.min(this.options.batchSize, this.limit * 2);
    if (this.failures > 0)
      this.options.log(`central sync works again after ${this.failures} failed attempt(s)`);
    this.failures = 0;
    this.failingSince = null;
    this.nextAttemptAt = null;
    this.phase = 'sending';
    // Also after a restart: an alert raised before it is still open in the state.
    this.alerted = false;
    this.options.alerts.resolve();
    this.options.onProgress({ type: 'sent', visits: sent, duplicates: receipt.duplicates.length });
  }

  private recordError(failure: CentralFailure): void {
    const error: LastError = {
      at: this.options.clock(),
      kind: failure.kind,
      message: failure.message,
      ...('status' in failure && failure.status !== undefined ? { status: failure.status } : {}),
    };
    this.options.outbox.setState('last-error', JSON.stringify(error));
    this.options.onProgress({ type: 'failed', kind: failure.kind, message: failure.message });
  }

  private async failed(batch: OutboxBatch, failure: CentralFailure): Promise<void> {
    this.recordError(failure);
    if (failure.kind === 'poison') return this.poisoned(batch, failure);
    const now = this.options.clock();
    this.failures += 1;
    this.failingSince ??= now;
    const misconfigured = failure.kind === 'misconfigured';
    this.phase = misconfigured ? 'misconfigured' : 'retrying';
    if (!this.alerted && (misconfigured || now - this.failingSince >= this.options.alertAfterMs)) {
      this.alerted = true;
      this.options.alerts.raise(
        misconfigured
          ? `central API refuses this site (${failure.message}): check its token and CA file`
          : `central API unreachable since ${new Date(this.failingSince).toISOString()}: ${failure.message}`,
      );
    }
    const delay =
      retryDelay(failure, this.failures - 1, this.options.random, this.options.backoff) ??
      this.options.backoff.capMs;
    this.nextAttemptAt = now + delay;
    this.options.log(
      `central sync: batch ${batch.key} (${batch.visitIds.length} visits) failed (${failure.kind}: ${failure.message}); retry in ${Math.round(delay)} ms`,
    );
    await this.retry.wait(delay);
    this.nextAttemptAt = null;
  }

  /**
   * The central API will never take this batch as it is. Records it named go to the
   * quarantine and the others go again under a new key; a refusal naming none is narrowed
   * down by halving the batch until the one record at fault is alone.
   */
  private poisoned(batch: OutboxBatch, failure: Extract<CentralFailure, { kind: 'poison' }>): void {
    const now = this.options.clock();
    const reason = { status: failure.status, code: failure.code, message: failure.message };
    if (failure.code === 'idempotency-key-reused') {
      this.options.log(
        `central sync: key ${batch.key} was used for other content; resending under a new key`,
      );
      this.options.outbox.dissolve(batch.key);
      return;
    }
    if (failure.rejected.length > 0) {
      const refused = failure.rejected.map((r) => ({
        visitId: batch.visitIds[r.index] ?? r.visitId ?? '',
        reason: { ...reason, issues: r.issues },
      }));
      const count = this.options.outbox.quarantine(batch.key, refused, now);
      this.options.onProgress({ type: 'quarantined', visits: count });
      this.options.log(
        `central sync: ${count} visit(s) refused and quarantined (${refused.map((r) => r.visitId).join(', ')}): ${failure.message}`,
      );
      return;
    }
    if (batch.visitIds.length > 1) {
      this.limit = Math.ceil(batch.visitIds.length / 2);
      this.options.log(
        `central sync: batch of ${batch.visitIds.length} refused as a whole (${failure.code}); trying ${this.limit} at a time to find the record at fault`,
      );
      this.options.outbox.dissolve(batch.key);
      this.options.onProgress({ type: 'split', size: this.limit });
      return;
    }
    const [visitId] = batch.visitIds;
    if (visitId) this.options.outbox.quarantine(batch.key, [{ visitId, reason }], now);
    this.options.onProgress({ type: 'quarantined', visits: visitId ? 1 : 0 });
    this.options.log(
      `central sync: visit ${visitId ?? '?'} refused and quarantined: ${failure.message}`,
    );
  }
}

function numberOrNull(text: string | undefined): number | null {
  return text === undefined ? null : Number(text);
}
