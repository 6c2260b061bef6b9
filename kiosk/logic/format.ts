import { calendarDayInstant } from '../../renderer/common/i18n/date-formats';
import type { LocalizedText } from '../../shared/domain/primitives';
import { kioskI18n, type KioskLanguage } from '../i18n/kiosk-i18n';

// Times, dates and waits in the visitor's language, in the kiosk's named formats
// (renderer/common/i18n/date-formats.ts). Digits stay Latin in every language, like the
// ticket numbers they sit next to (and like the printed ticket).

export function formatTime(epochMs: number, language: KioskLanguage, timeZone?: string): string {
  return kioskI18n.d(epochMs, 'time', { language, ...(timeZone ? { timeZone } : {}) });
}

/** "YYYY-MM-DD" as a day in words ("jeudi 3 décembre"), whatever the machine's time zone. */
export function formatDay(isoDate: string, language: KioskLanguage): string {
  const at = calendarDayInstant(isoDate);
  return at === null ? isoDate : kioskI18n.d(at, 'calendarDay', { language });
}

/** A moment later today or on another day, e.g. "14:00" or "lundi 7 décembre 08:30". */
export function formatWhen(epochMs: number, now: number, language: KioskLanguage): string {
  const sameDay = new Date(epochMs).toDateString() === new Date(now).toDateString();
  if (sameDay) return formatTime(epochMs, language);
  return kioskI18n.d(epochMs, 'dayTime', { language });
}

/** A text of the site configuration in `language`, else French, else `fallback`. */
export function localized(
  text: LocalizedText | undefined,
  language: string,
  fallback = '',
): string {
  return text?.[language] ?? text?.fr ?? fallback;
}
