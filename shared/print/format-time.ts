import type { PrintedDateTime, PrintedTime } from './content';

// Dates print in the visitor's language and the site's time zone. Callers may instead
// give strings they formatted themselves; those are printed as given.

// Building an Intl formatter costs far more than using one: keep them by their options.
const formatters = new Map<string, Intl.DateTimeFormat>();

export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export function formatTime(value: PrintedTime | PrintedDateTime, locale: string): string {
  if ('time' in value) return value.time;
  return dateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: value.timeZone,
  }).format(value.epochMs);
}

/** "Mardi 14 janvier 2025", or "14 janvier 2025" where a line is short of room. */
export function formatDate(
  value: PrintedDateTime,
  locale: string,
  options: { weekday?: boolean } = {},
): string {
  if ('date' in value) return value.date;
  return capitalize(
    dateTimeFormat(locale, {
      ...(options.weekday === false ? {} : { weekday: 'long' }),
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: value.timeZone,
    }).format(value.epochMs),
  );
}
