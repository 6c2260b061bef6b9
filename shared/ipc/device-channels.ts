import { z } from 'zod';
import { deviceStatusSchema, printerStatusSchema, scannerStatusSchema } from '../devices/status';
import { checkInContentSchema, receiptContentSchema, ticketContentSchema } from '../print/content';
import { printJobIdSchema, printResultSchema, type PrintFailureReason } from '../print/job';
import { scanPayloadSchema, scanRejectionSchema } from '../scan/payload';
import { channel } from './envelope';

// Every way the kiosk and counter UIs reach the devices of their machine, declared once.
// Electron's preload and main-process handlers, the device host's HTTP routes and every
// DeviceBridge are built from these tables; types come from the schemas (device-api.ts).
// Names read `domain:action`.

const noRequest = z.strictObject({});

const [printedBranch, notPrintedBranch] = printResultSchema.options;

/** A job that went to the printer (or had gone already under this id). */
export const printedSchema = printedBranch.omit({ ok: true });

/** What comes with a print error: whether the paper may be out there anyway, and the printer's state. */
export const printFailureDetailsSchema = notPrintedBranch.pick({
  mayHavePrinted: true,
  status: true,
});

/**
 * The printer's reasons (shared/print/job.ts), answered as error codes: whatever the code,
 * the kiosk offers a paperless ticket; `timeout` and `details.mayHavePrinted` say the
 * paper may have come out all the same.
 */
const printErrors = [
  'paper-out',
  'cover-open',
  'offline',
  'error',
  'timeout',
  'invalid-job',
] as const satisfies readonly PrintFailureReason[];

const printRequest = <C extends z.ZodType>(content: C) =>
  z.strictObject({
    /** Chosen by the caller, reused on retry: the same id never prints twice. */
    jobId: printJobIdSchema,
    content,
  });

export const deviceChannels = {
  'printer:status': channel({
    summary:
      "The ticket printer's status; `refresh` reads the printer now instead of the last poll.",
    request: z.strictObject({ refresh: z.boolean().default(false) }),
    response: printerStatusSchema,
    errors: [],
  }),
  'printer:print-ticket': channel({
    summary:
      'Prints a walk-in ticket or an appointment check-in ticket, at most once per job id. ' +
      'Answers at once with the reason when the printer cannot print.',
    request: printRequest(
      z.discriminatedUnion('kind', [ticketContentSchema, checkInContentSchema]),
    ),
    response: printedSchema,
    errors: printErrors,
    errorDetails: printFailureDetailsSchema,
  }),
  'printer:print-receipt': channel({
    summary: 'Prints a counter receipt (récépissé), at most once per job id.',
    request: printRequest(receiptContentSchema),
    response: printedSchema,
    errors: printErrors,
    errorDetails: printFailureDetailsSchema,
  }),
  'printer:reprint': channel({
    summary: 'Prints an earlier job again, marked as a duplicate, under a new job id; logged.',
    request: z.strictObject({
      jobId: printJobIdSchema,
      originalJobId: printJobIdSchema,
      /** Why, in a few words ("paper jam"); kept in the print journal. */
      reason: z.string().trim().min(1).max(200),
    }),
    response: printedSchema,
    errors: [...printErrors, 'unknown-original'],
    errorDetails: printFailureDetailsSchema,
  }),
  'scanner:status': channel({
    summary: "The serial scanner's status.",
    request: noRequest,
    response: scannerStatusSchema,
    errors: [],
  }),
  'device:statuses': channel({
    summary: "Every device's current status, printer and scanner.",
    request: noRequest,
    response: z.array(deviceStatusSchema),
    errors: [],
  }),
} as const;

const epochMs = z.number().int().nonnegative();
const scannerId = z.string().min(1).max(64);

/** A line the scanner read: the whitelisted payload, or why it was refused (never its text). */
export const scannedEventSchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), scannerId, at: epochMs, payload: scanPayloadSchema }),
  z.strictObject({
    ok: z.literal(false),
    scannerId,
    at: epochMs,
    reason: scanRejectionSchema.shape.reason,
    message: scanRejectionSchema.shape.message,
  }),
]);

/** What the devices push to the UI. A new listener first receives what came while none listened. */
export const deviceEvents = {
  'scanner:scanned': scannedEventSchema,
  /** Each change of a device's state; a new event stream starts with every device's current one. */
  'device:status-changed': deviceStatusSchema,
} as const;

/**
 * Demo and test controls, served by the device host only when it runs a simulated scanner
 * or the virtual printer. Never part of the kiosk's DeviceBridge.
 */
export const demoChannels = {
  'demo:scan': channel({
    summary:
      'Types a line into the simulated scanner (a socat pseudo-terminal pair): it travels ' +
      'the real serial path and comes back as a `scanner:scanned` event.',
    request: z.strictObject({
      /** Sent with the scanner's line terminator after it; a 10 KB line is allowed, to be refused. */
      text: z.string().max(20_000),
    }),
    response: z.strictObject({ bytes: z.number().int().nonnegative() }),
    errors: [],
  }),
  'demo:printer-conditions': channel({
    summary: "Switches the virtual printer's simulated conditions; answers its status read anew.",
    request: z
      .strictObject({
        paperOut: z.boolean(),
        paperNearEnd: z.boolean(),
        coverOpen: z.boolean(),
        offline: z.boolean(),
      })
      .partial()
      .refine((patch) => Object.keys(patch).length > 0, 'give at least one condition'),
    response: printerStatusSchema,
    errors: [],
  }),
  'demo:printed-jobs': channel({
    summary: 'The jobs the virtual printer received after `afterId`, in their readable text form.',
    request: z.strictObject({ afterId: z.number().int().nonnegative().default(0) }),
    response: z.array(
      z.strictObject({
        id: z.number().int().positive(),
        receivedAt: epochMs,
        printed: z.boolean(),
        notPrintedReason: z.enum(['paper-out', 'cover-open', 'error']).nullable(),
        text: z.string(),
        /** The PNG rendering of the paper, when the printer writes its jobs to a folder. */
        png: z.string().nullable(),
      }),
    ),
    errors: [],
  }),
} as const;
