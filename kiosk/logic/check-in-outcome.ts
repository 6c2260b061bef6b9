import type { ScanRejectReason } from '../../shared/scan/payload';
import type { MessageKey } from '../i18n/kiosk-i18n';

// What the kiosk says when an appointment cannot be checked in: one title and one
// "what to do next" per refusal code of the engine (shared/engine/check-in.ts).

export interface Formatters {
  /** "10:30" in the visitor's language. */
  time(epochMs: number): string;
  /** "jeudi 3 décembre" from "YYYY-MM-DD". */
  date(isoDate: string): string;
}

export interface CheckInOutcome {
  code: string;
  title: MessageKey;
  text: MessageKey;
  params: Record<string, string>;
  /** Offer to type another code (the code was probably mistyped). */
  retry: boolean;
  /** The appointment's service, when the hub named it. */
  service?: string;
}

function number(details: Record<string, unknown>, key: string): number | undefined {
  const value = details[key];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function text(details: Record<string, unknown>, key: string): string | undefined {
  const value = details[key];
  return typeof value === 'string' ? value : undefined;
}

export function checkInOutcome(
  code: string,
  details: Record<string, unknown> = {},
  format: Formatters,
): CheckInOutcome {
  const service = text(details, 'service');
  return { ...outcomeOf(code, details, format), ...(service ? { service } : {}) };
}

function outcomeOf(
  code: string,
  details: Record<string, unknown>,
  format: Formatters,
): CheckInOutcome {
  const start = number(details, 'start');
  const time = start === undefined ? '' : format.time(start);
  switch (code) {
    case 'not-found':
      return {
        code,
        title: 'outcome.notFound.title',
        text: 'outcome.notFound.text',
        params: {},
        retry: true,
      };
    case 'too-early': {
      const opens = number(details, 'windowStart');
      return {
        code,
        title: 'outcome.tooEarly.title',
        text: 'outcome.tooEarly.text',
        params: { time, opens: opens === undefined ? '' : format.time(opens) },
        retry: false,
      };
    }
    case 'too-late':
      return {
        code,
        title: 'outcome.tooLate.title',
        text: 'outcome.tooLate.text',
        params: { time },
        retry: false,
      };
    case 'already-checked-in': {
      const ticketNumber = text(details, 'ticketNumber');
      return ticketNumber
        ? {
            code,
            title: 'outcome.already.title',
            text: 'outcome.already.text',
            params: { number: ticketNumber },
            retry: false,
          }
        : {
            code,
            title: 'outcome.already.title',
            text: 'outcome.already.textNoNumber',
            params: {},
            retry: false,
          };
    }
    case 'appointment-cancelled':
      return {
        code,
        title: 'outcome.cancelled.title',
        text: 'outcome.cancelled.text',
        params: {},
        retry: false,
      };
    case 'wrong-day': {
      const date = text(details, 'date');
      return {
        code,
        title: 'outcome.wrongDay.title',
        text: 'outcome.wrongDay.text',
        params: { date: date ? format.date(date) : '' },
        retry: false,
      };
    }
    default:
      return {
        code,
        title: 'outcome.other.title',
        text: 'outcome.other.text',
        params: {},
        retry: false,
      };
  }
}

/** What to say about a scan the parser (or the scanner) refused; never the scanned text. */
export function scanRejectionMessage(reason: ScanRejectReason): MessageKey {
  switch (reason) {
    case 'malformed':
      return 'checkin.damagedScan';
    case 'partial-line':
      return 'checkin.partialScan';
    default:
      return 'checkin.badScan';
  }
}
