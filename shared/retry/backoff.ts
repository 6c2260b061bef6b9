// The one retry policy of every client (hub ↔ central, devices, kiosk, counter, status
// page): exponential backoff with a cap, full jitter by default (a uniformly random wait
// below the exponential ceiling, so clients that failed together do not retry together),
// a server's Retry-After as a floor. Pure: the random source and the clock are passed in,
// so tests and simulations are reproducible.

export interface BackoffPolicy {
  /** Ceiling of the first retry's wait. */
  baseMs: number;
  /** Largest ceiling, however many attempts failed. */
  capMs: number;
  /** How much the ceiling grows after each failed attempt; 2 unless said. */
  factor?: number;
  /**
   * `full` (the default): a uniformly random wait below the ceiling. `none`: the ceiling
   * itself, for a retry nobody else shares the timing of (one local device, one page
   * following one ticket) or whose steps people are told about.
   */
  jitter?: 'full' | 'none';
  /** A Retry-After longer than this is cut down to it (a confused server cannot stall us). */
  maxRetryAfterMs?: number;
}

/** The largest wait before retry number `attempt` (0 for the first retry). */
export function backoffCeiling(attempt: number, policy: BackoffPolicy): number {
  const grown = policy.baseMs * Math.max(1, policy.factor ?? 2) ** Math.max(0, attempt);
  // An infinite attempt (give the longest wait) makes 1 ** Infinity = NaN: the cap then.
  return Math.max(0, Number.isNaN(grown) ? policy.capMs : Math.min(policy.capMs, grown));
}

/**
 * Wait before retry number `attempt` (0 for the first retry), at least `retryAfterMs`
 * when the server asked for it (see parseRetryAfter), up to `maxRetryAfterMs`.
 */
export function backoffDelay(
  attempt: number,
  random: () => number,
  policy: BackoffPolicy,
  retryAfterMs?: number,
): number {
  const ceiling = backoffCeiling(attempt, policy);
  const wait = policy.jitter === 'none' ? ceiling : Math.floor(random() * ceiling);
  if (retryAfterMs === undefined) return wait;
  return Math.max(Math.min(retryAfterMs, policy.maxRetryAfterMs ?? Infinity), wait);
}

/** Counts the failed attempts of one link: `next()` after a failure, `reset()` after a success. */
export class Backoff {
  private failures = 0;

  constructor(
    private readonly policy: BackoffPolicy,
    private readonly random: () => number = Math.random,
  ) {}

  /** The wait before the next attempt; each call counts one more failure. */
  next(retryAfterMs?: number): number {
    return backoffDelay(this.failures++, this.random, this.policy, retryAfterMs);
  }

  reset(): void {
    this.failures = 0;
  }

  get attempts(): number {
    return this.failures;
  }
}

/**
 * The wait a Retry-After header asks for, in ms from `nowMs`: either delay-seconds ("120")
 * or an HTTP date ("Wed, 21 Oct 2015 07:28:00 GMT"). A date in the past means "now" (0);
 * anything unreadable is ignored (undefined) rather than trusted.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | undefined {
  if (value === undefined) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Only the date formats HTTP allows, so that "1.5" or "soon" are not read as dates.
  if (!/^[A-Za-z]{3},? /.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}
