import { addDays, isoDate } from './zoned-time';

export interface PublicHoliday {
  /** "YYYY-MM-DD" */
  date: string;
  /** Identifier of the holiday; display names live in the apps' message catalogs. */
  key: string;
}

/** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

const fixedHolidays: readonly [string, string][] = [
  ['01-01', 'new-year'],
  ['05-01', 'labour-day'],
  ['05-08', 'victory-1945'],
  ['07-14', 'bastille-day'],
  ['08-15', 'assumption'],
  ['11-01', 'all-saints'],
  ['11-11', 'armistice-1918'],
  ['12-25', 'christmas'],
];

const cache = new Map<number, PublicHoliday[]>();

/** The eleven French public holidays of metropolitan France for a year, in date order. */
export function frenchPublicHolidays(year: number): PublicHoliday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const holidays: PublicHoliday[] = [
    ...fixedHolidays.map(([monthDay, key]) => ({
      date: `${isoDate(year, 1, 1).slice(0, 4)}-${monthDay}`,
      key,
    })),
    { date: addDays(easter, 1), key: 'easter-monday' },
    { date: addDays(easter, 39), key: 'ascension' },
    { date: addDays(easter, 50), key: 'whit-monday' },
  ].sort((x, y) => x.date.localeCompare(y.date));
  cache.set(year, holidays);
  return holidays;
}

/** The holiday falling on a date ("YYYY-MM-DD"), if any. */
export function frenchPublicHoliday(date: string): PublicHoliday | undefined {
  return frenchPublicHolidays(Number(date.slice(0, 4))).find((h) => h.date === date);
}
