import { z } from 'zod';

// What a scanner (or a visitor typing at the kiosk) may hand to Accueil. The parser is a
// whitelist: a line is one of the four kinds below or it is rejected with a reason.
//
// 1. Appointment QR code — printed on appointment confirmations and check-in tickets.
//    Text: `ACCUEIL:RDV:<token>`, where <token> is 26 symbols of Crockford base32
//    (`0-9 A-Z` without I L O U), i.e. 130 random bits that mean nothing by themselves:
//    the hub maps a token to an appointment and forgets it with the appointment. Upper
//    case and `:` keep the whole text in QR "alphanumeric" mode, the smallest symbol.
//    A deployment may also print the token as a URL (`https://mairie.example/rdv/<token>`,
//    so a phone that scans it opens the town's page): list those bases in
//    `ScanParseOptions.appointmentUrlBases`; no other URL is accepted.
// 2. ANTS pré-demande number — 10 characters [A-Z0-9]; case is normalised and spaces or
//    dashes typed or scanned around and between its groups are removed.
// 3. Booking code — 6 characters from BOOKING_CODE_ALPHABET (no 0/O, no 1/I/L, no U, so
//    it survives being read out on the phone), given to people who book by phone;
//    written `ABC-DEF`, same normalisation as the ANTS number.
// 4. A ticket's own QR code — its status page, `http(s)://<origin>/status/#t=<token>`
//    (kiosk/logic/status-url.ts), the token 16 to 128 base64url characters, case kept.
//    Not an appointment: the kiosk takes it as "I want to rate my visit" (the survey).

/** Longest accepted line, in UTF-8 bytes. Longer input is dropped, never parsed. */
export const MAX_SCAN_BYTES = 512;

export const APPOINTMENT_QR_PREFIX = 'ACCUEIL:RDV:';
export const APPOINTMENT_TOKEN_LENGTH = 26;
export const CROCKFORD_BASE32_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export const ANTS_NUMBER_LENGTH = 10;

export const BOOKING_CODE_LENGTH = 6;
export const BOOKING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

export const appointmentTokenSchema = z
  .string()
  .regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'an appointment token is 26 Crockford base32 symbols');

export const antsNumberSchema = z
  .string()
  .regex(/^[A-Z0-9]{10}$/, 'an ANTS pré-demande number is 10 characters A-Z or 0-9');

export const bookingCodeSchema = z
  .string()
  .regex(/^[2-9A-HJKMNP-TV-Z]{6}$/, 'a booking code is 6 characters without 0, 1, I, L, O, U');

export const ticketStatusTokenSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,128}$/, 'a ticket token is 16 to 128 letters, digits, - or _');

export const scanPayloadSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('appointment-token'), token: appointmentTokenSchema }),
  z.object({ kind: z.literal('ants-pre-demande'), number: antsNumberSchema }),
  z.object({ kind: z.literal('booking-code'), code: bookingCodeSchema }),
  z.object({ kind: z.literal('ticket-status'), token: ticketStatusTokenSchema }),
]);
export type ScanPayload = z.infer<typeof scanPayloadSchema>;
export type ScanPayloadKind = ScanPayload['kind'];

/**
 * Why a line was refused. `partial-line` comes from the serial framing (a line that never
 * got its terminator); the others from the parser. `malformed` means the line starts like
 * one of ours (the QR prefix) but its body is wrong: a damaged or forged code.
 */
export const scanRejectReasons = [
  'empty',
  'too-long',
  'invalid-utf8',
  'control-character',
  'malformed',
  'unknown-format',
  'partial-line',
] as const;
export type ScanRejectReason = (typeof scanRejectReasons)[number];

export const scanRejectionSchema = z.object({
  reason: z.enum(scanRejectReasons),
  /** English, for logs and IT; never contains the scanned text. The UI maps `reason`. */
  message: z.string().max(300),
});
export type ScanRejection = z.infer<typeof scanRejectionSchema>;

export type ScanResult = { ok: true; payload: ScanPayload } | ({ ok: false } & ScanRejection);
