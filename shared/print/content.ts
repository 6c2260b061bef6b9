import { z } from 'zod';
import { languagesFor, type LanguageOf } from '../i18n/languages';
import { dateTimeFormat } from './format-time';
import { publicWaitEstimateSchema } from '../engine/views/public-estimate';

// The content models of what the printers print. They carry words and figures only,
// never printer commands, and are strict: a field nobody declared (an agent's name, a
// visitor's phone number) is refused rather than silently carried along.

/** The languages a ticket prints in: those the languages table gives the printer. */
export type PrintLanguage = LanguageOf<'print'>;

const line = (max: number) => z.string().trim().min(1).max(max);

/** A moment, either already written in the visitor's local form or as an instant. */
export const printedDateTimeSchema = z.union([
  z.object({ date: line(60), time: line(20) }).strict(),
  z
    .object({ epochMs: z.number().int().nonnegative(), timeZone: line(64) })
    .strict()
    .refine((v) => isTimeZone(v.timeZone), {
      message: 'unknown IANA time zone',
      path: ['timeZone'],
    }),
]);
export type PrintedDateTime = z.infer<typeof printedDateTimeSchema>;

/** An appointment's time: a local time already written ("10:30") or an instant. */
export const printedTimeSchema = z.union([
  z.object({ time: line(20) }).strict(),
  z
    .object({ epochMs: z.number().int().nonnegative(), timeZone: line(64) })
    .strict()
    .refine((v) => isTimeZone(v.timeZone), {
      message: 'unknown IANA time zone',
      path: ['timeZone'],
    }),
]);
export type PrintedTime = z.infer<typeof printedTimeSchema>;

function isTimeZone(zone: string): boolean {
  try {
    dateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * What a QR code may carry: an opaque token, or a web address holding one (in its path,
 * query or fragment, e.g. a ticket's status page `https://ville.fr/status/#t=<token>`;
 * http is allowed for a hub on the site's own network). No '@', no spaces, nothing but
 * printable ASCII: it must never hold a name, e-mail or phone number.
 */
export const qrPayloadSchema = z
  .string()
  .regex(
    /^(?:https?:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/[A-Za-z0-9._~-]*)*(?:\?[A-Za-z0-9._~=&-]*)?(?:#[A-Za-z0-9._~=&-]*)?|[A-Za-z0-9_-]{16,128})$/,
    'a QR payload is an opaque token ([A-Za-z0-9_-], 16 to 128) or an http(s) address holding one',
  )
  .max(300);

const header = {
  /** The town as it signs its documents, e.g. "Ville d'Issy-les-Moulineaux". */
  townName: line(60),
  /** The building or desk, e.g. "Centre administratif municipal". */
  siteName: line(80).optional(),
  language: z.enum(languagesFor('print')),
  /** A second copy printed on purpose (a visitor lost theirs): marked as a duplicate. */
  duplicate: z.literal(true).optional(),
};

const queuePosition = {
  /** The service, already in the visitor's language. */
  serviceName: line(60),
  /** What the display will call: letters, digits and dashes, e.g. "A042". */
  ticketNumber: z
    .string()
    .regex(/^[A-Z0-9-]{1,6}$/, 'a ticket number is 1 to 6 of A-Z, 0-9 and "-"'),
  issuedAt: printedDateTimeSchema,
  peopleAhead: z.number().int().min(0).max(999),
  /** Null when the estimator has too little history to say. */
  estimatedWaitMinutes: z.number().int().min(0).max(600).nullable(),
  /** What the ticket may say of the wait (a figure, a range, "more than"); else the figure. */
  estimatedWait: publicWaitEstimateSchema.optional(),
  /** Opaque token to follow the queue from a phone. */
  qr: qrPayloadSchema,
};

export const ticketContentSchema = z
  .object({ kind: z.literal('ticket'), ...header, ...queuePosition })
  .strict();

export const checkInContentSchema = z
  .object({
    kind: z.literal('check-in'),
    ...header,
    ...queuePosition,
    appointmentAt: printedTimeSchema,
    /**
     * The counter or office the visitor is expected at, e.g. "4" or "B12", when it is
     * known. A kiosk checking a visitor in does not know it yet: the ticket then says
     * the visitor will be called (on the waiting-room screen).
     */
    counter: line(12).optional(),
  })
  .strict();

export const receiptContentSchema = z
  .object({
    kind: z.literal('receipt'),
    ...header,
    serviceName: line(60),
    /** The procedure, e.g. "Demande de carte nationale d'identité". */
    subject: line(120),
    /** What was deposited or done, one line each. */
    items: z.array(line(160)).min(1).max(20),
    /** The file's reference, printed in full and optionally as a barcode. */
    reference: z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9/_.-]{2,39}$/, 'a reference is 3 to 40 of A-Z, 0-9, / _ . -'),
    referenceBarcode: z.boolean().default(false),
    counter: line(12),
    issuedAt: printedDateTimeSchema,
    nextSteps: z.array(line(240)).max(10),
    /** Opaque token to follow the file online, if the service offers it. */
    qr: qrPayloadSchema.optional(),
  })
  .strict();

export const printContentSchema = z.discriminatedUnion('kind', [
  ticketContentSchema,
  checkInContentSchema,
  receiptContentSchema,
]);

export type TicketContent = z.infer<typeof ticketContentSchema>;
export type CheckInContent = z.infer<typeof checkInContentSchema>;
export type ReceiptContent = z.infer<typeof receiptContentSchema>;
export type PrintContent = z.infer<typeof printContentSchema>;
/** What callers write: defaults (such as `referenceBarcode`) may be left out. */
export type PrintContentInput = z.input<typeof printContentSchema>;
