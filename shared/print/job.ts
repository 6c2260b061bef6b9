import { z } from 'zod';
import { printerStatusSchema } from '../devices/status';
import { printContentSchema } from './content';

// The printing contract between callers (kiosk, counter) and a TicketPrinter. A job id
// is chosen by the caller and makes printing idempotent: the same id never prints twice.

export const printJobIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'a print job id is 8 to 64 of A-Z, a-z, 0-9, "_" and "-"');

export const printJobSchema = z
  .object({ id: printJobIdSchema, content: printContentSchema })
  .strict();
export type PrintJob = z.infer<typeof printJobSchema>;
export type PrintJobInput = z.input<typeof printJobSchema>;

/** A deliberate second paper for an earlier job, under its own id; always journaled. */
export const reprintRequestSchema = z
  .object({
    id: printJobIdSchema,
    originalId: printJobIdSchema,
    /** Why, in a few words ("paper jam", "visitor lost it"), kept in the journal. */
    reason: z.string().trim().min(1).max(200),
  })
  .strict();
export type ReprintRequest = z.infer<typeof reprintRequestSchema>;

/**
 * Why a job did not print. The first four come from the printer; `offline` also covers a
 * printer that does not answer; `timeout` means bytes left but the printer never
 * confirmed them, so the job may be on paper and is not sent again.
 */
export const printFailureReasons = [
  'paper-out',
  'cover-open',
  'offline',
  'error',
  'timeout',
  'invalid-job',
  'unknown-original',
] as const;
export type PrintFailureReason = (typeof printFailureReasons)[number];

export const printResultSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    jobId: printJobIdSchema,
    /** `already-printed`: this id was sent before; nothing was sent this time. */
    outcome: z.enum(['printed', 'already-printed']),
    /** When the job's bytes were sent (epoch ms). */
    sentAt: z.number().int().nonnegative(),
    /** The printer acknowledged the job; false over one-way links or after a timeout. */
    confirmed: z.boolean(),
    /** Characters printed as a substitute ('?' among them when lost). */
    substitutions: z.number().int().nonnegative(),
  }),
  z.object({
    ok: z.literal(false),
    jobId: z.string(),
    reason: z.enum(printFailureReasons),
    detail: z.string(),
    /** Bytes may have reached the paper: do not print again without a reprint. */
    mayHavePrinted: z.boolean(),
    status: printerStatusSchema.nullable(),
  }),
]);
export type PrintResult = z.infer<typeof printResultSchema>;
