import { visitorLocales as locales } from '../../renderer/common/i18n/visitor-languages';
import type { LocalizedText } from '../../shared/domain/primitives';
import type { KioskLanguage } from '../i18n/catalog';

// Times, dates and waits in the visitor's language. Digits stay Latin in every language,
// like the ticket numbers they sit next to (and like the printed ticket).

export { waitWords, type WaitWords } from '../../renderer/common/i18n/wait-words';

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

/** A text of the site configuration in `language`, else French, else `fallback`. */
export function localized(
  text: LocalizedText | undefined,
  language: string,
  fallback = '',
): string {
  return text?.[language] ?? text?.fr ?? fallback;
}
