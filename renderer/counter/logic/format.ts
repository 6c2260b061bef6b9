import { localDate } from '../../../shared/engine';

// Durations and times as an agent reads them at a glance. Pure, so tests pin the wording.

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

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** "10:30" in the site's time zone. */
export function formatClock(epochMs: number, timeZone: string, locale: string): string {
  const key = `${locale}|${timeZone}`;
  let format = timeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' });
    timeFormats.set(key, format);
  }
  return format.format(epochMs);
}

/** A localized text of the site configuration, in `language` or else French. */
export function localized(text: Record<string, string> | undefined, language: string): string {
  if (!text) return '';
  return text[language] ?? text.fr ?? Object.values(text)[0] ?? '';
}

/** "dimanche 22 novembre 2026" for a local day "2026-11-22". */
export function longDate(day: string, locale: string): string {
  const [year, month, date] = day.split('-').map(Number);
  if (!year || !month || !date) return day;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, date),
  );
}

/** "10:30" today, "7 avr. 10:30" another day (in the site's time zone). */
export function formatMoment(
  epochMs: number,
  now: number,
  timeZone: string,
  locale: string,
): string {
  const time = formatClock(epochMs, timeZone, locale);
  if (localDate(epochMs, timeZone) === localDate(now, timeZone)) return time;
  const day = new Intl.DateTimeFormat(locale, { timeZone, day: 'numeric', month: 'short' });
  return `${day.format(epochMs)} ${time}`;
}
