import { z } from 'zod';
import { weeklyHoursSchema } from './calendar-config';
import { codeSchema, localizedTextSchema } from './primitives';

export const serviceModes = ['walk-in', 'appointment', 'both'] as const;
export type ServiceMode = (typeof serviceModes)[number];

export const documentSchema = z.strictObject({
  code: codeSchema,
  names: localizedTextSchema,
  /** Optional documents are listed as "if you have it". */
  required: z.boolean().default(true),
});
export type ServiceDocument = z.infer<typeof documentSchema>;

/** How early and how late an appointment may be checked in, around its start time. */
export const checkInWindowSchema = z.strictObject({
  earlyMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  lateMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
});
export type CheckInWindow = z.infer<typeof checkInWindowSchema>;

export const serviceSchema = z.strictObject({
  code: codeSchema,
  /** Letter(s) in front of the ticket number: "A" gives A001. */
  prefix: z.string().regex(/^[A-Z]{1,2}$/, 'one or two capital letters, e.g. "A"'),
  names: localizedTextSchema,
  description: localizedTextSchema.optional(),
  category: codeSchema,
  mode: z.enum(serviceModes),
  /** Replaces the site's weekly hours for this service; closures and holidays still apply. */
  hours: weeklyHoursSchema.optional(),
  /** Walk-in tickets per day; none when absent. */
  dailyCap: z.number().int().positive().optional(),
  /** Walk-in tickets stop this many minutes before the service closes. */
  cutOffMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(0),
  targetWaitMinutes: z.number().int().positive().default(15),
  /**
   * The longest wait beyond which staff are alerted (`service-over-target`); absent: the
   * target itself. Set it above the target to be told only of a real overrun.
   */
  alertWaitMinutes: z
    .number()
    .int()
    .positive()
    .max(24 * 60)
    .optional(),
  /** Used by the waiting-time estimate until enough visits have been timed today. */
  defaultServiceMinutes: z.number().positive().max(240).default(10),
  documents: z.array(documentSchema).default([]),
  /** Falls back to the site's default window. */
  checkInWindow: checkInWindowSchema.optional(),
  /** Where visitors book an appointment (shown as a QR code when the service refuses walk-ins). */
  bookingUrl: z.url().optional(),
});
export type Service = z.infer<typeof serviceSchema>;

export const categorySchema = z.strictObject({
  code: codeSchema,
  names: localizedTextSchema,
});
export type Category = z.infer<typeof categorySchema>;
