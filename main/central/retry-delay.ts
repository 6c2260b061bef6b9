import { backoffDelay, type BackoffPolicy } from '../../shared/retry/backoff';
import type { CentralFailure } from './failure';

// What the hub does after a failed exchange with the central API, on the shared retry
// policy (shared/retry: full jitter, cap, Retry-After as a floor).

export const defaultBackoff = {
  baseMs: 1_000,
  capMs: 5 * 60_000,
  maxRetryAfterMs: 60 * 60_000,
} satisfies BackoffPolicy;

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
