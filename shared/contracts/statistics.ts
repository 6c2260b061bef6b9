import { z } from 'zod';
import { codeSchema } from '../domain/primitives';
import { statisticsTableNames } from '../statistics/tables';

// Bodies and parameters of the statistics, survey and complaints routes. The query
// strings themselves are `statisticsQuerySchema` and `csvQuerySchema` (shared/statistics).

export const statisticsTableParamsSchema = z.strictObject({
  table: z.enum(statisticsTableNames as [string, ...string[]], {
    message: `one of ${statisticsTableNames.join(', ')}`,
  }),
});

export const qualityReportQuerySchema = z.strictObject({
  year: z
    .string()
    .regex(/^\d{4}$/, 'a year such as 2026')
    .transform(Number),
  language: z.enum(['fr', 'en']).default('fr'),
});

export const surveySources = ['kiosk', 'phone'] as const;

export const surveyAnswerBodySchema = z.strictObject({
  /** The ticket's QR token (printed or on the phone): the only link to the visit. */
  token: z.string().min(8).max(128),
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(500).optional(),
});

export const complaintChannels = ['counter', 'phone', 'letter', 'email', 'web'] as const;

export const complaintBodySchema = z.strictObject({
  channel: z.enum(complaintChannels),
  /** The service it is about; absent: the reception in general. */
  service: codeSchema.optional(),
  category: codeSchema,
  /** Where the complaint itself is filed (the town's mail register), never its text. */
  reference: z
    .string()
    .regex(/^[A-Za-z0-9/_.-]{1,40}$/, 'a register reference such as "2026/0412" (no names)')
    .optional(),
  /** Days to answer; absent: the town's commitment (`quality.complaintAnswerDays`). */
  answerDays: z.number().int().min(1).max(365).optional(),
});

export const complaintSchema = z.strictObject({
  id: z.string(),
  receivedAt: z.number(),
  day: z.string(),
  channel: z.enum(complaintChannels),
  service: z.string().nullable(),
  category: z.string(),
  reference: z.string().nullable(),
  deadlineAt: z.number(),
  answeredAt: z.number().nullable(),
  /** Not answered and its deadline has passed. */
  late: z.boolean(),
});
export type Complaint = z.infer<typeof complaintSchema>;

export const complaintsQuerySchema = z.strictObject({
  state: z.enum(['open', 'late', 'all']).default('open'),
});
