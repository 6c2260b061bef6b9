import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, formatMoment, localized, longDate } from './format';

describe('formatting for the console', () => {
  it('writes durations the way an agent reads them', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(45_900)).toBe('45 s');
    expect(formatDuration(245_000)).toBe('4 min 05 s');
    expect(formatDuration(3_720_000)).toBe('1 h 02 min');
    expect(formatDuration(-5_000)).toBe('0 s');
  });

  it("writes times and days in the site's zone", () => {
    const instant = Date.UTC(2026, 3, 7, 8, 30); // 10:30 in Paris (summer time)
    expect(formatClock(instant, 'Europe/Paris', 'fr')).toBe('10:30');
    expect(longDate('2026-04-07', 'fr')).toBe('mardi 7 avril 2026');
    // English is the languages table's en-GB, as on the kiosk and the printed ticket.
    expect(longDate('2026-04-07', 'en')).toBe('Tuesday, 7 April 2026');
    expect(longDate('not a day', 'fr')).toBe('not a day');
  });

  it('writes a moment as a time today and with its day otherwise', () => {
    const now = Date.UTC(2026, 3, 7, 14, 0);
    expect(formatMoment(Date.UTC(2026, 3, 7, 8, 30), now, 'Europe/Paris', 'fr')).toBe('10:30');
    expect(formatMoment(Date.UTC(2026, 3, 6, 8, 30), now, 'Europe/Paris', 'fr')).toBe(
      '6 avr. 10:30',
    );
    // 23:30 UTC on the 6th is already the 7th in Paris.
    expect(formatMoment(Date.UTC(2026, 3, 6, 23, 30), now, 'Europe/Paris', 'en')).toBe('01:30');
  });

  it('picks the language of a configured text, French otherwise', () => {
    expect(localized({ fr: 'Bonjour', en: 'Hello' }, 'en')).toBe('Hello');
    expect(localized({ fr: 'Bonjour' }, 'ar')).toBe('Bonjour');
    expect(localized(undefined, 'fr')).toBe('');
  });
});
