import { localDate } from '../../../shared/engine';
import { calendarDayInstant } from '../../common/i18n/date-formats';
import { counterI18n, type ConsoleLanguage } from '../i18n';

// Durations and times as an agent reads them at a glance (times in the console's named
// formats, renderer/common/i18n/date-formats.ts), so tests pin the wording.

/** "45 s", "4 min 05 s", "1 h 02 min"; negative durations read as zero. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return `${hours} h ${String(minutes).padStart(2, '0')} min`;
  if (minutes > 0) return `${minutes} min ${String(seconds).padStart(2, '0')} s`;
  return `${seconds} s`;
}

/** "10:30" in the site's time zone. */
export function formatClock(epochMs: number, timeZone: string, language: ConsoleLanguage): string {
  return counterI18n.d(epochMs, 'time', { timeZone, language });
}

/** A localized text of the site configuration, in `language` or else French. */
export function localized(text: Record<string, string> | undefined, language: string): string {
  if (!text) return '';
  return text[language] ?? text.fr ?? Object.values(text)[0] ?? '';
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
