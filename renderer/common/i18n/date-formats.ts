// The named date and time formats every app uses (vue-i18n `datetimeFormats`, the same
// for each locale: the locale itself brings the words). vue-i18n keeps one formatter per
// locale and name; a time zone given at the call builds one for that call.

export const dateFormats = {
  /** "14:05": 24-hour, as on the printed ticket. */
  time: { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  /** "jeudi 3 décembre", for a calendar day read at noon UTC. */
  calendarDay: { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' },
  /** "jeudi 3 décembre 2026", for a calendar day read at noon UTC. */
  calendarDate: { dateStyle: 'full', timeZone: 'UTC' },
  /** "lundi 7 décembre 08:30". */
  dayTime: {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  },
  /** "7 déc.". */
  shortDay: { day: 'numeric', month: 'short' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateFormat = keyof typeof dateFormats;

/** A calendar day "YYYY-MM-DD" as an instant (noon UTC), or null when it is not one. */
export function calendarDayInstant(isoDate: string): number | null {
  const at = Date.parse(`${isoDate}T12:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) && !Number.isNaN(at) ? at : null;
}
