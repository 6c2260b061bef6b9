import type { CentralFailure } from './failure';

// Exponential backoff with full jitter (a uniformly random wait below an exponential
// ceiling), so sites that failed together do not retry together; a server's Retry-After
// is a floor. `random` is injected so tests and simulations are reproducible.

export interface BackoffPolicy {
  /** Ceiling of the first retry's wait. */
  baseMs: number;
  /** Largest ceiling, however many attempts failed. */
  capMs: number;
  /** A Retry-After longer than this is cut down to it (a confused server cannot stall us). */
  maxRetryAfterMs: number;
}

export const defaultBackoff: BackoffPolicy = {
  baseMs: 1_000,
  capMs: 5 * 60_000,
  maxRetryAfterMs: 60 * 60_000,
};

/** Wait before retry number `attempt` (0 for the first retry). */
export function backoffDelay(
  attempt: number,
  random: () => number,
  policy: BackoffPolicy = defaultBackoff,
  retryAfterMs?: number,
): number {
  const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempt));
  const jittered = Math.floor(random() * ceiling);
  if (retryAfterMs === undefined) return jittered;
  return Math.max(Math.min(retryAfterMs, policy.maxRetryAfterMs), jittered);
}

/**
 * Wait before trying again after `failure`, or null when trying again cannot help (poison:
 * quarantine instead). A misconfiguration backs off with the largest ceiling: a human must act.
 */
export function retryDelay(
  failure: CentralFailure,
  attempt: number,
  random: () => number,
  policy: BackoffPolicy = defaultBackoff,
): number | null {
  switch (failure.kind) {
    case 'poison':
      return null;
    case 'misconfigured':
      return backoffDelay(Number.POSITIVE_INFINITY, random, policy);
    default:
      return backoffDelay(attempt, random, policy, failure.retryAfterMs);
  }
}
