import { localDate } from '../../../shared/engine';
import { calendarDayInstant } from '../../common/i18n/date-formats';
import { counterI18n, type ConsoleLanguage } from '../i18n';

export { formatDuration, localized } from '../../common/i18n/duration-text';

// Durations and times as an agent reads them at a glance (times in the console's named
// formats, renderer/common/i18n/date-formats.ts), so tests pin the wording.

/** "10:30" in the site's time zone. */
export function formatClock(epochMs: number, timeZone: string, language: ConsoleLanguage): string {
  return counterI18n.d(epochMs, 'time', { timeZone, language });
}

/** "dimanche 22 novembre 2026" for a local day "2026-11-22". */
export function longDate(day: string, language: ConsoleLanguage): string {
  const at = calendarDayInstant(day);
  return at === null ? day : counterI18n.d(at, 'calendarDate', { language });
}

/** "10:30" today, "7 avr. 10:30" another day (in the site's time zone). */
export function formatMoment(
  epochMs: number,
  now: number,
  timeZone: string,
  language: ConsoleLanguage,
): string {
  const time = formatClock(epochMs, timeZone, language);
  if (localDate(epochMs, timeZone) === localDate(now, timeZone)) return time;
  return `${counterI18n.d(epochMs, 'shortDay', { timeZone, language })} ${time}`;
}
