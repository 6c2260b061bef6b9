import { addDays } from '../../../shared/calendar/zoned-time';
import type { Grouping, StatisticsFilter } from '../../../shared/statistics/tables';

// Which histogram rows cover a period: the whole months inside it from the month table,
// the days of the months it cuts (or all its days, for groupings finer than a month)
// from the day table.

export interface HistogramRanges {
  /** First and last whole month ("YYYY-MM"), if any. */
  months: { from: string; to: string } | null;
  /** Day ranges left to read day by day. */
  days: { from: string; to: string }[];
}

const monthly: ReadonlySet<Grouping> = new Set(['none', 'month', 'service', 'channel']);

const nextMonth = (month: string) => addDays(`${month}-01`, 31).slice(0, 7);
const previousMonth = (month: string) => addDays(`${month}-01`, -1).slice(0, 7);

export function histogramRanges(filter: StatisticsFilter): HistogramRanges {
  const { from, to } = filter.period;
  const all = { months: null, days: [{ from, to }] };
  if (!monthly.has(filter.groupBy)) return all;
  const first = from.endsWith('-01') ? from.slice(0, 7) : nextMonth(from.slice(0, 7));
  const last = addDays(to, 1).endsWith('-01') ? to.slice(0, 7) : previousMonth(to.slice(0, 7));
  if (first > last) return all;
  const days: { from: string; to: string }[] = [];
  const start = `${first}-01`;
  if (from < start) days.push({ from, to: addDays(start, -1) });
  const after = `${nextMonth(last)}-01`;
  if (after <= to) days.push({ from: after, to });
  return { months: { from: first, to: last }, days };
}
