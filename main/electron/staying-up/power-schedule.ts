import type { CalendarConfig } from '../../../shared/domain/calendar-config';
import { openingIntervals } from '../../../shared/calendar/opening-hours';
import { addDays, localDate } from '../../../shared/calendar/zoned-time';

// Screens sleep outside opening hours (the town wants a smaller footprint) and wake a
// little before opening. Awake time is each opening interval of the site's calendar
// (holidays, closures and seasons included), widened by `wakeBeforeMinutes` and
// `sleepAfterMinutes`; overlapping ones (a lunch break shorter than both) merge.

export interface PowerSchedule {
  enabled: boolean;
  wakeBeforeMinutes: number;
  sleepAfterMinutes: number;
}

export interface PowerState {
  awake: boolean;
  /** When `awake` next changes; undefined when it never does within the search. */
  nextChangeAt: number | undefined;
}

/** Days looked at around now: enough for a long weekend or a summer closure of a few weeks. */
const DAYS_BEFORE = 1;
const DAYS_AFTER = 45;

function awakeIntervals(
  calendar: CalendarConfig,
  timeZone: string,
  now: number,
  schedule: PowerSchedule,
): { from: number; to: number }[] {
  const today = localDate(now, timeZone);
  const widened: { from: number; to: number }[] = [];
  for (let offset = -DAYS_BEFORE; offset <= DAYS_AFTER; offset += 1)
    for (const interval of openingIntervals(calendar, timeZone, addDays(today, offset)))
      widened.push({
        from: interval.from - schedule.wakeBeforeMinutes * 60_000,
        to: interval.to + schedule.sleepAfterMinutes * 60_000,
      });
  widened.sort((a, b) => a.from - b.from);
  const merged: { from: number; to: number }[] = [];
  for (const interval of widened) {
    const last = merged.at(-1);
    if (last && interval.from <= last.to) last.to = Math.max(last.to, interval.to);
    else merged.push({ ...interval });
  }
  return merged;
}

export function powerState(
  calendar: CalendarConfig,
  timeZone: string,
  now: number,
  schedule: PowerSchedule,
): PowerState {
  if (!schedule.enabled) return { awake: true, nextChangeAt: undefined };
  const intervals = awakeIntervals(calendar, timeZone, now, schedule);
  const current = intervals.find((interval) => now >= interval.from && now < interval.to);
  if (current) return { awake: true, nextChangeAt: current.to };
  return { awake: false, nextChangeAt: intervals.find((interval) => interval.from > now)?.from };
}
