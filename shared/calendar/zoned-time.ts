import type { Weekday } from '../domain/calendar-config';
import { remembered } from './bounded-memo';

// Wall-clock arithmetic in the site's time zone with Intl only (available in Node, Chromium
// and Electron alike), so `shared/` needs neither Node nor a date library.

export interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  weekday: Weekday;
  /** "YYYY-MM-DD" */
  date: string;
  /** Minutes since local midnight. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const weekdayOfIndex: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

export function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

// Opening hours ask for the same few dates and minutes many times per command: remembered.
const weekdays = new Map<string, Weekday>();

/** Weekday of a calendar date (the date itself, independent of any time zone). */
export function weekdayOf(date: string): Weekday {
  return remembered(weekdays, date, () => {
    const [year, month, day] = date.split('-').map(Number);
    const index = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).getUTCDay();
    return weekdayOfIndex[index] ?? 'mon';
  });
}

const shiftedDates = new Map<string, string>();

/** The calendar date `days` after `date` (negative goes back). */
export function addDays(date: string, days: number): string {
  return remembered(shiftedDates, `${date}|${days}`, () => {
    const [year, month, day] = date.split('-').map(Number);
    const shifted = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days));
    return isoDate(shifted.getUTCFullYear(), shifted.getUTCMonth() + 1, shifted.getUTCDate());
  });
}

// Formatting is the slow part of time zone work: recent minutes are remembered (parts
// carry no seconds).
const minutesParts = new Map<string, LocalParts>();

export function localParts(epochMs: number, timeZone: string): LocalParts {
  const minute = Math.floor(epochMs / 60_000);
  return remembered(minutesParts, `${timeZone}|${minute}`, () =>
    computeParts(minute * 60_000, timeZone),
  );
}

function computeParts(epochMs: number, timeZone: string): LocalParts {
  const values: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  const year = values.year ?? 1970;
  const month = values.month ?? 1;
  const day = values.day ?? 1;
  const hour = values.hour ?? 0;
  const minute = values.minute ?? 0;
  const date = isoDate(year, month, day);
  return Object.freeze({
    year,
    month,
    day,
    hour,
    minute,
    date,
    weekday: weekdayOf(date),
    minutes: hour * 60 + minute,
  });
}

/** The local calendar date ("YYYY-MM-DD") of an instant in the zone. */
export function localDate(epochMs: number, timeZone: string): string {
  return localParts(epochMs, timeZone).date;
}

/** Offset of the zone from UTC at an instant, in ms (zones have whole-minute offsets). */
function offsetAt(epochMs: number, timeZone: string): number {
  const parts = localParts(epochMs, timeZone);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  return asUtc - Math.floor(epochMs / 60_000) * 60_000;
}

/**
 * The instant a local wall-clock time happens in the zone. In the spring-forward gap the
 * time does not exist and the instant after the gap is returned (the time read with the
 * offset in force before the change); in the autumn overlap the first occurrence is
 * returned. A zone changes its offset at most once within a day either side.
 */
export function zonedEpoch(date: string, minutesOfDay: number, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number);
  const wall = Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1) + minutesOfDay * 60_000;
  const before = offsetAt(wall - DAY_MS, timeZone);
  const after = offsetAt(wall + DAY_MS, timeZone);
  let found: number | undefined;
  for (const offset of before === after ? [before] : [before, after]) {
    const instant = wall - offset;
    const parts = localParts(instant, timeZone);
    if (parts.date === date && parts.minutes === minutesOfDay) {
      found = found === undefined ? instant : Math.min(found, instant);
    }
  }
  return found ?? wall - before;
}

const DAY_MS = 86_400_000;
