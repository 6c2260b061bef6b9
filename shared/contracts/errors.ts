import { z } from 'zod';
import { errorHttpStatus } from '../engine';

/**
 * Every error the hub answers, as `{ error: { code, message, details? } }`. The message
 * says what was wrong and what to do; `code` is for programs. Domain refusals keep the
 * engine's codes and statuses (`closed`, `full`, …); the hub adds transport and security ones.
 */
export const errorBodySchema = z.strictObject({
  error: z.strictObject({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const httpStatusByCode = {
  ...errorHttpStatus,
  malformed: 400,
  unauthenticated: 401,
  'session-expired': 401,
  'token-revoked': 401,
  forbidden: 403,
  'route-not-found': 404,
  'method-not-allowed': 405,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'idempotency-mismatch': 422,
  'rate-limited': 429,
  /** A survey comment holding an e-mail address or a phone number (statistics). */
  'personal-data': 422,
  'already-answered': 409,
  'not-yet-received': 409,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<string, number>;

export type KnownErrorCode = keyof typeof httpStatusByCode;

/** The HTTP status for an error code; a code the table does not name is a bug: 500. */
export function httpStatusOf(code: string): number {
  return (httpStatusByCode as Record<string, number>)[code] ?? 409;
}

export function errorBody(
  code: string,
  message: string,
  details?: Record<string, unknown>,
): ErrorBody {
  return { error: details ? { code, message, details } : { code, message } };
}
