import type { KioskLanguage } from '../i18n/catalog';

// Times, dates and waits in the visitor's language. Digits stay Latin in every language,
// like the ticket numbers they sit next to (and like the printed ticket).

const locales: Record<KioskLanguage, string> = {
  fr: 'fr-FR',
  en: 'en-GB',
  es: 'es-ES',
  ar: 'ar-u-nu-latn',
  pt: 'pt-PT',
  uk: 'uk-UA',
};

export function localeOf(language: KioskLanguage): string {
  return locales[language];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(locale, options)));
  return found;
}

export function formatTime(epochMs: number, language: KioskLanguage, timeZone?: string): string {
  return formatter(locales[language], {
    hour: '2-digit',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(epochMs);
}

/** "YYYY-MM-DD" as a day in words ("jeudi 3 décembre"), whatever the machine's time zone. */
export function formatDay(isoDate: string, language: KioskLanguage): string {
  const at = Date.parse(`${isoDate}T12:00:00Z`);
  if (Number.isNaN(at)) return isoDate;
  return formatter(locales[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(at);
}

/** A moment later today or on another day, e.g. "14:00" or "lundi 08:30". */
export function formatWhen(epochMs: number, now: number, language: KioskLanguage): string {
  const sameDay = new Date(epochMs).toDateString() === new Date(now).toDateString();
  if (sameDay) return formatTime(epochMs, language);
  return formatter(locales[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  }).format(epochMs);
}

export type WaitWords =
  | { key: 'wait.unknown' }
  | { key: 'wait.minutes'; count: number }
  | { key: 'wait.hours'; hours: number; minutes: string };

/** How to say an estimated wait: unknown, in minutes, or in hours and minutes. */
export function waitWords(minutes: number | null | undefined): WaitWords {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes))
    return { key: 'wait.unknown' };
  const rounded = Math.max(0, Math.round(minutes));
  if (rounded < 60) return { key: 'wait.minutes', count: rounded };
  return {
    key: 'wait.hours',
    hours: Math.floor(rounded / 60),
    minutes: String(rounded % 60).padStart(2, '0'),
  };
}
