import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoDate, localDate, localParts, weekdayOf, zonedEpoch } from './zoned-time';

const paris = 'Europe/Paris';

describe('zoned time in Europe/Paris', () => {
  it('reads winter and summer times with their offsets', () => {
    expect(localParts(Date.parse('2026-01-15T08:30:00Z'), paris)).toMatchObject({
      date: '2026-01-15',
      hour: 9,
      minute: 30,
      weekday: 'thu',
    });
    expect(localParts(Date.parse('2026-07-15T08:30:00Z'), paris)).toMatchObject({
      hour: 10,
      minute: 30,
    });
  });

  it('turns local wall-clock times into instants, across both DST changes', () => {
    expect(zonedEpoch('2026-01-15', 9 * 60 + 30, paris)).toBe(Date.parse('2026-01-15T08:30:00Z'));
    expect(zonedEpoch('2026-03-29', 1 * 60 + 30, paris)).toBe(Date.parse('2026-03-29T00:30:00Z'));
    expect(zonedEpoch('2026-03-29', 3 * 60 + 30, paris)).toBe(Date.parse('2026-03-29T01:30:00Z'));
    // 02:30 happens twice on 25 October 2026: the first one is meant.
    expect(zonedEpoch('2026-10-25', 2 * 60 + 30, paris)).toBe(Date.parse('2026-10-25T00:30:00Z'));
    expect(zonedEpoch('2026-10-25', 8 * 60 + 30, paris)).toBe(Date.parse('2026-10-25T07:30:00Z'));
    // The hour before the overlap is still summer time (a found counterexample: it once
    // came out an hour late).
    expect(zonedEpoch('2026-10-25', 1 * 60 + 30, paris)).toBe(Date.parse('2026-10-24T23:30:00Z'));
    // 02:30 does not exist on 29 March 2026: the instant after the gap (03:30) is meant.
    expect(zonedEpoch('2026-03-29', 2 * 60 + 30, paris)).toBe(Date.parse('2026-03-29T01:30:00Z'));
  });

  it('round-trips every wall-clock minute outside the spring gap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2020, max: 2035 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.integer({ min: 0, max: 24 * 60 - 1 }),
        (year, month, day, minutes) => {
          const date = isoDate(year, month, day);
          const instant = zonedEpoch(date, minutes, paris);
          const parts = localParts(instant, paris);
          const springForward = month === 3 && day >= 25 && weekdayOf(date) === 'sun';
          const inGap = springForward && minutes >= 120 && minutes < 180;
          if (!inGap) {
            expect(parts.date).toBe(date);
            expect(parts.minutes).toBe(minutes);
          }
        },
      ),
    );
  });

  it('does calendar arithmetic on dates', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(weekdayOf('2026-04-06')).toBe('mon');
    expect(localDate(Date.parse('2026-04-06T22:30:00Z'), paris)).toBe('2026-04-07');
  });
});
