import { ticketView, type QueueState } from '../../../shared/engine';
import { languageOr } from '../../../shared/i18n/languages';
import { ticketContentSchema, type TicketContent } from '../../../shared/print/content';
import { localized } from '../logic/format';
import { printHeader } from './print-header';

// The paper ticket for a visitor given a number at the counter: the same content model
// as the kiosk's, so it prints the same. Number, service, place and QR token; no name.
// Rebuilt from the engine's ticket view (the hub's own) at the moment it prints, so a
// duplicate for a lost ticket shows the visitor's place now.

export function ticketContent(
  state: QueueState,
  ticketId: string,
  now: number,
  options: { duplicate?: boolean } = {},
): TicketContent | null {
  const config = state.config;
  const ticket = state.tickets[ticketId];
  const view = ticketView(state, ticketId, now);
  if (!config || !ticket || !view) return null;
  const language = languageOr('print', ticket.language);
  const service = config.services.find((s) => s.code === ticket.service);
  const minutes = view.estimate?.minutes;
  const parsed = ticketContentSchema.safeParse({
    kind: 'ticket',
    ...printHeader(config),
    language,
    serviceName: localized(service?.names, language).slice(0, 60) || ticket.service,
    ticketNumber: ticket.number,
    issuedAt: { epochMs: ticket.arrivedAt, timeZone: config.timezone },
    peopleAhead: Math.min(999, view.peopleAhead ?? 0),
    estimatedWaitMinutes: typeof minutes === 'number' ? Math.min(600, minutes) : null,
    qr: ticket.token,
    ...(options.duplicate ? { duplicate: true } : {}),
  });
  return parsed.success ? parsed.data : null;
}
