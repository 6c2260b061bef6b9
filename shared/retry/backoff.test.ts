import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Backoff, backoffCeiling, backoffDelay, parseRetryAfter } from './backoff';

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
});

describe('the backoff policy', () => {
  const policies = fc.record({
    baseMs: fc.integer({ min: 1, max: 60_000 }),
    capMs: fc.integer({ min: 0, max: 3_600_000 }),
    factor: fc.option(fc.double({ min: 1, max: 4, noNaN: true }), { nil: undefined }),
    jitter: fc.constantFrom('full' as const, 'none' as const, undefined),
    maxRetryAfterMs: fc.option(fc.integer({ min: 0, max: 3_600_000 }), { nil: undefined }),
  });
  const randoms = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

  it('never waits more than the cap nor less than nothing, and its ceiling only grows', () => {
    fc.assert(
      fc.property(policies, fc.nat(80), randoms, (p, attempt, r) => {
        const delay = backoffDelay(attempt, () => r, p);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(p.capMs);
        expect(backoffCeiling(attempt + 1, p)).toBeGreaterThanOrEqual(backoffCeiling(attempt, p));
        if (p.jitter === 'none') expect(delay).toBe(backoffCeiling(attempt, p));
      }),
    );
  });

  it('gives at least what Retry-After asks, up to its limit, and never less than the backoff', () => {
    fc.assert(
      fc.property(policies, fc.nat(80), randoms, fc.nat(7_200_000), (p, attempt, r, asked) => {
        const plain = backoffDelay(attempt, () => r, p);
        const delay = backoffDelay(attempt, () => r, p, asked);
        expect(delay).toBeGreaterThanOrEqual(plain);
        expect(delay).toBeGreaterThanOrEqual(Math.min(asked, p.maxRetryAfterMs ?? Infinity));
        expect(delay).toBeLessThanOrEqual(Math.max(plain, asked));
      }),
    );
  });

  it('waits the longest after an endless failure (misconfiguration), whatever the factor', () => {
    for (const factor of [1, 2, 3])
      expect(backoffCeiling(Infinity, { baseMs: 10, capMs: 500, factor })).toBe(500);
  });

  it('without jitter, walks the steps the apps promise', () => {
    const steps = (p: Parameters<typeof backoffCeiling>[1], n: number) =>
      Array.from({ length: n }, (_, attempt) => backoffDelay(attempt, Math.random, p));
    // The status page: 5, 10, 20, 30 then 30 s again.
    expect(steps({ baseMs: 5_000, capMs: 30_000, jitter: 'none' }, 5)).toEqual([
      5_000, 10_000, 20_000, 30_000, 30_000,
    ]);
    // A hub request from a kiosk or counter: 250 ms, 0.5, 1, 2, then 3 s.
    expect(steps({ baseMs: 250, capMs: 3_000, jitter: 'none' }, 6)).toEqual([
      250, 500, 1_000, 2_000, 3_000, 3_000,
    ]);
    expect(steps({ baseMs: 100, capMs: 1_000, factor: 3, jitter: 'none' }, 4)).toEqual([
      100, 300, 900, 1_000,
    ]);
  });

  it('counts failures until reset, with the random source it was given', () => {
    const draws = [0.5, 0.25, 0.999];
    const backoff = new Backoff({ baseMs: 1_000, capMs: 4_000 }, () => draws.shift() ?? 0);
    expect([backoff.next(), backoff.next(), backoff.next()]).toEqual([500, 500, 3_996]);
    expect(backoff.attempts).toBe(3);
    backoff.reset();
    expect(backoff.attempts).toBe(0);
    expect(backoff.next(2_500)).toBe(2_500);
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

  it('reads any HTTP date a server may send, against the injected clock', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4_000_000_000 }),
        fc.integer({ min: -86_400, max: 86_400 }),
        (nowSeconds, aheadSeconds) => {
          const nowMs = nowSeconds * 1000;
          const header = new Date(nowMs + aheadSeconds * 1000).toUTCString();
          expect(parseRetryAfter(header, nowMs)).toBe(Math.max(0, aheadSeconds * 1000));
          expect(parseRetryAfter(String(Math.abs(aheadSeconds)), nowMs)).toBe(
            Math.abs(aheadSeconds) * 1000,
          );
        },
      ),
    );
  });
});
