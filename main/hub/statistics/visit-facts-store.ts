import type { VisitRecord as CentralVisit } from '../../../shared/central/visit';
import type { SiteConfig } from '../../../shared/domain/site-config';
import { visitFact, type VisitFact } from '../../../shared/statistics/visit-fact';
import type { Db } from '../store/open-database';
import {
  dayHistogramRebuild,
  monthHistogramRebuild,
} from '../store/migrations/0013-visit-day-histograms';

const columns = [
  'visit_id',
  'day',
  'week',
  'service',
  'first_service',
  'channel',
  'counter_id',
  'priority',
  'appointment',
  'appointment_start',
  'language',
  'issued_at',
  'called_at',
  'started_at',
  'ended_at',
  'waited_ms',
  'served_ms',
  'result',
  'recalls',
  'transfers',
  'delivery',
  'target_wait_ms',
  'estimate_ms',
  'hour',
  'weekday',
] as const;

function row(fact: VisitFact): unknown[] {
  return [
    fact.visitId,
    fact.day,
    fact.week,
    fact.service,
    fact.firstService,
    fact.channel,
    fact.counterId,
    fact.priority ? 1 : 0,
    fact.appointment ? 1 : 0,
    fact.appointmentStart,
    fact.language,
    fact.issuedAt,
    fact.calledAt,
    fact.startedAt,
    fact.endedAt,
    fact.waitedMs,
    fact.servedMs,
    fact.result,
    fact.recalls,
    fact.transfers,
    fact.delivery,
    fact.targetWaitMs,
    fact.estimateMs,
    fact.hour,
    fact.weekday,
  ];
}

const ms = (iso: string | null) => (iso === null ? null : Date.parse(iso));

/**
 * A visit fact from a stored central record, for visits recorded before facts existed.
 * Those records lack the language, recalls and the estimate: "und", 0 and none.
 */
export function factOfCentralRecord(
  record: CentralVisit,
  visitId: string,
  day: string,
  config: SiteConfig | null,
): VisitFact {
  const issuedAt = Date.parse(record.issuedAt);
  const calledAt = ms(record.calledAt);
  const endedAt = Date.parse(record.endedAt);
  return visitFact(
    {
      visitId,
      ticketId: visitId,
      day,
      number: '',
      service: record.serviceCode,
      channel: record.channel,
      priority: record.priority,
      language: 'und',
      appointmentId: record.appointmentRef,
      issuedAt,
      calledAt,
      startedAt: ms(record.startedAt),
      endedAt,
      waitedMs: (calledAt ?? endedAt) - issuedAt,
      servedMs: record.servedSeconds * 1000,
      counterId: record.counterId,
      agentId: null,
      outcome: record.outcome,
      recalls: 0,
      transfers: record.transfers.map((t) => ({
        from: { service: t.from.serviceCode, counterId: t.from.counterId, agentId: null },
        to: { service: t.to.serviceCode, counterId: t.to.counterId, agentId: null },
        at: Date.parse(t.at),
      })),
      note: null,
      delivery: record.delivery ?? null,
      estimateMinutes: null,
    },
    config,
    null,
  );
}

/** The visit facts table: written by the visit projector, read by the statistics queries. */
export class VisitFactsStore {
  private readonly insert;
  private readonly purgeBefore;

  constructor(private readonly db: Db) {
    this.insert = db.prepare(
      `INSERT OR IGNORE INTO visit_facts (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    this.purgeBefore = db.prepare('DELETE FROM visit_facts WHERE day < ?');
  }

  /** Records one fact; call inside the transaction that closed the visit. */
  record(fact: VisitFact): void {
    this.insert.run(...row(fact));
  }

  /** Many facts in one transaction (backfill, fixtures, benchmarks). */
  recordAll(facts: Iterable<VisitFact>): number {
    let count = 0;
    this.db.transaction(() => {
      for (const fact of facts) count += this.insert.run(...row(fact)).changes;
    })();
    return count;
  }

  /** The retention rule: facts of days before `day` (a local date) go. */
  purge(day: string): number {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM visit_day_cells WHERE day < ?').run(day);
      this.db.prepare('DELETE FROM visit_day_histograms WHERE day < ?').run(day);
      this.db.prepare('DELETE FROM visit_month_histograms WHERE month < ?').run(day.slice(0, 7));
      this.rebuildMonth(day.slice(0, 7)); // its days before the cut are gone
      return this.purgeBefore.run(day).changes;
    })();
  }

  /**
   * Rebuilds one day's histograms from its facts, then its month's from its days (the
   * trigger keeps them in step; this repairs a day whose rows were lost or written by an
   * older rule). Returns the day's rows.
   */
  recomputeDay(day: string): number {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM visit_day_histograms WHERE day = ?').run(day);
      let rows = 0;
      for (const sql of dayHistogramRebuild('day = @day'))
        rows += this.db.prepare(sql).run({ day }).changes;
      this.rebuildMonth(day.slice(0, 7));
      return rows;
    })();
  }

  /** A month's histograms summed afresh from its days' ("YYYY-MM"). */
  private rebuildMonth(month: string): void {
    this.db.prepare('DELETE FROM visit_month_histograms WHERE month = ?').run(month);
    this.db
      .prepare(monthHistogramRebuild("day BETWEEN @month || '-01' AND @month || '-31'"))
      .run({ month });
  }

  /** Once after the upgrade that added facts: the visits already in the `visits` table. */
  backfillFromVisits(config: SiteConfig | null): number {
    const rows = this.db.prepare('SELECT visit_id AS id, day, record FROM visits').all() as {
      id: string;
      day: string;
      record: string;
    }[];
    return this.recordAll(
      rows.map((r) =>
        factOfCentralRecord(JSON.parse(r.record) as CentralVisit, r.id, r.day, config),
      ),
    );
  }
}
