/**
 * Why a command was refused. Each code maps to one HTTP status in the hub
 * (`errorHttpStatus`) and to one explanation on the kiosk.
 * - validation: the command or a value in it is malformed or out of range (400).
 * - not-found: an id, code or reference names nothing (404).
 * - conflict: clashes with current state held by someone else, e.g. a counter already
 *   open by another agent (409).
 * - invalid-state: not possible in the ticket's or counter's current state (409).
 * - forbidden: the actor's role or identity may not do this (403).
 * - not-configured: no site configuration has been loaded yet (503).
 * - closed: the service is closed now; details.nextOpening (epoch ms) when known (409).
 * - past-cut-off: walk-in tickets have stopped before closing; details.closesAt (409).
 * - full: the service's daily cap is reached, or no ticket number is free (409).
 * - appointment-only: the service takes no walk-ins; details.bookingUrl when set (409).
 * - too-early: check-in window not open yet; details.windowStart (epoch ms) (409).
 * - too-late: check-in window is over; details.windowEnd (epoch ms) (409).
 * - already-checked-in: details.ticketNumber of the ticket given then (409).
 * - appointment-cancelled: the appointment was cancelled (409).
 * - wrong-day: the appointment is on another date; details.date ("YYYY-MM-DD") (409).
 * - queue-empty: "call next" found nobody waiting for the counter (404).
 */
export type DomainErrorCode =
  | 'validation'
  | 'not-found'
  | 'conflict'
  | 'invalid-state'
  | 'forbidden'
  | 'not-configured'
  | 'closed'
  | 'past-cut-off'
  | 'full'
  | 'appointment-only'
  | 'too-early'
  | 'too-late'
  | 'already-checked-in'
  | 'appointment-cancelled'
  | 'wrong-day'
  | 'queue-empty';

export interface DomainError {
  code: DomainErrorCode;
  /** English, says what was wrong and what to do. */
  message: string;
  details?: Record<string, unknown>;
}

export const errorHttpStatus: Record<DomainErrorCode, number> = {
  validation: 400,
  'not-found': 404,
  conflict: 409,
  'invalid-state': 409,
  forbidden: 403,
  'not-configured': 503,
  closed: 409,
  'past-cut-off': 409,
  full: 409,
  'appointment-only': 409,
  'too-early': 409,
  'too-late': 409,
  'already-checked-in': 409,
  'appointment-cancelled': 409,
  'wrong-day': 409,
  'queue-empty': 404,
};

export function domainError(
  code: DomainErrorCode,
  message: string,
  details?: Record<string, unknown>,
): DomainError {
  return details === undefined ? { code, message } : { code, message, details };
}
