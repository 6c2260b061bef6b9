import { z } from 'zod';
import { isoDateSchema } from '../domain/primitives';

// What managers see of the central sync (GET /api/v1/sync), what admins see of the
// visits the central API refused, and the bodies of the routes that act on them.

export const syncPhases = ['off', 'idle', 'sending', 'retrying', 'misconfigured'] as const;

export const syncErrorSchema = z.strictObject({
  at: z.number(),
  /** retryable, conflict, poison, misconfigured (see main/central/failure.ts). */
  kind: z.string(),
  message: z.string(),
  status: z.number().optional(),
});

export const syncStatusSchema = z.strictObject({
  enabled: z.boolean(),
  /** Why the worker is off, when it is. */
  disabledReason: z.string().nullable(),
  phase: z.enum(syncPhases),
  /** Visits waiting to be sent (the batch in flight included). */
  backlog: z.number().int().nonnegative(),
  /** Visits refused by the central API, held until an administrator sends them again. */
  quarantined: z.number().int().nonnegative(),
  /** Visits sent and still kept here. */
  sent: z.number().int().nonnegative(),
  batchSize: z.number().int().positive(),
  inFlight: z
    .strictObject({ key: z.string(), size: z.number().int(), attempts: z.number().int() })
    .nullable(),
  lastSuccessAt: z.number().nullable(),
  lastAttemptAt: z.number().nullable(),
  lastError: syncErrorSchema.nullable(),
  /** When the worker tries again after a failure. */
  nextAttemptAt: z.number().nullable(),
  consecutiveFailures: z.number().int().nonnegative(),
  /** Visits the central API already had (sent again after a doubt; kept once there). */
  duplicatesReported: z.number().int().nonnegative(),
  appointments: z
    .strictObject({
      date: isoDateSchema.nullable(),
      lastPullAt: z.number().nullable(),
      lastOutcome: z.string().nullable(),
    })
    .nullable(),
  health: z
    .strictObject({ lastReportAt: z.number().nullable(), lastOutcome: z.string().nullable() })
    .nullable(),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

export const quarantinedVisitSchema = z.strictObject({
  visitId: z.string(),
  quarantinedAt: z.number(),
  /** The central API's answer: status, code, message and the record's issues. */
  reason: z.unknown(),
  /** The record as it would be sent. */
  record: z.unknown(),
});
export type QuarantinedVisit = z.infer<typeof quarantinedVisitSchema>;

/** Sends quarantined visits again (all, or those named) once the cause is fixed. */
export const resendQuarantineBodySchema = z.strictObject({
  visitIds: z.array(z.string().min(1).max(64)).min(1).max(10_000).optional(),
});

/** Pulls a day's appointments from the central API now (today by default). */
export const refreshAppointmentsBodySchema = z.strictObject({
  date: isoDateSchema.optional(),
});

export const appointmentsRefreshAnswerSchema = z.strictObject({
  date: isoDateSchema,
  outcome: z.enum(['loaded', 'not-modified']),
  appointments: z.number().int().nonnegative(),
  cancelled: z.number().int().nonnegative(),
  /** Appointments for services this site does not have, left out (see the hub's log). */
  skipped: z.number().int().nonnegative(),
});
export type AppointmentsRefreshAnswer = z.infer<typeof appointmentsRefreshAnswerSchema>;
