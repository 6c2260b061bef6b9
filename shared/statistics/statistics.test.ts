import { describe, expect, it } from 'vitest';
import { personalDataIn } from './comment-check';
import { distributionOfValues } from './percentile';
import {
  periodInputSchema,
  periodOf,
  previousPeriod,
  resolvePeriod,
  yearBeforePeriod,
} from './period';
import { isoWeek } from './visit-fact';

describe('periods', () => {
  it('finds the week (from Monday), month and year of a day, and the one before', () => {
    expect(periodOf('week', '2026-03-29')).toEqual({
      kind: 'week',
      from: '2026-03-23',
      to: '2026-03-29',
    });
    expect(periodOf('month', '2024-02-10')).toEqual({
      kind: 'month',
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(previousPeriod(periodOf('month', '2026-03-15'))).toEqual({
      kind: 'month',
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(previousPeriod(periodOf('year', '2026-06-01'))).toMatchObject({
      from: '2025-01-01',
      to: '2025-12-31',
    });
    // A range of 10 days: the 10 days before it.
    expect(previousPeriod({ kind: 'range', from: '2026-01-11', to: '2026-01-20' })).toEqual({
      kind: 'range',
      from: '2026-01-01',
      to: '2026-01-10',
    });
  });

  it('compares a day with the same weekday 52 weeks before, a month with the same month', () => {
    expect(yearBeforePeriod(periodOf('day', '2026-03-24'))).toMatchObject({ from: '2025-03-25' });
    expect(yearBeforePeriod(periodOf('month', '2026-01-31'))).toMatchObject({
      from: '2025-01-01',
      to: '2025-01-31',
    });
    expect(yearBeforePeriod({ kind: 'range', from: '2024-02-29', to: '2024-03-10' })).toEqual({
      kind: 'range',
      from: '2023-02-28',
      to: '2023-03-10',
    });
  });

  it('validates the query with a message saying what to write', () => {
    const missing = periodInputSchema.safeParse({ period: 'month' });
    expect(missing.error?.issues[0]).toMatchObject({ path: ['date'] });
    expect(
      periodInputSchema.safeParse({ period: 'range', from: '2026-01-01' }).error?.issues[0]
        ?.message,
    ).toMatch(/"from" and "to"/);
    expect(
      resolvePeriod(periodInputSchema.parse({ period: 'year', date: '2026-05-05' })),
    ).toMatchObject({ from: '2026-01-01' });
  });

  it('numbers ISO weeks across new year', () => {
    expect(isoWeek('2026-01-01')).toBe('2026-W01'); // a Thursday
    expect(isoWeek('2027-01-01')).toBe('2026-W53'); // a Friday: the last week of 2026
    expect(isoWeek('2024-12-30')).toBe('2025-W01');
  });
});

describe('percentiles', () => {
  it('takes nearest ranks: always a value measured', () => {
    expect(distributionOfValues([5, 1, 3, 2, 4, 6, 7, 8, 9, 10])).toEqual({
      count: 10,
      p50: 5,
      p90: 9,
      max: 10,
      mean: 5.5,
    });
    expect(distributionOfValues([42])).toMatchObject({ p50: 42, p90: 42, max: 42 });
    expect(distributionOfValues([])).toEqual({
      count: 0,
      p50: null,
      p90: null,
      max: null,
      mean: null,
    });
  });
});

describe('comments hold no way to reach a person', () => {
  it.each([
    ['écrivez-moi à jean.dupont@exemple.fr', 'email'],
    ['mon mail : marie (at) laposte.net', 'email'],
    ['rappelez-moi au 06 12 34 56 78', 'phone'],
    ['tél. 06.12.34.56.78 svp', 'phone'],
    ['+33 6 12 34 56 78', 'phone'],
    ['0033612345678', 'phone'],
    ['call +44 20 7946 0958', 'phone'],
    ['+1 (555) 123-4567', 'phone'],
  ])('refuses %s', (comment, problem) => {
    expect(personalDataIn(comment)).toBe(problem);
  });

  it.each([
    'Très bon accueil, merci !',
    'Attente de 45 minutes à 9 h 30, trop long',
    'Le guichet 3 était fermé le 12/03',
    'Deux heures pour 1 formulaire.',
  ])('accepts %s', (comment) => {
    expect(personalDataIn(comment)).toBeNull();
  });
});
