import type { Migration } from '../../../sqlite';

// Per-day histograms of the visit facts, one row per (kind, day, service, channel, bucket):
// the waiting and service time distributions and the arrivals heatmap read a year as some
// tens of thousands of rows instead of every visit. Kinds: 'wait' (waited_ms of called
// visits) and 'service' (served_ms of served visits that started), bucketed by whole
// minute (ms / 60000, rounded down: HISTOGRAM_BUCKET_MS of shared/statistics/definitions.ts
// as it was when this shipped; a migration never changes), each bucket with its count,
// its visits within target, the sum of its whole seconds and its largest value, so the
// mean and the max stay exact to the second; 'arrival' (every fact) bucketed by local
// hour. A trigger keeps them in step with each fact inserted (in the visit's closing
// transaction); the retention purge deletes them with the facts' days; facts already
// recorded are summed here once, and the same SQL rebuilds one day (VisitFactsStore).

interface Kind {
  kind: string;
  /** Expressions over a fact's columns, each written `$column`. */
  bucket: string;
  ok: string;
  seconds: string;
  max: string;
  when: string;
}

const kinds: Kind[] = [
  {
    kind: 'wait',
    bucket: '$waited_ms / 60000',
    ok: '$waited_ms <= $target_wait_ms',
    seconds: '$waited_ms / 1000',
    max: '$waited_ms',
    when: '$waited_ms IS NOT NULL',
  },
  {
    kind: 'service',
    bucket: '$served_ms / 60000',
    ok: '0',
    seconds: '$served_ms / 1000',
    max: '$served_ms',
    when: "$result = 'served' AND $started_at IS NOT NULL",
  },
  { kind: 'arrival', bucket: '$hour', ok: '0', seconds: '0', max: '0', when: '1' },
];

const columns = 'kind, day, week, service, channel, bucket, weekday, n, ok, sum_s, max_ms';
const of = (expression: string, prefix: string) => expression.replace(/\$/g, prefix);

/** One fact's rows (the trigger's statements). */
const triggerInserts = kinds
  .map(
    (k) => `INSERT INTO visit_day_histograms (${columns})
      SELECT '${k.kind}', NEW.day, NEW.week, NEW.service, NEW.channel, ${of(k.bucket, 'NEW.')},
        NEW.weekday, 1, ${of(k.ok, 'NEW.')}, ${of(k.seconds, 'NEW.')}, ${of(k.max, 'NEW.')}
      WHERE ${of(k.when, 'NEW.')}
      ON CONFLICT (kind, day, service, channel, bucket) DO UPDATE SET
        n = n + excluded.n, ok = ok + excluded.ok, sum_s = sum_s + excluded.sum_s,
        max_ms = MAX(max_ms, excluded.max_ms);`,
  )
  .join('\n');

/**
 * The histogram rows of every fact that `where` (a condition on visit_facts, with named
 * parameters if any) selects, summed and inserted: the backfill, and a day rebuilt after
 * its rows were deleted.
 */
export function histogramRebuild(where: string): string[] {
  return kinds.map(
    (k) => `INSERT INTO visit_day_histograms (${columns})
      SELECT '${k.kind}', day, MIN(week), service, channel, ${of(k.bucket, '')}, MIN(weekday),
        COUNT(*), SUM(${of(k.ok, '')}), SUM(${of(k.seconds, '')}), MAX(${of(k.max, '')})
      FROM visit_facts WHERE (${where}) AND ${of(k.when, '')}
      GROUP BY day, service, channel, ${of(k.bucket, '')}`,
  );
}

export const visitDayHistograms: Migration = {
  version: 13,
  name: 'visit day histograms',
  sql: `
    CREATE TABLE visit_day_histograms (
      kind TEXT NOT NULL,
      day TEXT NOT NULL,
      week TEXT NOT NULL,
      service TEXT NOT NULL,
      channel TEXT NOT NULL,
      bucket INTEGER NOT NULL,
      weekday INTEGER NOT NULL,
      n INTEGER NOT NULL,
      ok INTEGER NOT NULL,
      sum_s INTEGER NOT NULL,
      max_ms INTEGER NOT NULL,
      PRIMARY KEY (kind, day, service, channel, bucket)
    ) WITHOUT ROWID;
    CREATE TRIGGER visit_facts_histograms AFTER INSERT ON visit_facts BEGIN
      ${triggerInserts}
    END;
    ${histogramRebuild('1').join(';\n')};
  `,
};
