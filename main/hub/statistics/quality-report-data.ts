import type { SiteConfig } from '../../../shared/domain/site-config';
import { townNameOf } from '../../../shared/domain/site-config';
import {
  evaluateCommitment,
  type CommitmentResult,
  type Measure,
} from '../../../shared/statistics/commitments';
import { periodOf } from '../../../shared/statistics/period';
import type { Row, StatisticsFilter } from '../../../shared/statistics/tables';
import type { StatisticsQueries } from './statistics-queries';

/** Everything the yearly quality report shows, gathered from the statistics tables. */
export interface QualityReportData {
  year: number;
  town: string;
  site: string;
  /** The site's IANA time zone: the day the report was made is the site's day. */
  timeZone: string;
  generatedAt: number;
  commitments: CommitmentResult[];
  /** One row per month that had visits: figures of the visits, waiting, delivery… tables. */
  months: {
    month: string;
    visits: Row;
    waiting: Row;
    delivery: Row;
    estimates: Row;
    satisfaction: Row;
  }[];
  totals: {
    visits: Row;
    waiting: Row;
    delivery: Row;
    estimates: Row;
    satisfaction: Row;
    complaints: Row;
  };
}

const num = (row: Row | undefined, key: string): number | null => {
  const value = row?.[key];
  return typeof value === 'number' ? value : null;
};

const byGroup = (rows: Row[]) => new Map(rows.map((r) => [String(r.group), r]));

export function qualityReportData(
  queries: StatisticsQueries,
  config: SiteConfig,
  year: number,
  now: number,
): QualityReportData {
  const period = periodOf('year', `${year}-01-01`);
  const all: StatisticsFilter = { period, groupBy: 'none' };
  const monthly: StatisticsFilter = { period, groupBy: 'month' };
  const first = (rows: Row[]): Row => rows[0] ?? {};
  const totals = {
    visits: first(queries.visits(all)),
    waiting: first(queries.waiting(all)),
    delivery: first(queries.delivery(all)),
    estimates: first(queries.estimates(all)),
    satisfaction: first(queries.satisfaction(all)),
    complaints: first(queries.complaints(all)),
  };
  const tables = {
    visits: byGroup(queries.visits(monthly)),
    waiting: byGroup(queries.waiting(monthly)),
    delivery: byGroup(queries.delivery(monthly)),
    estimates: byGroup(queries.estimates(monthly)),
    satisfaction: byGroup(queries.satisfaction(monthly)),
  };
  const months = [...tables.visits.keys()].sort().map((month) => ({
    month,
    visits: tables.visits.get(month) ?? {},
    waiting: tables.waiting.get(month) ?? {},
    delivery: tables.delivery.get(month) ?? {},
    estimates: tables.estimates.get(month) ?? {},
    satisfaction: tables.satisfaction.get(month) ?? {},
  }));
  const commitments = config.quality.commitments.map((commitment) => {
    let measure: Measure;
    switch (commitment.kind) {
      case 'wait-within': {
        const { called, within } = queries.waitWithin(
          { ...all, ...(commitment.service ? { service: commitment.service } : {}) },
          commitment.minutes * 60_000,
        );
        measure = { share: called > 0 ? within / called : null, count: called };
        break;
      }
      case 'satisfied-share':
        measure = {
          share: num(totals.satisfaction, 'satisfiedShare'),
          count: num(totals.satisfaction, 'answers') ?? 0,
        };
        break;
      case 'complaints-in-time':
        measure = {
          share: num(totals.complaints, 'inTimeShare'),
          count: num(totals.complaints, 'received') ?? 0,
        };
        break;
      case 'paperless-share':
        measure = {
          share: num(totals.delivery, 'paperlessShare'),
          count: num(totals.delivery, 'tickets') ?? 0,
        };
        break;
      case 'estimate-within':
        measure = {
          share: num(totals.estimates, 'withinToleranceShare'),
          count: num(totals.estimates, 'estimated') ?? 0,
        };
        break;
    }
    return evaluateCommitment(commitment, measure);
  });
  return {
    year,
    town: townNameOf(config),
    site: config.site.name,
    timeZone: config.timezone,
    generatedAt: now,
    commitments,
    months,
    totals,
  };
}
