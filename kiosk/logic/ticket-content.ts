import type { LocalizedText } from '../../shared/domain/primitives';
import { languageOr } from '../../shared/i18n/languages';
import type { CheckInContent, PrintLanguage, TicketContent } from '../../shared/print/content';

// The printed ticket, as the shared content model (shared/print) in the visitor's
// language: numbers and words only, the QR the ticket's status page (an opaque token in
// the address). The device host lays it out. A visitor checked in for an appointment gets
// the check-in ticket: the appointment's time, and no counter yet (they will be called).

export function printLanguageOf(language: string): PrintLanguage {
  // Every kiosk language has print labels (a test checks it); anything else: French.
  return languageOr('print', language);
}

export function localized(
  text: LocalizedText | undefined,
  language: string,
  fallback = '',
): string {
  return text?.[language] ?? text?.fr ?? fallback;
}

function clip(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1)}…`;
}

export interface TicketPrintInput {
  townName: string;
  siteName?: string;
  language: string;
  serviceNames: LocalizedText | undefined;
  serviceCode: string;
  number: string;
  issuedAt: number;
  timeZone: string;
  peopleAhead: number;
  estimatedWaitMinutes: number | null;
  /** What the ticket's QR code carries: its status page address (see status-url.ts). */
  qr: string;
  /** The appointment's start, for a visitor who checked in: prints the check-in ticket. */
  appointmentStart?: number;
}

export function ticketContent(input: TicketPrintInput): TicketContent | CheckInContent {
  const language = printLanguageOf(input.language);
  const common = {
    townName: clip(input.townName, 60),
    ...(input.siteName && input.siteName !== input.townName
      ? { siteName: clip(input.siteName, 80) }
      : {}),
    language,
    serviceName: clip(localized(input.serviceNames, language, input.serviceCode), 60),
    ticketNumber: input.number,
    issuedAt: { epochMs: input.issuedAt, timeZone: input.timeZone },
    peopleAhead: Math.min(999, Math.max(0, input.peopleAhead)),
    estimatedWaitMinutes:
      input.estimatedWaitMinutes === null
        ? null
        : Math.min(600, Math.max(0, Math.round(input.estimatedWaitMinutes))),
    qr: input.qr,
  };
  return input.appointmentStart === undefined
    ? { kind: 'ticket', ...common }
    : {
        kind: 'check-in',
        ...common,
        appointmentAt: { epochMs: input.appointmentStart, timeZone: input.timeZone },
      };
}

/** One print job per ticket: printing the same ticket again is answered `already-printed`. */
export function printJobId(ticketId: string): string {
  return `kiosk-${ticketId.replace(/[^A-Za-z0-9_-]/g, '-')}`.slice(0, 64);
}
