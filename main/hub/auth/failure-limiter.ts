/**
 * Counts failures per key in a sliding window and blocks a key that reaches the limit
 * until its oldest failure leaves the window. Kept in memory: a restart forgives, which
 * costs an attacker a hub restart per window, not a useful speed-up.
 */
export class FailureLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Milliseconds the key must wait before trying again; 0 when it may try now. */
  retryAfter(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.limit) return 0;
    return (recent[recent.length - this.limit] ?? now) + this.windowMs - now;
  }

  fail(key: string, now: number): void {
    const recent = this.recent(key, now);
    recent.push(now);
    this.failures.set(key, recent);
    // Many distinct keys (addresses) must not grow the map without bound.
    if (this.failures.size > 10_000)
      for (const other of [...this.failures.keys()]) this.recent(other, now);
  }

  /** Takes back one failure counted at `at` (an attempt counted in advance that succeeded). */
  forgive(key: string, at: number): void {
    const list = this.failures.get(key);
    const index = list?.indexOf(at) ?? -1;
    if (list && index >= 0) list.splice(index, 1);
  }

  reset(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((at) => at > now - this.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }
}
