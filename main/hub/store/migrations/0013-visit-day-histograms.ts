import type { Migration } from '../../../sqlite';

// Histograms of the visit facts by day and by month, one row per (kind, day or month,
// service, channel, weekday, bucket): the waiting and service time distributions and the
// arrivals heatmap read a year as a few thousand month rows (plus the days of a month
// cut by the period) instead of every visit. Kinds: 'wait' (waited_ms of called visits)
// and 'service' (served_ms of served visits that started), bucketed by whole minute
// (ms / 60000, rounded down: HISTOGRAM_BUCKET_MS of shared/statistics/definitions.ts as
// it was when this shipped; a migration never changes), each bucket with its count, its
// visits within target, the sum of its whole seconds and its largest value, so the mean
// and the max stay exact to the second; 'arrival' (every fact) bucketed by local hour,
// with the local weekday; 'day' (every fact, bucket 0, by day only): which days had
// visits. A trigger keeps both tables in step with each fact inserted (in the visit's
// closing transaction); the retention purge deletes them with the facts' days; facts
// already recorded are summed here once; the same SQL rebuilds a day, then its month
// from its days (VisitFactsStore).

interface Kind {
  kind: string;
  /** Expressions over a fact's columns, each written `$column`. */
  bucket: string;
  ok: string;
  seconds: string;
  max: string;
  when: string;
  /** Kept by month too (all but 'day'). */
  monthly: boolean;
}

const kinds: Kind[] = [
  {
    kind: 'wait',
    bucket: '$waited_ms / 60000',
    ok: '$waited_ms <= $target_wait_ms',
    seconds: '$waited_ms / 1000',
    max: '$waited_ms',
    when: '$waited_ms IS NOT NULL',
    monthly: true,
  },
  {
    kind: 'service',
    bucket: '$served_ms / 60000',
    ok: '0',
    seconds: '$served_ms / 1000',
    max: '$served_ms',
    when: "$result = 'served' AND $started_at IS NOT NULL",
    monthly: true,
  },
  { kind: 'arrival', bucket: '$hour', ok: '0', seconds: '0', max: '0', when: '1', monthly: true },
  { kind: 'day', bucket: '0', ok: '0', seconds: '0', max: '0', when: '1', monthly: false },
];

const values = 'n, ok, sum_s, max_ms';
const dayKey = 'kind, day, week, service, channel, weekday, bucket';
const monthKey = 'kind, month, service, channel, weekday, bucket';
const of = (expression: string, prefix: string) => expression.replace(/\$/g, prefix);
const upsert = (key: string) => `ON CONFLICT (${key.replace(' week,', '')}) DO UPDATE SET
  n = n + excluded.n, ok = ok + excluded.ok, sum_s = sum_s + excluded.sum_s,
  max_ms = MAX(max_ms, excluded.max_ms)`;

/** One fact's rows (the trigger's statements). */
const triggerInserts = kinds
  .flatMap((k) => {
    const fields = `${of(k.ok, 'NEW.')}, ${of(k.seconds, 'NEW.')}, ${of(k.max, 'NEW.')}`;
    const where = `WHERE ${of(k.when, 'NEW.')}`;
    const day = `INSERT INTO visit_day_histograms (${dayKey}, ${values})
      SELECT '${k.kind}', NEW.day, NEW.week, NEW.service, NEW.channel, NEW.weekday,
        ${of(k.bucket, 'NEW.')}, 1, ${fields} ${where} ${upsert(dayKey)};`;
    const month = `INSERT INTO visit_month_histograms (${monthKey}, ${values})
      SELECT '${k.kind}', substr(NEW.day, 1, 7), NEW.service, NEW.channel,
        ${k.kind === 'arrival' ? 'NEW.weekday' : '0'}, ${of(k.bucket, 'NEW.')}, 1, ${fields}
      ${where} ${upsert(monthKey)};`;
    return k.monthly ? [day, month] : [day];
  })
  .join('\n');

/**
 * The day rows of every fact that `where` (a condition on visit_facts, with named
 * parameters if any) selects, summed and inserted: the backfill, and a day rebuilt after
 * its rows were deleted.
 */
export function dayHistogramRebuild(where: string): string[] {
  return kinds.map(
    (k) => `INSERT INTO visit_day_histograms (${dayKey}, ${values})
      SELECT '${k.kind}', day, MIN(week), service, channel, MIN(weekday), ${of(k.bucket, '')},
        COUNT(*), SUM(${of(k.ok, '')}), SUM(${of(k.seconds, '')}), MAX(${of(k.max, '')})
      FROM visit_facts WHERE (${where}) AND ${of(k.when, '')}
      GROUP BY 2, 4, 5, 7`, // day, service, channel, bucket (a bucket may be a constant)
  );
}

/** A month's rows summed from its day rows (`where` a condition on visit_day_histograms). */
export function monthHistogramRebuild(where: string): string {
  return `INSERT INTO visit_month_histograms (${monthKey}, ${values})
    SELECT kind, substr(day, 1, 7), service, channel,
      CASE kind WHEN 'arrival' THEN weekday ELSE 0 END AS wd, bucket,
      SUM(n), SUM(ok), SUM(sum_s), MAX(max_ms)
    FROM visit_day_histograms WHERE kind <> 'day' AND (${where})
    GROUP BY kind, substr(day, 1, 7), service, channel, wd, bucket`;
}

const valueColumns = `n INTEGER NOT NULL, ok INTEGER NOT NULL, sum_s INTEGER NOT NULL,
  max_ms INTEGER NOT NULL`;

export const visitDayHistograms: Migration = {
  version: 13,
  name: 'visit day and month histograms',
  sql: `
    CREATE TABLE visit_day_histograms (
      kind TEXT NOT NULL, day TEXT NOT NULL, week TEXT NOT NULL, service TEXT NOT NULL,
      channel TEXT NOT NULL, weekday INTEGER NOT NULL, bucket INTEGER NOT NULL, ${valueColumns},
      PRIMARY KEY (kind, day, service, channel, weekday, bucket)
    ) WITHOUT ROWID;
    CREATE TABLE visit_month_histograms (
      kind TEXT NOT NULL, month TEXT NOT NULL, service TEXT NOT NULL, channel TEXT NOT NULL,
      weekday INTEGER NOT NULL, bucket INTEGER NOT NULL, ${valueColumns},
      PRIMARY KEY (kind, month, service, channel, weekday, bucket)
    ) WITHOUT ROWID;
    CREATE TRIGGER visit_facts_histograms AFTER INSERT ON visit_facts BEGIN
      ${triggerInserts}
    END;
    ${dayHistogramRebuild('1').join(';\n')};
    ${monthHistogramRebuild('1')};
  `,
};
