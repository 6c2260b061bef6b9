import { describe, expect, it } from 'vitest';
import type { CentralFailure } from './failure';
import { defaultBackoff, retryDelay } from './retry-delay';

const policy = { baseMs: 100, capMs: 10_000, maxRetryAfterMs: 60_000 };

describe('retryDelay', () => {
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
