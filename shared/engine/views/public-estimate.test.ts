import { describe, expect, it } from 'vitest';
import {
  MORE_THAN_MINUTES,
  publicWaitEstimate,
  publicWaitEstimateSchema,
  sayWait,
  shownOrFigure,
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

describe('what a surface says', () => {
  const words = {
    unknown: () => 'unknown',
    minutes: (m: number) => `${m} min`,
    range: (low: number, high: number) => `${low}-${high}`,
    moreThan: (m: number) => `>${m}`,
  };

  it('says the shown estimate when the hub sent one, whatever the figure', () => {
    expect(sayWait(shownOrFigure({ kind: 'range', low: 15, high: 25 }, 19), words)).toBe('15-25');
    expect(sayWait(shownOrFigure({ kind: 'more-than', minutes: 45 }, 70), words)).toBe('>45');
    expect(sayWait(shownOrFigure({ kind: 'unknown' }, 12), words)).toBe('unknown');
  });

  it('falls back on the bare figure, rounded and never negative, else unknown', () => {
    expect(shownOrFigure(undefined, 12.4)).toEqual({ kind: 'minutes', minutes: 12 });
    expect(shownOrFigure(null, -3)).toEqual({ kind: 'minutes', minutes: 0 });
    expect(shownOrFigure(undefined, null)).toEqual({ kind: 'unknown' });
    expect(shownOrFigure(undefined, Number.NaN)).toEqual({ kind: 'unknown' });
    expect(sayWait(shownOrFigure(undefined, 7), words)).toBe('7 min');
  });
});
