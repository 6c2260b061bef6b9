import { describe, expect, it } from 'vitest';
import {
  MORE_THAN_MINUTES,
  publicWaitEstimate,
  publicWaitEstimateSchema,
  RANGE_ABOVE_SPREAD_MINUTES,
} from './public-estimate';

describe('what a public screen may say about a wait', () => {
  it('gives a figure only when its spread is small', () => {
    expect(publicWaitEstimate(12, RANGE_ABOVE_SPREAD_MINUTES)).toEqual({
      kind: 'minutes',
      minutes: 12,
    });
    expect(publicWaitEstimate(0, 0)).toEqual({ kind: 'minutes', minutes: 0 });
  });

  it('gives a range rounded to 5 minutes above the stated uncertainty', () => {
    expect(publicWaitEstimate(22, 6)).toEqual({ kind: 'range', low: 15, high: 30 });
    expect(publicWaitEstimate(3, 8)).toEqual({ kind: 'range', low: 0, high: 15 });
  });

  it('says only "more than 45 minutes" past 45, and nothing without an estimate', () => {
    expect(publicWaitEstimate(46, 1)).toEqual({ kind: 'more-than', minutes: MORE_THAN_MINUTES });
    expect(publicWaitEstimate(120, 30)).toEqual({ kind: 'more-than', minutes: 45 });
    expect(publicWaitEstimate(null, 0)).toEqual({ kind: 'unknown' });
  });

  it('has a strict schema for the public view contract', () => {
    expect(publicWaitEstimateSchema.parse({ kind: 'range', low: 10, high: 20 })).toEqual({
      kind: 'range',
      low: 10,
      high: 20,
    });
    expect(() => publicWaitEstimateSchema.parse({ kind: 'minutes', minutes: -1 })).toThrow();
    expect(() => publicWaitEstimateSchema.parse({ kind: 'about', minutes: 3 })).toThrow();
  });
});
