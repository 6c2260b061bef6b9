export interface BackoffOptions {
  /** First delay after a failure, in ms. */
  initialMs?: number;
  /** The delay never grows past this, so a replugged device is found within it. */
  maxMs?: number;
  factor?: number;
}

/** Exponential delays between reconnection attempts; `reset()` after a success. */
export class Backoff {
  private readonly initialMs: number;
  private readonly maxMs: number;
  private readonly factor: number;
  private failures = 0;

  constructor(options: BackoffOptions = {}) {
    this.initialMs = Math.max(1, options.initialMs ?? 500);
    this.maxMs = Math.max(this.initialMs, options.maxMs ?? 10_000);
    this.factor = Math.max(1, options.factor ?? 2);
  }

  /** The delay before the next attempt; each call counts one more failure. */
  next(): number {
    const delay = Math.min(this.maxMs, this.initialMs * this.factor ** this.failures);
    this.failures++;
    return delay;
  }

  reset(): void {
    this.failures = 0;
  }

  get attempts(): number {
    return this.failures;
  }
}

/** "2 s", "250 ms": for status details read by people. */
export function formatDelay(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${Math.round(ms)} ms`;
}
