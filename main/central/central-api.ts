import type { AppointmentDay } from '../../shared/central/appointment';
import type { HealthReceipt, SiteHealth } from '../../shared/central/health';
import type { VisitBatch, VisitBatchReceipt } from '../../shared/central/visit';
import type { CentralResult } from './failure';

// The port the hub's sync worker talks to. The real adapter is the HTTP client
// (central-client.ts); its faithful stand-in in tests is the central sandbox, reached
// through that same client.

export type PushReceipt = VisitBatchReceipt & {
  /** The central API had already answered this key: this is its stored answer. */
  replayed: boolean;
};

export type AppointmentsPull =
  | { notModified: true; etag: string }
  | { notModified: false; etag: string | null; day: AppointmentDay };

export interface CallOptions {
  signal?: AbortSignal;
}

export interface CentralApi {
  /** Sends one batch; retry it with the same `idempotencyKey` and the same batch. */
  pushVisits(
    batch: VisitBatch,
    idempotencyKey: string,
    options?: CallOptions,
  ): Promise<CentralResult<PushReceipt>>;
  /** The day's appointments, or notModified when `etag` still matches. */
  pullAppointments(
    date: string,
    etag?: string,
    options?: CallOptions,
  ): Promise<CentralResult<AppointmentsPull>>;
  reportHealth(report: SiteHealth, options?: CallOptions): Promise<CentralResult<HealthReceipt>>;
  close(): void;
}
