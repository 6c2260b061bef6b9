import type { FastifyInstance } from 'fastify';
import { hubRoutes as routes, type RouteAnswers } from '../../../../shared/contracts/routes';
import {
  complaintBodySchema,
  complaintsQuerySchema,
  qualityReportQuerySchema,
  statisticsTableParamsSchema,
  surveyAnswerBodySchema,
} from '../../../../shared/contracts/statistics';
import { toCsv } from '../../../../shared/csv/csv';
import {
  csvQuerySchema,
  statisticsQuerySchema,
  statisticsTables,
  type Column,
  type StatisticsAnswer,
  type StatisticsTable,
} from '../../../../shared/statistics/tables';
import { z } from 'zod';
import { bearerToken } from '../../auth/authenticator';
import type { HubContext } from '../../hub-context';
import { authorize } from '../authorize';
import { HubError } from '../hub-error';
import { parseInput } from '../parse-input';

const complaintParams = z.strictObject({ complaintId: z.string().min(1).max(40) });

/** A table and its comparisons as CSV rows, a "period" column first when compared. */
function answerCsv(answer: StatisticsAnswer, style: 'fr' | 'intl'): string {
  const definition = statisticsTables[answer.table];
  const parts = [answer, answer.previous, answer.yearBefore].filter((p) => p !== undefined);
  const columns: Column[] = [
    { key: 'period', kind: 'text', label: { fr: 'Période', en: 'Period' } },
    ...definition.columns,
  ];
  const rows = parts.flatMap((part) =>
    part.rows.map((row) => ({ period: `${part.period.from}/${part.period.to}`, ...row })),
  );
  return toCsv(columns, rows, style);
}

/** Statistics and CSV for managers; the survey for visitors; complaints for staff. */
export function registerStatisticsRoutes(app: FastifyInstance, hub: HubContext): void {
  const answer = (params: unknown, query: unknown) => {
    const { table } = parseInput(statisticsTableParamsSchema, params, 'path');
    const { style: _style, ...rest } = (query ?? {}) as Record<string, unknown>;
    const parsed = parseInput(statisticsQuerySchema, rest, 'query');
    return hub.statistics.answer(table as StatisticsTable, parsed);
  };

  app.get(routes.statistics.path, async (request): Promise<RouteAnswers['statistics']> => {
    authorize(hub, request, routes.statistics.access, 'read the statistics');
    const query = (request.query ?? {}) as Record<string, unknown>;
    if ('style' in query)
      throw new HubError('validation', '"style" belongs to the CSV route: add /csv to the path');
    return answer(request.params, query);
  });

  app.get(routes.statisticsCsv.path, async (request, reply) => {
    authorize(hub, request, routes.statisticsCsv.access, 'export the statistics');
    const query = (request.query ?? {}) as Record<string, unknown>;
    const { style } = parseInput(csvQuerySchema, { style: query.style }, 'query');
    const result = answer(request.params, query);
    const name = `${result.table}-${result.period.from}_${result.period.to}.csv`;
    return reply
      .type(`text/csv; charset=utf-8${style === 'fr' ? '' : '; header=present'}`)
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(answerCsv(result, style));
  });

  app.get(routes.qualityReport.path, async (request, reply) => {
    authorize(hub, request, routes.qualityReport.access, 'produce the quality report');
    const { year, language } = parseInput(qualityReportQuerySchema, request.query ?? {}, 'query');
    const pdf = await hub.statistics.qualityReport(year, language);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="rapport-qualite-${year}.pdf"`)
      .send(pdf);
  });

  app.post(routes.surveyAnswer.path, async (request, reply) => {
    let source: 'kiosk' | 'phone' = 'phone';
    let key = request.ip;
    if (request.headers.authorization) {
      const principal = hub.authenticator.authenticate(
        bearerToken(request.headers.authorization),
        hub.clock(),
      );
      if (principal.role !== 'kiosk')
        throw new HubError(
          'forbidden',
          'the survey is answered by visitors, on a kiosk or their phone: staff may not answer it',
        );
      source = 'kiosk';
      key = principal.deviceId;
    }
    const body = parseInput(surveyAnswerBodySchema, request.body);
    hub.statistics.answerSurvey(body, source, key);
    return reply.code(204).send();
  });

  app.get(routes.complaints.path, async (request): Promise<RouteAnswers['complaints']> => {
    authorize(hub, request, routes.complaints.access, 'read the complaints');
    const { state } = parseInput(complaintsQuerySchema, request.query ?? {}, 'query');
    return { complaints: hub.statistics.complaints.list(state, hub.clock()) };
  });

  app.post(
    routes.recordComplaint.path,
    async (request, reply): Promise<RouteAnswers['recordComplaint']> => {
      authorize(hub, request, routes.recordComplaint.access, 'record a complaint');
      const complaint = hub.statistics.recordComplaint(
        parseInput(complaintBodySchema, request.body),
      );
      hub.notifyStaff({ type: 'complaint:recorded', complaintId: complaint.id });
      void reply.code(201);
      return complaint;
    },
  );

  app.post(
    routes.answerComplaint.path,
    async (request): Promise<RouteAnswers['answerComplaint']> => {
      authorize(hub, request, routes.answerComplaint.access, 'mark a complaint answered');
      const { complaintId } = parseInput(complaintParams, request.params, 'path');
      const answered = hub.statistics.answerComplaint(complaintId);
      hub.notifyStaff({ type: 'complaint:answered', complaintId });
      return answered;
    },
  );
}
