import { localParts, weekdayOf } from '../calendar/zoned-time';
import { weekdays, type Weekday } from '../domain/calendar-config';
import { countersNeeded } from './erlang-c';

// Expected arrivals per service, weekday and hour, from the history of visits: the mean
// over the past weeks of the same weekday (a seasonal-naive forecast, the usual baseline
// for call-centre planning), and from it the counters each hour needs (Erlang C).

export interface VisitFact {
  service: string;
  /** Arrival at the site, epoch ms. */
  arrivedAt: number;
}

export interface HourForecast {
  service: string;
  weekday: Weekday;
  /** Local hour, 0–23: arrivals from hh:00 to hh:59. */
  hour: number;
  arrivals: number;
}

type Key = `${string}|${Weekday}|${number}`;

const byWeekday = (a: { weekday: Weekday }, b: { weekday: Weekday }) =>
  weekdays.indexOf(a.weekday) - weekdays.indexOf(b.weekday);

/**
 * The mean arrivals per service × weekday × hour over the days of history: each weekday's
 * count is divided by the number of such days in the history (days with no visit count).
 */
export function forecastArrivals(
  history: readonly VisitFact[],
  timeZone: string,
  /** Every open day the history covers, "YYYY-MM-DD". */
  days: readonly string[],
): HourForecast[] {
  const daysPerWeekday = new Map<Weekday, number>();
  for (const day of new Set(days))
    daysPerWeekday.set(weekdayOf(day), (daysPerWeekday.get(weekdayOf(day)) ?? 0) + 1);
  const counts = new Map<Key, number>();
  for (const visit of history) {
    const { weekday, hour } = localParts(visit.arrivedAt, timeZone);
    const key: Key = `${visit.service}|${weekday}|${hour}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const forecast: HourForecast[] = [];
  for (const [key, count] of counts) {
    const [service = '', weekday, hour] = key.split('|') as [string, Weekday, string];
    const sameDays = daysPerWeekday.get(weekday) ?? 0;
    if (sameDays === 0) continue;
    forecast.push({ service, weekday, hour: Number(hour), arrivals: count / sameDays });
  }
  return forecast.sort(
    (a, b) =>
      a.service.localeCompare(b.service) || a.weekday.localeCompare(b.weekday) || a.hour - b.hour,
  );
}

export interface StaffingHour {
  weekday: Weekday;
  hour: number;
  arrivals: number;
  counters: number;
}

/**
 * Counters needed per hour for a group of services that share counters: their arrivals
 * summed, served at the arrival-weighted mean service time, to call `share` of visitors
 * within `targetMinutes` (Erlang C, assumptions in erlang-c.ts).
 */
export function staffingFor(
  forecast: readonly HourForecast[],
  services: readonly string[],
  meanServiceMinutes: Readonly<Record<string, number>>,
  targetMinutes: number,
  share = 0.8,
): StaffingHour[] {
  const byHour = new Map<
    string,
    { weekday: Weekday; hour: number; arrivals: number; work: number }
  >();
  for (const f of forecast) {
    if (!services.includes(f.service)) continue;
    const key = `${f.weekday}|${f.hour}`;
    const slot = byHour.get(key) ?? { weekday: f.weekday, hour: f.hour, arrivals: 0, work: 0 };
    slot.arrivals += f.arrivals;
    slot.work += f.arrivals * (meanServiceMinutes[f.service] ?? 10);
    byHour.set(key, slot);
  }
  return [...byHour.values()]
    .map((slot) => ({
      weekday: slot.weekday,
      hour: slot.hour,
      arrivals: slot.arrivals,
      counters: countersNeeded(slot.arrivals, slot.work / slot.arrivals, targetMinutes, share),
    }))
    .sort((a, b) => byWeekday(a, b) || a.hour - b.hour);
}
