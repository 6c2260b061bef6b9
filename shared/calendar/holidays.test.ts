import { describe, expect, it } from 'vitest';
import { easterSunday, frenchPublicHoliday, frenchPublicHolidays } from './holidays';

describe('easterSunday', () => {
  it.each([
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2030, '2030-04-21'],
    [2038, '2038-04-25'],
  ])('is right for %i', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });
});

describe('frenchPublicHolidays', () => {
  it.each([
    [2024, '2024-04-01', '2024-05-09', '2024-05-20'],
    [2025, '2025-04-21', '2025-05-29', '2025-06-09'],
    [2026, '2026-04-06', '2026-05-14', '2026-05-25'],
    [2027, '2027-03-29', '2027-05-06', '2027-05-17'],
  ])('gives the Easter-based holidays of %i', (year, easterMonday, ascension, whitMonday) => {
    const byKey = Object.fromEntries(frenchPublicHolidays(year).map((h) => [h.key, h.date]));
    expect(byKey['easter-monday']).toBe(easterMonday);
    expect(byKey.ascension).toBe(ascension);
    expect(byKey['whit-monday']).toBe(whitMonday);
  });

  it('lists the eleven holidays of 2026 in date order', () => {
    expect(frenchPublicHolidays(2026).map((h) => h.date)).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-08',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it('finds the holiday of a date and nothing on a working day', () => {
    expect(frenchPublicHoliday('2026-07-14')?.key).toBe('bastille-day');
    expect(frenchPublicHoliday('2026-07-15')).toBeUndefined();
  });
});
