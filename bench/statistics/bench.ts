import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Bench, BenchFigure } from '../report';
import { qualityReportData } from '../../main/hub/statistics/quality-report-data';
import { renderQualityReport } from '../../main/hub/statistics/quality-report-pdf';
import { StatisticsQueries } from '../../main/hub/statistics/statistics-queries';
import { demoSiteConfig } from '../../shared/demo/demo-site';
import { siteConfigSchema } from '../../shared/domain/site-config';
import { fillYearOfFacts } from '../../main/hub/statistics/test-support/year-of-facts';
import { openDatabase } from '../../main/hub/store/open-database';
import { periodOf } from '../../shared/statistics/period';
import {
  statisticsTableNames,
  type Grouping,
  type StatisticsFilter,
} from '../../shared/statistics/tables';

const VISITS = 500_000;
/** Runs per query after one warm-up: p95 of 10 is the second slowest. */
const RUNS = 10;

function p95(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.ceil(0.95 * sorted.length) - 1] ?? 0;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Every statistics table over a year of 500,000 visits, and the yearly PDF. */
export const bench: Bench = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'accueil-stats-bench-'));
  const figures: BenchFigure[] = [];
  try {
    const db = openDatabase(join(dir, 'hub.db'));
    const fillStart = performance.now();
    fillYearOfFacts(db, 2026, VISITS);
    const fillSeconds = (performance.now() - fillStart) / 1000;
    db.pragma('optimize');
    const queries = new StatisticsQueries(db, () => Date.parse('2027-01-15T10:00:00Z'));
    const year = periodOf('year', '2026-06-01');
    const cases: { grouping: Grouping; extra?: Partial<StatisticsFilter> }[] = [
      { grouping: 'none' },
      { grouping: 'month' },
      { grouping: 'none', extra: { service: 'etat-civil' } },
    ];
    for (const table of statisticsTableNames) {
      const worst: { p95: number; label: string }[] = [];
      for (const { grouping, extra } of cases) {
        if ((table === 'arrivals' || table === 'counters') && grouping !== 'none') continue;
        const filter: StatisticsFilter = { period: year, groupBy: grouping, ...extra };
        queries.table(table, filter); // prepares the statement
        const samples: number[] = [];
        for (let run = 0; run < RUNS; run += 1) {
          const start = performance.now();
          queries.table(table, filter);
          samples.push(performance.now() - start);
        }
        worst.push({
          p95: p95(samples),
          label: `${grouping}${extra?.service ? ` (${extra.service} only)` : ''}`,
        });
      }
      const slowest = worst.reduce((a, b) => (b.p95 > a.p95 ? b : a));
      figures.push({
        name: `${table}, a year, p95 (slowest grouping)`,
        value: round(slowest.p95),
        unit: 'ms',
        target: '< 100 ms',
        meets: slowest.p95 < 100,
        note: worst.map((w) => `${w.label} ${round(w.p95)} ms`).join(', '),
      });
    }
    const config = siteConfigSchema.parse({
      ...demoSiteConfig(),
      quality: {
        commitments: [
          {
            kind: 'wait-within',
            label: { fr: '90 % des usagers reçus en moins de 15 minutes' },
            minutes: 15,
            share: 0.9,
          },
          { kind: 'satisfied-share', label: { fr: '80 % d’usagers satisfaits' }, share: 0.8 },
        ],
      },
    });
    const pdfSamples: number[] = [];
    let bytes = 0;
    for (let run = 0; run < 3; run += 1) {
      const start = performance.now();
      const pdf = await renderQualityReport(
        qualityReportData(queries, config, 2026, Date.parse('2027-01-15T10:00:00Z')),
        'fr',
      );
      pdfSamples.push(performance.now() - start);
      bytes = pdf.length;
    }
    const pdfWorst = Math.max(...pdfSamples);
    figures.push({
      name: 'yearly quality report (PDF), slowest of 3',
      value: round(pdfWorst / 1000),
      unit: 's',
      target: '< 5 s',
      meets: pdfWorst < 5000,
      note: `${Math.round(bytes / 1024)} KiB, 4 pages, every figure queried afresh from the facts`,
    });
    figures.unshift({
      name: `fill ${VISITS.toLocaleString('en-US')} visit facts (one transaction)`,
      value: round(fillSeconds),
      unit: 's',
      note: `${RUNS} runs per query after one warm-up; SQLite file, WAL, FULL sync; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores`,
    });
    db.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { title: 'Hub: statistics over a year of visits', figures };
};
