import type { QueueState } from '../../../shared/engine';
import { addDays, localDate } from '../../../shared/calendar/zoned-time';
import {
  previousPeriod,
  resolvePeriod,
  yearBeforePeriod,
  type Period,
} from '../../../shared/statistics/period';
import type {
  StatisticsAnswer,
  StatisticsFilter,
  StatisticsTable,
  statisticsQuerySchema,
} from '../../../shared/statistics/tables';
import { visitFact } from '../../../shared/statistics/visit-fact';
import type { z } from 'zod';
import { complaintDeadline } from '../../../shared/domain/quality-config';
import type { Db } from '../store/open-database';
import type { VisitSink } from '../sync/visit-projector';
import { currentTicketId } from '../../../shared/engine/views/ticket-view';
import { personalDataIn, personalDataRefusal } from '../../../shared/statistics/comment-check';
import type {
  complaintBodySchema,
  Complaint,
  surveyAnswerBodySchema,
} from '../../../shared/contracts/statistics';
import { FailureLimiter } from '../auth/failure-limiter';
import { HubError } from '../server/hub-error';
import { ComplaintStore } from './complaint-store';
import { StatisticsQueries } from './statistics-queries';
import { SurveyStore } from './survey-store';
import { VisitFactsStore } from './visit-facts-store';
import { qualityReportData } from './quality-report-data';
import { renderQualityReport, type ReportLanguage } from './quality-report-pdf';

export interface HubStatisticsOptions {
  db: Db;
  clock: () => number;
  /** The running state's configuration (time zone, targets) for new facts. */
  state: () => QueueState;
  keptYears: number;
  /** Days a survey comment is kept. */
  commentKeptDays: number;
}

/** Answers per kiosk (or phone address) per minute, and attempts per ticket per 10 minutes. */
export const SURVEY_LIMITS = {
  perSource: { count: 10, windowMs: 60_000 },
  perTicket: { count: 5, windowMs: 10 * 60_000 },
};

const dayMs = 86_400_000;

/** Visit facts, their queries and their retention: the hub's statistics. */
export class HubStatistics {
  readonly facts: VisitFactsStore;
  readonly queries: StatisticsQueries;
  readonly survey: SurveyStore;
  readonly complaints: ComplaintStore;
  private readonly perSource = new FailureLimiter(
    SURVEY_LIMITS.perSource.count,
    SURVEY_LIMITS.perSource.windowMs,
  );
  private readonly perTicket = new FailureLimiter(
    SURVEY_LIMITS.perTicket.count,
    SURVEY_LIMITS.perTicket.windowMs,
  );

  constructor(private readonly options: HubStatisticsOptions) {
    this.facts = new VisitFactsStore(options.db);
    this.queries = new StatisticsQueries(options.db, options.clock);
    this.survey = new SurveyStore(options.db);
    this.complaints = new ComplaintStore(options.db);
  }

  /**
   * A visitor's rating of their visit, from a kiosk (`sourceKey` its device id) or their
   * phone (its address). Limited per source and per ticket; once per visit; a comment
   * with an e-mail address or a phone number is refused with the words to show.
   */
  answerSurvey(
    body: z.output<typeof surveyAnswerBodySchema>,
    source: 'kiosk' | 'phone',
    sourceKey: string,
  ): void {
    const now = this.options.clock();
    const tooMany = (limiter: FailureLimiter, key: string, what: string) => {
      const wait = limiter.retryAfter(key, now);
      if (wait > 0)
        throw new HubError(
          'rate-limited',
          `too many survey answers ${what}: try again in ${Math.ceil(wait / 1000)} s`,
          { retryAfterSeconds: Math.ceil(wait / 1000) },
          { 'Retry-After': String(Math.ceil(wait / 1000)) },
        );
      limiter.fail(key, now);
    };
    tooMany(
      this.perSource,
      `${source}:${sourceKey}`,
      `from this ${source === 'kiosk' ? 'kiosk' : 'address'}`,
    );
    tooMany(this.perTicket, body.token, 'for this ticket');
    const state = this.options.state();
    const id = currentTicketId(state, body.token);
    const ticket = id ? state.tickets[id] : undefined;
    if (!ticket)
      throw new HubError(
        'not-found',
        'no ticket of today has this code: the survey is open on the day of the visit',
      );
    const first = state.tickets[ticket.visitId] ?? ticket;
    if (first.calledAt === undefined && ticket.calledAt === undefined)
      throw new HubError(
        'not-yet-received',
        'this ticket has not been called yet: give your opinion once you have been received',
      );
    const comment = body.comment ? body.comment : null;
    const problem = comment ? personalDataIn(comment) : null;
    if (problem)
      throw new HubError('personal-data', personalDataRefusal[problem].en, {
        field: 'comment',
        reason: problem,
        explanation: personalDataRefusal[problem],
      });
    const stored = this.survey.answer({
      visitId: ticket.visitId,
      day: ticket.day,
      service: first.service,
      source,
      rating: body.rating,
      comment,
      commentUntil: now + this.options.commentKeptDays * dayMs,
    });
    if (!stored)
      throw new HubError(
        'already-answered',
        'this visit has been rated already: thank you, one answer per ticket',
      );
  }

  /** Records a complaint; its deadline is the town's commitment unless the body says. */
  recordComplaint(body: z.output<typeof complaintBodySchema>): Complaint {
    const now = this.options.clock();
    const config = this.options.state().config;
    if (!config) throw new HubError('not-configured', 'the site has no configuration yet');
    const categories = config.quality.complaintCategories.map((c) => c.code);
    if (!categories.includes(body.category))
      throw new HubError(
        'validation',
        `the category "${body.category}" is not configured: use one of ${categories.join(', ')}`,
        { issues: [{ field: 'category', message: `one of ${categories.join(', ')}` }] },
      );
    if (body.service && !config.services.some((s) => s.code === body.service))
      throw new HubError('validation', `there is no service "${body.service}"`, {
        issues: [{ field: 'service', message: 'a configured service' }],
      });
    const days = body.answerDays ?? config.quality.complaintAnswerDays;
    return this.complaints.record(
      {
        receivedAt: now,
        day: localDate(now, config.timezone),
        channel: body.channel,
        service: body.service ?? null,
        category: body.category,
        reference: body.reference ?? null,
        deadlineAt: complaintDeadline(now, days),
      },
      now,
    );
  }

  answerComplaint(id: string): Complaint {
    const now = this.options.clock();
    const existing = this.complaints.get(id, now);
    if (!existing) throw new HubError('not-found', `there is no complaint "${id}"`);
    if (!this.complaints.answer(id, now))
      throw new HubError('already-answered', `the complaint ${id} was answered already`);
    return this.complaints.get(id, now) ?? existing;
  }

  /** The visit projector's sink: each closed visit's fact, in its closing transaction. */
  readonly sink: VisitSink = (visit, state) => {
    const start = visit.appointmentId ? state.appointments[visit.appointmentId]?.start : undefined;
    this.facts.record(visitFact(visit, state.config, start ?? null));
  };

  /** Once after the upgrade that added facts (the flag is set by migration 8). */
  backfill(flag: { get(): boolean; clear(): void }, log: (message: string) => void): void {
    if (!flag.get()) return;
    this.options.db.transaction(() => {
      const count = this.facts.backfillFromVisits(this.options.state().config);
      flag.clear();
      log(`visit facts: ${count} visits recorded before statistics derived once`);
    })();
  }

  /** The year's quality report, as PDF bytes. */
  async qualityReport(year: number, language: ReportLanguage): Promise<Buffer> {
    const config = this.options.state().config;
    if (!config) throw new HubError('not-configured', 'the site has no configuration yet');
    return renderQualityReport(
      qualityReportData(this.queries, config, year, this.options.clock()),
      language,
    );
  }

  /** Survey comments past their retention time. */
  purgeComments(now: number): number {
    return this.survey.purgeComments(now);
  }

  /** Facts older than the retention (whole local years back from today) are deleted. */
  purge(now: number): number {
    const zone = this.options.state().config?.timezone ?? 'Europe/Paris';
    const today = localDate(now, zone);
    const cut = `${String(Number(today.slice(0, 4)) - this.options.keptYears).padStart(4, '0')}${today.slice(4)}`;
    return this.facts.purge(cut.endsWith('-02-29') ? addDays(cut, 1) : cut);
  }

  /** A table for the query's period, with the comparisons asked for. */
  answer(table: StatisticsTable, query: z.output<typeof statisticsQuerySchema>): StatisticsAnswer {
    const period = resolvePeriod(query);
    const filter: StatisticsFilter = {
      period,
      groupBy: query.groupBy,
      ...(query.service ? { service: query.service } : {}),
      ...(query.channel ? { channel: query.channel } : {}),
      ...(query.counter ? { counter: query.counter } : {}),
    };
    const run = (p: Period) => ({
      table,
      period: p,
      rows: this.queries.table(table, { ...filter, period: p }),
    });
    const compare = new Set(query.compare?.split(',') ?? []);
    const { period: _p, ...filters } = filter;
    return {
      ...run(period),
      filters,
      ...(compare.has('previous') ? { previous: run(previousPeriod(period)) } : {}),
      ...(compare.has('year-before') ? { yearBefore: run(yearBeforePeriod(period)) } : {}),
    };
  }
}
