import { HubApiError } from '../../../shared/contracts/hub-client';

/**
 * What went wrong with a hub request, as a UI needs it:
 * - `refused`: the hub answered and said no (a domain refusal such as `closed`, or a
 *   client error); retrying the same request will not help, say `code` to the user.
 * - `unreachable`: no answer (network down, hub stopped, 502/503/504, a 500): the
 *   request may be retried with the same Idempotency-Key.
 * - `unauthorized`: the token is missing, expired or revoked; the device must enrol again.
 */
export type HubFailure =
  | {
      kind: 'refused';
      status: number;
      code: string;
      message: string;
      details?: Record<string, unknown>;
    }
  | { kind: 'unreachable'; message: string }
  | { kind: 'unauthorized'; code: string; message: string };

const retryableStatuses = new Set([408, 429, 500, 502, 503, 504]);

export function classifyHubFailure(error: unknown): HubFailure {
  if (error instanceof HubApiError) {
    if (error.status === 401)
      return { kind: 'unauthorized', code: error.code, message: error.message };
    // `not-configured` (503) is a refusal of the site, not of the link: retrying later helps.
    if (retryableStatuses.has(error.status))
      return { kind: 'unreachable', message: `${error.code}: ${error.message}` };
    return {
      kind: 'refused',
      status: error.status,
      code: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
    };
  }
  // fetch rejects with a TypeError when nothing answers; a body that is not JSON (a proxy's
  // error page) throws a SyntaxError: both mean the hub was not really reached.
  return { kind: 'unreachable', message: error instanceof Error ? error.message : String(error) };
}
