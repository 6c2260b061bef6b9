import { distributionOfBuckets, type Bucket } from '../../../shared/statistics/percentile';
import { HISTOGRAM_BUCKET_MS } from '../../../shared/statistics/definitions';
import { daysBetween } from '../../../shared/statistics/period';
import type {
  Grouping,
  Row,
  StatisticsFilter,
  StatisticsTable,
} from '../../../shared/statistics/tables';
import { isoWeek } from '../../../shared/statistics/visit-fact';
import type { Db } from '../store/open-database';
import { HubError } from '../server/hub-error';
import { histogramRanges } from './histogram-ranges';

// The SQL of every statistics table over the visit facts, survey answers and complaints.
// Each query reads one range of days through an index and returns few rows (grouped in
// SQL) so a year of visits stays fast: counts from the per-day cells (visit_day_cells),
// distributions and arrivals from the per-day histograms (visit_day_histograms, by whole
// minute), the visit facts themselves only for what those do not key (a counter).

const ALL = 'all';

const factGroup: Record<Grouping, string> = {
  none: `'${ALL}'`,
  day: 'day',
  week: 'week',
  month: 'substr(day, 1, 7)',
  service: 'service',
  channel: 'channel',
  // Facts have NULL where the day cells have '' (a key column): both read "-".
  counter: "COALESCE(NULLIF(counter_id, ''), '-')",
};

/** Group key of a local day for the tables grouped in code (survey, complaints). */
function dayGroup(grouping: Grouping, day: string, service: string | null): string {
  switch (grouping) {
    case 'day':
      return day;
    case 'week':
      return isoWeek(day);
    case 'month':
      return day.slice(0, 7);
    case 'service':
      return service ?? '-';
    default:
      return ALL;
  }
}

interface Where {
  sql: string;
  params: Record<string, string | number>;
}

/**
 * Past this many days a query reads the table in order rather than through the day index:
 * rows are stored in closing order, so a scan reads pages once, while the index visits
 * every row of a long range by a lookup (about 4× slower over a year).
 */
const SCAN_FROM_DAYS = 45;

function factWhere(filter: StatisticsFilter, extra = ''): Where {
  const wide = daysBetween(filter.period.from, filter.period.to) >= SCAN_FROM_DAYS;
  // "+day" keeps SQLite from using the index on day for a wide range.
  const parts = [`${wide ? '+' : ''}day BETWEEN @from AND @to`];
  const params: Record<string, string | number> = {
    from: filter.period.from,
    to: filter.period.to,
  };
  if (filter.service) {
    parts.push('service = @service');
    params.service = filter.service;
  }
  if (filter.channel) {
    parts.push('channel = @channel');
    params.channel = filter.channel;
  }
  if (filter.counter) {
    parts.push('counter_id = @counter');
    params.counter = filter.counter;
  }
  if (extra) parts.push(extra);
  return { sql: parts.join(' AND '), params };
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const round = (value: number | null, digits = 1) =>
  value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;

/** One minute bucket of a group: its visits, within target, seconds summed, largest ms. */
type HistogramRow = { grp: string; v: number; n: number; ok: number; s: number; mx: number };

const BUCKET_SECONDS = HISTOGRAM_BUCKET_MS / 1000;

function foldHistograms(rows: HistogramRow[]): Map<string, { buckets: Bucket[]; ok: number }> {
  const groups = new Map<string, { buckets: Bucket[]; ok: number }>();
  for (const row of rows) {
    let group = groups.get(row.grp);
    if (!group) groups.set(row.grp, (group = { buckets: [], ok: 0 }));
    group.buckets.push({
      lower: row.v * BUCKET_SECONDS,
      count: row.n,
      sum: row.s,
      max: Math.floor(row.mx / 1000),
    });
    group.ok += row.ok;
  }
  return groups;
}

function distributionRow(buckets: Bucket[]) {
  const d = distributionOfBuckets(buckets);
  return { p50: d.p50, p90: d.p90, max: d.max, mean: round(d.mean), count: d.count };
}

/** The histograms key day, service and channel: a counter's figures come from the facts. */
const byCounter = (filter: StatisticsFilter) =>
  filter.counter !== undefined || filter.groupBy === 'counter';

/** Service and channel filters of a histogram query (both tables have those columns). */
function histogramFilters(filter: StatisticsFilter): Where {
  const parts: string[] = [];
  const params: Record<string, string | number> = {};
  if (filter.service) {
    parts.push('service = @service');
    params.service = filter.service;
  }
  if (filter.channel) {
    parts.push('channel = @channel');
    params.channel = filter.channel;
  }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

const monthGroup: Partial<Record<Grouping, string>> = {
  none: `'${ALL}'`,
  month: 'month',
  service: 'service',
  channel: 'channel',
};

/** Rows of the same group and bucket (from months and days) summed, in group then bucket order. */
function mergeBuckets(rows: HistogramRow[]): HistogramRow[] {
  const merged = new Map<string, HistogramRow>();
  for (const row of rows) {
    const key = `${row.grp}\u0000${row.v}`;
    const seen = merged.get(key);
    if (!seen) merged.set(key, { ...row });
    else {
      seen.n += row.n;
      seen.ok += row.ok;
      seen.s += row.s;
      seen.mx = Math.max(seen.mx, row.mx);
    }
  }
  return [...merged.values()].sort((a, b) =>
    a.grp === b.grp ? a.v - b.v : a.grp < b.grp ? -1 : 1,
  );
}

/** Runs the statistics tables' SQL; statements are prepared once per shape and kept. */
export class StatisticsQueries {
  private readonly statements = new Map<string, ReturnType<Db['prepare']>>();

  constructor(
    private readonly db: Db,
    private readonly clock: () => number,
  ) {}

  private all<T>(sql: string, params: Record<string, unknown>): T[] {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement.all(params) as T[];
  }

  table(table: StatisticsTable, filter: StatisticsFilter): Row[] {
    switch (table) {
      case 'visits':
        return this.visits(filter);
      case 'waiting':
        return this.waiting(filter);
      case 'serviceTime':
        return this.serviceTime(filter);
      case 'appointments':
        return this.appointments(filter);
      case 'arrivals':
        return this.arrivals(filter);
      case 'counters':
        return this.counters(filter);
      case 'delivery':
        return this.delivery(filter);
      case 'estimates':
        return this.estimates(filter);
      case 'satisfaction':
        return this.satisfaction(filter);
      case 'complaints':
        return this.complaints(filter);
    }
  }

  visits(filter: StatisticsFilter): Row[] {
    const where = factWhere(filter);
    return this.all<Row>(
      `SELECT ${factGroup[filter.groupBy]} AS "group", SUM(visits) AS visits,
         SUM(served) AS served, SUM(no_shows) AS noShows,
         SUM(no_shows_recalled) AS noShowsAfterRecall, SUM(cancelled) AS cancelled,
         SUM(unserved) AS unserved, SUM(transferred_visits) AS transferredVisits,
         SUM(transfers) AS transfers
       FROM visit_day_cells WHERE ${where.sql} GROUP BY 1 ORDER BY 1`,
      where.params,
    );
  }

  /**
   * Minute buckets of waits or service times per group: from the month and day
   * histograms, or from the facts for a counter (the histograms do not key counters).
   */
  private buckets(filter: StatisticsFilter, kind: 'wait' | 'service'): HistogramRow[] {
    if (!byCounter(filter)) {
      const ranges = histogramRanges(filter);
      const filters = histogramFilters(filter);
      const sums = 'bucket AS v, SUM(n) AS n, SUM(ok) AS ok, SUM(sum_s) AS s, MAX(max_ms) AS mx';
      const rows: HistogramRow[] = [];
      if (ranges.months)
        rows.push(
          ...this.all<HistogramRow>(
            `SELECT ${monthGroup[filter.groupBy] ?? `'${ALL}'`} AS grp, ${sums}
             FROM visit_month_histograms WHERE kind = @kind AND month BETWEEN @from AND @to
               ${filters.sql} GROUP BY 1, 2`,
            { ...filters.params, kind, ...ranges.months },
          ),
        );
      for (const days of ranges.days)
        rows.push(
          ...this.all<HistogramRow>(
            `SELECT ${factGroup[filter.groupBy]} AS grp, ${sums}
             FROM visit_day_histograms WHERE kind = @kind AND day BETWEEN @from AND @to
               ${filters.sql} GROUP BY 1, 2`,
            { ...filters.params, kind, ...days },
          ),
        );
      return mergeBuckets(rows);
    }
    const [value, condition, ok] =
      kind === 'wait'
        ? ['waited_ms', 'waited_ms IS NOT NULL', 'waited_ms <= target_wait_ms']
        : ['served_ms', "result = 'served' AND started_at IS NOT NULL", '0'];
    const where = factWhere(filter, condition);
    return this.all<HistogramRow>(
      `SELECT ${factGroup[filter.groupBy]} AS grp, ${value} / ${HISTOGRAM_BUCKET_MS} AS v,
         COUNT(*) AS n, SUM(${ok}) AS ok, SUM(${value} / 1000) AS s, MAX(${value}) AS mx
       FROM visit_facts WHERE ${where.sql} GROUP BY 1, 2 ORDER BY 1, 2`,
      where.params,
    );
  }

  waiting(filter: StatisticsFilter): Row[] {
    return [...foldHistograms(this.buckets(filter, 'wait'))].map(([group, { buckets, ok }]) => {
      const { count, ...d } = distributionRow(buckets);
      return {
        group,
        called: count,
        ...d,
        withinTarget: ok,
        withinTargetShare: share(ok, count),
      };
    });
  }

  serviceTime(filter: StatisticsFilter): Row[] {
    return [...foldHistograms(this.buckets(filter, 'service'))].map(([group, { buckets }]) => {
      const { count, ...d } = distributionRow(buckets);
      return { group, served: count, ...d };
    });
  }

  /** Visits called within `limitMs` of arrival, of those called (a commitment's measure). */
  waitWithin(filter: StatisticsFilter, limitMs: number): { called: number; within: number } {
    const where = factWhere(filter, 'waited_ms IS NOT NULL');
    const [row] = this.all<{ called: number; within: number | null }>(
      `SELECT COUNT(*) AS called, SUM(waited_ms <= @limit) AS within
       FROM visit_facts WHERE ${where.sql}`,
      { ...where.params, limit: limitMs },
    );
    return { called: row?.called ?? 0, within: row?.within ?? 0 };
  }

  appointments(filter: StatisticsFilter): Row[] {
    const where = factWhere(filter, 'appointments > 0');
    return this.all<Row & { appointments: number; onTimeAtCounter: number }>(
      `SELECT ${factGroup[filter.groupBy]} AS "group", SUM(appointments) AS appointments,
         SUM(appt_served) AS served, SUM(appt_no_shows) AS noShows,
         SUM(appt_late) AS arrivedLate, SUM(appt_on_time) AS onTimeAtCounter
       FROM visit_day_cells WHERE ${where.sql} GROUP BY 1 ORDER BY 1`,
      where.params,
    ).map((row) => ({ ...row, onTimeShare: share(row.onTimeAtCounter, row.appointments) }));
  }

  arrivals(filter: StatisticsFilter): Row[] {
    const counts = new Map<string, { weekday: number; hour: number; arrivals: number }>();
    const add = (rows: { weekday: number; hour: number; arrivals: number }[]) => {
      for (const row of rows) {
        const key = `${row.weekday}:${row.hour}`;
        const seen = counts.get(key);
        if (seen) seen.arrivals += row.arrivals;
        else counts.set(key, { ...row });
      }
    };
    let days: { weekday: number; days: number }[];
    if (byCounter(filter)) {
      const where = factWhere(filter);
      days = this.all(
        `SELECT weekday, COUNT(DISTINCT day) AS days FROM (
           SELECT day, MIN(weekday) AS weekday FROM visit_facts WHERE ${where.sql} GROUP BY day)
         GROUP BY weekday`,
        where.params,
      );
      add(
        this.all(
          `SELECT weekday, hour, COUNT(*) AS arrivals FROM visit_facts WHERE ${where.sql}
           GROUP BY weekday, hour`,
          where.params,
        ),
      );
    } else {
      const filters = histogramFilters(filter);
      const ranges = histogramRanges({ ...filter, groupBy: 'none' });
      const period = { from: filter.period.from, to: filter.period.to };
      days = this.all(
        `SELECT weekday, COUNT(DISTINCT day) AS days FROM visit_day_histograms
         WHERE kind = 'day' AND day BETWEEN @from AND @to ${filters.sql} GROUP BY weekday`,
        { ...filters.params, ...period },
      );
      if (ranges.months)
        add(
          this.all(
            `SELECT weekday, bucket AS hour, SUM(n) AS arrivals FROM visit_month_histograms
             WHERE kind = 'arrival' AND month BETWEEN @from AND @to ${filters.sql}
             GROUP BY weekday, bucket`,
            { ...filters.params, ...ranges.months },
          ),
        );
      for (const range of ranges.days)
        add(
          this.all(
            `SELECT weekday, bucket AS hour, SUM(n) AS arrivals FROM visit_day_histograms
             WHERE kind = 'arrival' AND day BETWEEN @from AND @to ${filters.sql}
             GROUP BY weekday, bucket`,
            { ...filters.params, ...range },
          ),
        );
    }
    const open = new Map(days.map((r) => [r.weekday, r.days]));
    return [...counts.values()]
      .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour)
      .map((row) => {
        const n = open.get(row.weekday) ?? 0;
        return { ...row, days: n, meanPerDay: round(n > 0 ? row.arrivals / n : null) };
      });
  }

  counters(filter: StatisticsFilter): Row[] {
    const where = factWhere(filter, "counter_id <> '' AND called > 0");
    const rows = this.all<{
      counter: string;
      days: number;
      visits: number;
      served: number;
      active: number;
    }>(
      `SELECT counter_id AS counter, COUNT(*) AS days, SUM(visits) AS visits,
         SUM(served) AS served, SUM(active) AS active FROM (
           SELECT counter_id, day, SUM(called) AS visits, SUM(called_served_ms) AS served,
             MAX(max_ended_at) - MIN(min_called_at) AS active
           FROM visit_day_cells WHERE ${where.sql} GROUP BY counter_id, day)
       GROUP BY counter_id ORDER BY counter_id`,
      where.params,
    );
    return rows.map((r) => ({
      counter: r.counter,
      days: r.days,
      visits: r.visits,
      servedSeconds: Math.floor(r.served / 1000),
      activeSeconds: Math.floor(r.active / 1000),
      utilisation: share(r.served, r.active),
    }));
  }

  delivery(filter: StatisticsFilter): Row[] {
    const where = factWhere(filter, 'delivery_tickets > 0');
    return this.all<{ group: string; tickets: number; printed: number; paperless: number }>(
      `SELECT ${factGroup[filter.groupBy]} AS "group", SUM(delivery_tickets) AS tickets,
         SUM(printed) AS printed, SUM(paperless) AS paperless
       FROM visit_day_cells WHERE ${where.sql} GROUP BY 1 ORDER BY 1`,
      where.params,
    ).map((r) => ({
      ...r,
      notRecorded: r.tickets - r.printed - r.paperless,
      paperlessShare: share(r.paperless, r.printed + r.paperless),
    }));
  }

  estimates(filter: StatisticsFilter): Row[] {
    const where = factWhere(filter, 'estimated > 0');
    return this.all<{
      group: string;
      estimated: number;
      abs: number;
      err: number;
      within: number;
    }>(
      `SELECT ${factGroup[filter.groupBy]} AS "group", SUM(estimated) AS estimated,
         SUM(est_abs_ms) AS abs, SUM(est_err_ms) AS err, SUM(est_within) AS within
       FROM visit_day_cells WHERE ${where.sql} GROUP BY 1 ORDER BY 1`,
      where.params,
    ).map((r) => ({
      group: r.group,
      estimated: r.estimated,
      meanAbsoluteErrorSeconds: round(r.abs / r.estimated / 1000),
      meanErrorSeconds: round(r.err / r.estimated / 1000),
      withinTolerance: r.within,
      withinToleranceShare: share(r.within, r.estimated),
    }));
  }

  private anonymousOnly(filter: StatisticsFilter, what: string): void {
    if (filter.channel || filter.counter || ['channel', 'counter'].includes(filter.groupBy))
      throw new HubError(
        'validation',
        `${what} are not linked to a channel or a counter (they stay anonymous): remove "channel", "counter" or that grouping`,
      );
  }

  satisfaction(filter: StatisticsFilter): Row[] {
    this.anonymousOnly(filter, 'satisfaction answers');
    const rows = this.all<{ day: string; service: string; rating: number; n: number }>(
      `SELECT day, service, rating, COUNT(*) AS n FROM survey_answers
       WHERE day BETWEEN @from AND @to ${filter.service ? 'AND service = @service' : ''}
       GROUP BY day, service, rating ORDER BY day, service`,
      { from: filter.period.from, to: filter.period.to, service: filter.service ?? '' },
    );
    const groups = new Map<string, number[]>();
    for (const row of rows) {
      const key = dayGroup(filter.groupBy, row.day, row.service);
      let counts = groups.get(key);
      if (!counts) groups.set(key, (counts = [0, 0, 0, 0, 0]));
      counts[row.rating - 1] = (counts[row.rating - 1] ?? 0) + row.n;
    }
    return [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([group, counts]) => {
        const answers = counts.reduce((a, b) => a + b, 0);
        const total = counts.reduce((sum, n, i) => sum + n * (i + 1), 0);
        return {
          group,
          answers,
          mean: round(share(total, answers), 2),
          rating1: counts[0] ?? 0,
          rating2: counts[1] ?? 0,
          rating3: counts[2] ?? 0,
          rating4: counts[3] ?? 0,
          rating5: counts[4] ?? 0,
          satisfiedShare: share((counts[3] ?? 0) + (counts[4] ?? 0), answers),
        };
      });
  }

  complaints(filter: StatisticsFilter): Row[] {
    if (filter.counter || filter.groupBy === 'counter')
      throw new HubError('validation', 'complaints are not linked to a counter: remove "counter"');
    const now = this.clock();
    const rows = this.all<{
      day: string;
      service: string | null;
      channel: string;
      received_at: number;
      deadline_at: number;
      answered_at: number | null;
    }>(
      `SELECT day, service, channel, received_at, deadline_at, answered_at FROM complaints
       WHERE day BETWEEN @from AND @to ${filter.service ? 'AND service = @service' : ''}
         ${filter.channel ? 'AND channel = @channel' : ''}`,
      {
        from: filter.period.from,
        to: filter.period.to,
        service: filter.service ?? '',
        channel: filter.channel ?? '',
      },
    );
    const groups = new Map<string, typeof rows>();
    for (const row of rows) {
      const key =
        filter.groupBy === 'channel' ? row.channel : dayGroup(filter.groupBy, row.day, row.service);
      const list = groups.get(key) ?? [];
      list.push(row);
      groups.set(key, list);
    }
    return [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([group, list]) => {
        const answered = list.filter((r) => r.answered_at !== null);
        const inTime = answered.filter((r) => (r.answered_at ?? 0) <= r.deadline_at).length;
        const open = list.length - answered.length;
        const lateOpen = list.filter((r) => r.answered_at === null && r.deadline_at < now).length;
        const days = answered.reduce(
          (sum, r) => sum + ((r.answered_at ?? 0) - r.received_at) / 86_400_000,
          0,
        );
        return {
          group,
          received: list.length,
          answered: answered.length,
          answeredInTime: inTime,
          inTimeShare: share(inTime, answered.length + lateOpen),
          open,
          late: answered.length - inTime + lateOpen,
          meanAnswerDays: round(share(days, answered.length)),
        };
      });
  }
}
