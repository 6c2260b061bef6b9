import { HubApiError } from '../../../shared/contracts/hub-client';

// What a staff app shows when the hub says no (or cannot be reached): a code the
// catalogs word in the agent's language, and the hub's own message, which says exactly
// what was wrong and what to do.

export interface Refusal {
  /** The hub's error code (`conflict`, `queue-empty`, …), or `network` when it was not reached. */
  code: string;
  /** The hub's message (English), shown as the detail. */
  message: string;
  status: number;
  details?: Record<string, unknown>;
}

/** Codes that end the agent's session: the console goes back to the login screen. */
const sessionCodes = new Set(['session-expired', 'token-revoked', 'unauthenticated']);

export function refusalOf(error: unknown): Refusal {
  if (error instanceof HubApiError)
    return {
      code: error.code,
      message: error.message,
      status: error.status,
      ...(error.details ? { details: error.details } : {}),
    };
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'network', message, status: 0 };
}

export function endsSession(refusal: Refusal): boolean {
  return refusal.status === 401 && sessionCodes.has(refusal.code);
}
