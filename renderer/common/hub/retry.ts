import { backoffDelay, type BackoffPolicy } from '../../../shared/retry/backoff';
import { classifyHubFailure, type HubFailure } from './hub-failure';

/**
 * 250 ms, 0.5, 1, 2, then 3 s between attempts, without jitter: one screen waits on its
 * hub, and the visitor in front of it is told "trying again"; a long wait would lose them.
 */
export const hubRequestBackoff: BackoffPolicy = { baseMs: 250, capMs: 3_000, jitter: 'none' };

export interface RetryOptions {
  /** The waits between attempts (shared/retry); `hubRequestBackoff` unless said. */
  backoff?: BackoffPolicy;
  /** For a policy with jitter. */
  random?: () => number;
  /** Stops retrying (the visitor left): the promise then resolves as `abandoned`. */
  signal?: AbortSignal;
  /** Gives up after this many attempts (default: never), answering the last failure. */
  maxAttempts?: number;
  /** Each failed attempt that will be retried, e.g. to show "the hub is unreachable". */
  onRetry?: (failure: HubFailure, attempt: number) => void;
  wait?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export type RetryOutcome<T> =
  | { ok: true; value: T; attempts: number }
  | { ok: false; failure: HubFailure; attempts: number }
  | { ok: false; abandoned: true; attempts: number };

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

/**
 * Sends a hub request until it is answered: an unreachable hub is retried (same request,
 * so a command keeps the Idempotency-Key the caller put in it and never acts twice); a
 * refusal or an unauthorized answer ends it at once.
 */
export async function untilAnswered<T>(
  attempt: () => Promise<T>,
  options: RetryOptions = {},
): Promise<RetryOutcome<T>> {
  const policy = options.backoff ?? hubRequestBackoff;
  const wait = options.wait ?? sleep;
  for (let attempts = 1; ; attempts++) {
    if (options.signal?.aborted) return { ok: false, abandoned: true, attempts: attempts - 1 };
    try {
      return { ok: true, value: await attempt(), attempts };
    } catch (error) {
      const failure = classifyHubFailure(error);
      if (failure.kind !== 'unreachable' || attempts >= (options.maxAttempts ?? Infinity))
        return { ok: false, failure, attempts };
      options.onRetry?.(failure, attempts);
      await wait(backoffDelay(attempts - 1, options.random ?? Math.random, policy), options.signal);
    }
  }
}
