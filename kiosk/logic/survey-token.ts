// The ticket a survey answer is about, from what the kiosk's scanner read: the ticket's
// QR code holds its status page (`…/status/#t=<token>`, logic/status-url.ts) or, for an
// origin no QR code may carry, the bare token. Anything else is not a ticket.

const token = /^[A-Za-z0-9_-]{16,128}$/;

export function surveyTokenOf(scanned: string): string | null {
  const text = scanned.trim();
  const fragment = /^https?:\/\/[^\s#]+\/status\/#t=([^&\s]+)$/.exec(text);
  const candidate = fragment ? (fragment[1] ?? '') : text;
  return token.test(candidate) ? candidate : null;
}
