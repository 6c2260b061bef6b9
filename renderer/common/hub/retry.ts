import { classifyHubFailure, type HubFailure } from './hub-failure';

export interface RetryOptions {
  /** Waits between attempts, in ms; the last one repeats. */
  delaysMs?: readonly number[];
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
  const delays = options.delaysMs ?? [250, 500, 1000, 2000, 3000];
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
      const delay = delays[Math.min(attempts - 1, delays.length - 1)] ?? 1000;
      await wait(delay, options.signal);
    }
  }
}
