import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoffDelay, defaultBackoff, retryDelay } from './backoff';
import type { CentralFailure } from './failure';
import { parseRetryAfter } from './retry-after';

const policy = { baseMs: 100, capMs: 10_000, maxRetryAfterMs: 60_000 };

describe('backoff with full jitter', () => {
  it('stays below the exponential ceiling, capped', () => {
    fc.assert(
      fc.property(
        fc.nat(60),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        (attempt, r) => {
          const ceiling = Math.min(policy.capMs, policy.baseMs * 2 ** attempt);
          const delay = backoffDelay(attempt, () => r, policy);
          expect(delay).toBeGreaterThanOrEqual(0);
          expect(delay).toBeLessThan(ceiling);
          expect(delay).toBe(Math.floor(r * ceiling));
        },
      ),
    );
  });

  it('spreads over the whole range (full jitter, not equal jitter)', () => {
    expect(backoffDelay(3, () => 0, policy)).toBe(0);
    expect(backoffDelay(3, () => 0.999, policy)).toBe(799);
    expect(backoffDelay(40, () => 0.5, policy)).toBe(5_000);
  });

  it('waits at least what Retry-After asks, up to a limit', () => {
    expect(backoffDelay(0, () => 0.5, policy, 7_000)).toBe(7_000);
    expect(backoffDelay(10, () => 0.9, policy, 1_000)).toBe(9_000);
    expect(backoffDelay(0, () => 0, policy, 10 * 60 * 60_000)).toBe(60_000);
  });

  it('says what to do after each kind of failure', () => {
    const poison: CentralFailure = {
      kind: 'poison',
      status: 422,
      code: 'invalid-records',
      message: 'm',
      rejected: [],
    };
    const conflict: CentralFailure = {
      kind: 'conflict',
      status: 409,
      message: 'm',
      retryAfterMs: 1000,
    };
    const tls: CentralFailure = { kind: 'misconfigured', reason: 'tls', message: 'm' };
    expect(retryDelay(poison, 0, () => 0.5)).toBeNull();
    expect(retryDelay(conflict, 0, () => 0, policy)).toBe(1000);
    expect(retryDelay(tls, 0, () => 0.5, policy)).toBe(5_000);
    expect(defaultBackoff.capMs).toBeGreaterThan(defaultBackoff.baseMs);
  });
});

describe('Retry-After', () => {
  const now = Date.UTC(2025, 2, 14, 9, 0, 0);

  it('reads delay-seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP date, relative to the clock', () => {
    expect(parseRetryAfter('Fri, 14 Mar 2025 09:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter(new Date(now + 90_000).toUTCString(), now)).toBe(90_000);
    expect(parseRetryAfter('Fri, 14 Mar 2025 08:00:00 GMT', now)).toBe(0);
  });

  it('ignores what it cannot read', () => {
    for (const value of [undefined, '', '1.5', '-3', 'soon', '2025-03-14', 'Fri, 99 Foo 2025'])
      expect(parseRetryAfter(value, now), String(value)).toBeUndefined();
  });
});
