import { ticketView, type QueueState } from '../../../shared/engine';
import { ticketContentSchema, type TicketContent } from '../../../shared/print/content';
import { ticketContent as buildTicket } from '../../../shared/print/ticket-content';
import { printHeader } from './print-header';

// The paper ticket for a visitor given a number at the counter: built by the kiosk's
// builder (shared/print), so it prints the same. Number, service, place and QR token; no
// name. Rebuilt from the engine's ticket view (the hub's own) at the moment it prints, so
// a duplicate for a lost ticket shows the visitor's place now.

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
  const minutes = view.estimate?.minutes;
  // Validated here: a token that is not an opaque id is refused rather than printed.
  const parsed = ticketContentSchema.safeParse(
    buildTicket({
      ...printHeader(config),
      language: ticket.language,
      serviceNames: config.services.find((s) => s.code === ticket.service)?.names,
      serviceCode: ticket.service,
      number: ticket.number,
      issuedAt: ticket.arrivedAt,
      timeZone: config.timezone,
      peopleAhead: view.peopleAhead ?? 0,
      estimatedWaitMinutes: typeof minutes === 'number' ? minutes : null,
      ...(view.estimate?.shown ? { estimatedWait: view.estimate.shown } : {}),
      qr: ticket.token,
      ...(options.duplicate ? { duplicate: true } : {}),
    }),
  );
  return parsed.success ? parsed.data : null;
}
