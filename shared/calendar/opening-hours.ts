import type {
  CalendarConfig,
  ClosureRule,
  TimeRange,
  WeeklyHours,
} from '../domain/calendar-config';
import { minutesOfDay } from '../domain/primitives';
import { remembered } from './bounded-memo';
import { frenchPublicHoliday } from './holidays';
import { addDays, localParts, weekdayOf, zonedEpoch } from './zoned-time';

/** Why a day has the hours it has: for messages such as "closed today: public holiday". */
export type DayKind =
  'regular' | 'seasonal' | 'exceptional' | 'closure' | 'holiday' | 'weekly-closed';

export interface DayHours {
  date: string;
  kind: DayKind;
  ranges: TimeRange[];
  /** The holiday key or the closure/season name, when one applies. */
  label?: string;
}

export interface OpeningInterval {
  from: number;
  to: number;
}

function inMonthDayRange(date: string, from: string, to: string): boolean {
  const monthDay = date.slice(5);
  return from <= to ? monthDay >= from && monthDay <= to : monthDay >= from || monthDay <= to;
}

/** A working day squeezed between a public holiday and the weekend (a "pont"). */
function isBridgeDay(date: string): boolean {
  const weekday = weekdayOf(date);
  if (weekday === 'fri') return Boolean(frenchPublicHoliday(addDays(date, -1)));
  if (weekday === 'mon') return Boolean(frenchPublicHoliday(addDays(date, 1)));
  return false;
}

function closureApplies(rule: ClosureRule, date: string): boolean {
  switch (rule.kind) {
    case 'date':
      return rule.date === date;
    case 'range':
      return date >= rule.from && date <= rule.to;
    case 'annual':
      return inMonthDayRange(date, rule.from, rule.to);
    case 'bridge-days':
      return isBridgeDay(date);
  }
}

/**
 * The opening ranges of one local date. Order of precedence: exceptional closures, then
 * public holidays, then exceptional hours for that date, then seasons (the last matching
 * one wins, weekday by weekday), then the weekly hours (`weekly` replaces the site's,
 * for a service with its own hours).
 */
export function dayHours(calendar: CalendarConfig, date: string, weekly?: WeeklyHours): DayHours {
  const base = weekly ?? calendar.weekly;
  const closure = calendar.closures.find((rule) => closureApplies(rule, date));
  if (closure)
    return { date, kind: 'closure', ranges: [], label: closure.reason?.fr ?? closure.kind };
  if (calendar.publicHolidays === 'fr') {
    const holiday = frenchPublicHoliday(date);
    if (holiday) return { date, kind: 'holiday', ranges: [], label: holiday.key };
  }
  const exceptional = calendar.exceptionalHours.find((entry) => entry.date === date);
  if (exceptional)
    return { date, kind: 'exceptional', ranges: exceptional.ranges, label: exceptional.reason?.fr };
  const weekday = weekdayOf(date);
  for (let i = calendar.seasonal.length - 1; i >= 0; i -= 1) {
    const season = calendar.seasonal[i];
    const ranges = season?.weekly[weekday];
    if (season && ranges && inMonthDayRange(date, season.from, season.to)) {
      return { date, kind: 'seasonal', ranges, label: season.name };
    }
  }
  const ranges = base[weekday];
  return { date, kind: ranges.length > 0 ? 'regular' : 'weekly-closed', ranges };
}

// Configurations are never mutated once loaded, so a day's intervals can be remembered per
// calendar and hours object: every ticket and check-in asks for today's.
const intervalCache = new WeakMap<
  object,
  WeakMap<object, Map<string, readonly OpeningInterval[]>>
>();
const DATES_KEPT = 1000;

/** The opening intervals of a local date as instants. */
export function openingIntervals(
  calendar: CalendarConfig,
  timeZone: string,
  date: string,
  weekly?: WeeklyHours,
): readonly OpeningInterval[] {
  let byHours = intervalCache.get(calendar);
  if (!byHours) intervalCache.set(calendar, (byHours = new WeakMap()));
  let byDate = byHours.get(weekly ?? calendar);
  if (!byDate) byHours.set(weekly ?? calendar, (byDate = new Map()));
  return remembered(
    byDate,
    `${timeZone}|${date}`,
    () =>
      Object.freeze(
        dayHours(calendar, date, weekly).ranges.map((range) =>
          Object.freeze({
            from: zonedEpoch(date, minutesOfDay(range.from), timeZone),
            to: zonedEpoch(date, minutesOfDay(range.to), timeZone),
          }),
        ),
      ),
    DATES_KEPT,
  );
}

export interface OpeningState {
  open: boolean;
  /** When the current interval ends (open), or the day's last closing (closed). */
  closesAt?: number;
  /** The next time it opens, when closed; none within a year and a week. */
  nextOpening?: number;
  day: DayHours;
}

const SEARCH_DAYS = 372;

/** Whether the calendar is open at `now`, and when that changes. */
export function openingState(
  calendar: CalendarConfig,
  timeZone: string,
  now: number,
  weekly?: WeeklyHours,
): OpeningState {
  const today = localParts(now, timeZone).date;
  const day = dayHours(calendar, today, weekly);
  const intervals = openingIntervals(calendar, timeZone, today, weekly);
  const current = intervals.find((interval) => now >= interval.from && now < interval.to);
  if (current)
    return {
      open: true,
      closesAt: closesAfter(calendar, timeZone, today, current.to, weekly),
      day,
    };
  const next = nextOpening(calendar, timeZone, now, weekly);
  return next === undefined ? { open: false, day } : { open: false, nextOpening: next, day };
}

/** Follows intervals that touch across midnight (open until 24:00, again from 00:00). */
function closesAfter(
  calendar: CalendarConfig,
  timeZone: string,
  date: string,
  end: number,
  weekly?: WeeklyHours,
): number {
  let closesAt = end;
  for (let offset = 1; offset <= 7; offset += 1) {
    const first = openingIntervals(calendar, timeZone, addDays(date, offset), weekly)[0];
    if (!first || first.from !== closesAt) break;
    closesAt = first.to;
  }
  return closesAt;
}

/** The first opening strictly after `now` (or now, if an interval starts exactly then). */
export function nextOpening(
  calendar: CalendarConfig,
  timeZone: string,
  now: number,
  weekly?: WeeklyHours,
): number | undefined {
  const today = localParts(now, timeZone).date;
  for (let offset = 0; offset <= SEARCH_DAYS; offset += 1) {
    const date = addDays(today, offset);
    const upcoming = openingIntervals(calendar, timeZone, date, weekly).find(
      (interval) => interval.from >= now,
    );
    if (upcoming) return upcoming.from;
  }
  return undefined;
}

/** When a local date's last opening interval ends; undefined on a closed day. */
export function closingTime(
  calendar: CalendarConfig,
  timeZone: string,
  date: string,
  weekly?: WeeklyHours,
): number | undefined {
  return openingIntervals(calendar, timeZone, date, weekly).at(-1)?.to;
}
