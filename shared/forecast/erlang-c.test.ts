import { describe, expect, it } from 'vitest';
import { countersNeeded, erlangC, meanWaitMinutes, serviceLevel } from './erlang-c';

describe('Erlang C', () => {
  it('matches the textbook figures', () => {
    // 2 erlangs on 3 servers: C = 4/9 (the classic worked example).
    expect(erlangC(3, 2)).toBeCloseTo(4 / 9, 10);
    // One server (M/M/1): C = ρ.
    expect(erlangC(1, 0.7)).toBeCloseTo(0.7, 10);
    expect(erlangC(2, 2)).toBe(1);
    expect(erlangC(4, 0)).toBe(0);
  });

  it('gives mean waits and service levels, and the counters an hour needs', () => {
    // 20 visitors an hour of 6 min each = 2 erlangs; 3 counters: W = C·S/(c − a) = 8/3 min.
    expect(meanWaitMinutes(3, 20, 6)).toBeCloseTo(8 / 3, 10);
    expect(meanWaitMinutes(2, 20, 6)).toBe(Number.POSITIVE_INFINITY);
    expect(serviceLevel(3, 20, 6, 0)).toBeCloseTo(1 - 4 / 9, 10);
    expect(serviceLevel(3, 20, 6, 10)).toBeGreaterThan(0.9);
    expect(countersNeeded(20, 6, 10, 0.8)).toBe(3);
    expect(countersNeeded(20, 6, 1, 0.95)).toBeGreaterThan(3);
    expect(countersNeeded(0, 6, 10)).toBe(0);
    // Twice the arrivals never needs fewer counters.
    expect(countersNeeded(40, 6, 10)).toBeGreaterThanOrEqual(countersNeeded(20, 6, 10));
  });
});
