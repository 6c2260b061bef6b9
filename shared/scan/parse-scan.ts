import {
  ANTS_NUMBER_LENGTH,
  APPOINTMENT_QR_PREFIX,
  APPOINTMENT_TOKEN_LENGTH,
  BOOKING_CODE_LENGTH,
  MAX_SCAN_BYTES,
  antsNumberSchema,
  appointmentTokenSchema,
  bookingCodeSchema,
  type ScanPayload,
  type ScanRejectReason,
  type ScanResult,
} from './payload';

export interface ScanParseOptions {
  /**
   * URL bases under which the appointment token may also be printed, e.g.
   * `https://mairie.example/rdv/`; the token must follow directly, with nothing after it.
   * Compared without regard to case. Empty by default: only `ACCUEIL:RDV:` is accepted.
   */
  appointmentUrlBases?: readonly string[];
}

const encoder = new TextEncoder();
// fatal: a byte sequence that is not UTF-8 is refused, never patched with U+FFFD.
const decoder = new TextDecoder('utf-8', { fatal: true });

// Spaces (incl. the no-break ones French keyboards type) and dashes of every width.
const separators = /[\s\u00A0\u202F\u2010-\u2015\u2212-]/g;
const outerSpaces = /^[\s\u00A0\u202F]+|[\s\u00A0\u202F]+$/g;

const expected =
  'expected an appointment QR code, an ANTS pré-demande number (10 letters or digits) ' +
  "a booking code (6 characters) or a ticket's QR code";

/** A ticket's status page: its token is case-sensitive, so it is read before any folding. */
const ticketStatusUrl = /^https?:\/\/[^\s/?#@]+\/status\/#t=([A-Za-z0-9_-]{16,128})$/;

function reject(reason: ScanRejectReason, message: string): ScanResult {
  return { ok: false, reason, message };
}

function accept(payload: ScanPayload): ScanResult {
  return { ok: true, payload };
}

/**
 * Turns one scanned (or typed) line into a typed payload, or says why it is refused.
 * Takes the raw bytes from a serial port, or a string from a keyboard. Never throws, and
 * the message never repeats the input (it may be garbage, or someone's data).
 */
export function parseScanPayload(
  input: string | Uint8Array,
  options: ScanParseOptions = {},
): ScanResult {
  try {
    const text = toText(input);
    return typeof text === 'string' ? parseText(text, options) : text;
  } catch {
    // Defence in depth: nothing above is expected to throw.
    return reject('unknown-format', 'the scan could not be read');
  }
}

function toText(input: unknown): string | ScanResult {
  if (input instanceof Uint8Array) {
    if (input.length === 0) return reject('empty', 'the scan is empty');
    if (input.length > MAX_SCAN_BYTES) return tooLong(input.length);
    try {
      return decoder.decode(input);
    } catch {
      return reject('invalid-utf8', `the scan is not valid UTF-8 text (${input.length} bytes)`);
    }
  }
  if (typeof input !== 'string')
    return reject('unknown-format', 'the scan is neither text nor bytes');
  if (input.length === 0) return reject('empty', 'the scan is empty');
  // Every UTF-16 unit is at least one UTF-8 byte: a long string is refused before encoding.
  if (input.length > MAX_SCAN_BYTES) return tooLong(input.length, 'at least ');
  const unpaired = findUnpairedSurrogate(input);
  if (unpaired >= 0)
    return reject('invalid-utf8', `the scan has an unpaired surrogate at position ${unpaired}`);
  const bytes = encoder.encode(input).length;
  return bytes > MAX_SCAN_BYTES ? tooLong(bytes) : input;
}

function tooLong(bytes: number, qualifier = ''): ScanResult {
  return reject(
    'too-long',
    `the scan is ${qualifier}${bytes} bytes long; the limit is ${MAX_SCAN_BYTES} bytes`,
  );
}

function findUnpairedSurrogate(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else return i;
    } else if (unit >= 0xdc00 && unit <= 0xdfff) return i;
  }
  return -1;
}

// Only a-z are folded: String#toUpperCase would turn 'ß' into 'SS' or 'ı' into 'I' and let
// non-ASCII text pass for one of our codes.
function asciiUpper(text: string): string {
  return text.replace(/[a-z]+/g, (letters) => letters.toUpperCase());
}

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function parseText(raw: string, options: ScanParseOptions): ScanResult {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (isControl(code)) {
      const hex = code.toString(16).toUpperCase().padStart(4, '0');
      return reject(
        'control-character',
        `the scan contains the control character U+${hex} at position ${i}`,
      );
    }
  }
  const text = raw.replace(outerSpaces, '');
  if (text.length === 0) return reject('empty', 'the scan holds only spaces');

  const ticket = ticketStatusUrl.exec(text)?.[1];
  if (ticket !== undefined) return accept({ kind: 'ticket-status', token: ticket });

  const upper = asciiUpper(text);
  if (upper.startsWith(APPOINTMENT_QR_PREFIX))
    return appointmentToken(upper.slice(APPOINTMENT_QR_PREFIX.length));
  for (const base of options.appointmentUrlBases ?? []) {
    if (base.length > 0 && upper.startsWith(asciiUpper(base)))
      return appointmentToken(upper.slice(base.length));
  }

  const compact = upper.replace(separators, '');
  if (/^[A-Z0-9]+$/.test(compact)) {
    if (compact.length === ANTS_NUMBER_LENGTH && antsNumberSchema.safeParse(compact).success)
      return accept({ kind: 'ants-pre-demande', number: compact });
    if (compact.length === BOOKING_CODE_LENGTH) {
      if (bookingCodeSchema.safeParse(compact).success)
        return accept({ kind: 'booking-code', code: compact });
      return reject(
        'unknown-format',
        'the scan has the length of a booking code but booking codes never use 0, 1, I, L, O or U',
      );
    }
  }
  return reject('unknown-format', `the scan is in no accepted format: ${expected}`);
}

function appointmentToken(token: string): ScanResult {
  if (appointmentTokenSchema.safeParse(token).success)
    return accept({ kind: 'appointment-token', token });
  return reject(
    'malformed',
    `the appointment QR code is damaged or forged: its token must be ${APPOINTMENT_TOKEN_LENGTH} ` +
      'Crockford base32 symbols (0-9, A-Z without I, L, O, U) and nothing after them',
  );
}
