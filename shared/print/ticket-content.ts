import type { LocalizedText } from '../domain/primitives';
import type { PublicWaitEstimate } from '../engine/views/public-estimate';
import { languageOr } from '../i18n/languages';
import type { CheckInContent, PrintLanguage, TicketContent } from './content';
import { clipLine, printHeader } from './header';

// The printed ticket as the content model, for the kiosk and the counter alike: numbers
// and words only, in the visitor's language, the QR the ticket's status page (an opaque
// token in the address). A visitor checked in for an appointment gets the check-in ticket:
// the appointment's time, and no counter yet (they will be called).

/** The print language for a visitor's language; French for one the printer has no words for. */
export function printLanguageOf(language: string): PrintLanguage {
  return languageOr('print', language);
}

export interface TicketPrintInput {
  townName: string;
  siteName?: string;
  /** The visitor's language (any code: one without print labels prints in French). */
  language: string;
  serviceNames: LocalizedText | undefined;
  /** Printed when the service has no name in the language nor in French. */
  serviceCode: string;
  number: string;
  issuedAt: number;
  timeZone: string;
  peopleAhead: number;
  estimatedWaitMinutes: number | null;
  /** The hub's shown estimate (a figure, a range, "more than 45"): printed when given. */
  estimatedWait?: PublicWaitEstimate;
  /** What the ticket's QR code carries: its status page address (or its bare token). */
  qr: string;
  /** The appointment's start, for a visitor who checked in: prints the check-in ticket. */
  appointmentStart?: number;
  /** A second copy for a visitor who lost theirs: marked as a duplicate. */
  duplicate?: boolean;
}

export function ticketContent(input: TicketPrintInput): TicketContent | CheckInContent {
  const language = printLanguageOf(input.language);
  const serviceName = input.serviceNames?.[language] ?? input.serviceNames?.fr ?? '';
  const common = {
    ...printHeader(input.townName, input.siteName),
    language,
    serviceName: clipLine(serviceName, 60) || input.serviceCode,
    ticketNumber: input.number,
    issuedAt: { epochMs: input.issuedAt, timeZone: input.timeZone },
    peopleAhead: Math.min(999, Math.max(0, input.peopleAhead)),
    estimatedWaitMinutes:
      input.estimatedWaitMinutes === null
        ? null
        : Math.min(600, Math.max(0, Math.round(input.estimatedWaitMinutes))),
    ...(input.estimatedWait ? { estimatedWait: input.estimatedWait } : {}),
    qr: input.qr,
    ...(input.duplicate ? { duplicate: true as const } : {}),
  };
  return input.appointmentStart === undefined
    ? { kind: 'ticket', ...common }
    : {
        kind: 'check-in',
        ...common,
        appointmentAt: { epochMs: input.appointmentStart, timeZone: input.timeZone },
      };
}
