import { parseScanPayload } from '../../shared/scan/parse-scan';
import { ticketStatusTokenSchema } from '../../shared/scan/payload';

// The ticket a survey answer is about, from what the kiosk's scanner read: the ticket's
// QR code holds its status page (`…/status/#t=<token>`, logic/status-url.ts, read by the
// scan whitelist) or, for an origin no QR code may carry, the bare token. Anything else is
// not a ticket.

export function surveyTokenOf(scanned: string): string | null {
  const parsed = parseScanPayload(scanned);
  if (parsed.ok) return parsed.payload.kind === 'ticket-status' ? parsed.payload.token : null;
  const bare = scanned.trim();
  return ticketStatusTokenSchema.safeParse(bare).success ? bare : null;
}
