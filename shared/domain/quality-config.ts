import { z } from 'zod';
import { codeSchema, localizedTextSchema } from './primitives';

// The town's Qualivilles commitments and how complaints are handled, in the site
// configuration: the yearly report measures the year against these.

const shareSchema = z.number().min(0).max(1).describe('a share between 0 and 1, e.g. 0.9 for 90 %');

export const commitmentSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    /** "90 % des usagers reçus en moins de 15 minutes". */
    kind: z.literal('wait-within'),
    label: localizedTextSchema,
    minutes: z.number().int().min(1).max(240),
    share: shareSchema,
    /** Only this service; absent: every service. */
    service: codeSchema.optional(),
  }),
  z.strictObject({
    /** Share of ratings 4 or 5. */
    kind: z.literal('satisfied-share'),
    label: localizedTextSchema,
    share: shareSchema,
  }),
  z.strictObject({
    /** Share of complaints answered within their deadline. */
    kind: z.literal('complaints-in-time'),
    label: localizedTextSchema,
    share: shareSchema,
  }),
  z.strictObject({
    kind: z.literal('paperless-share'),
    label: localizedTextSchema,
    share: shareSchema,
  }),
  z.strictObject({
    /** Share of waits within ±5 minutes of the estimate shown. */
    kind: z.literal('estimate-within'),
    label: localizedTextSchema,
    share: shareSchema,
  }),
]);
export type Commitment = z.infer<typeof commitmentSchema>;

export const complaintCategorySchema = z.strictObject({
  code: codeSchema,
  names: localizedTextSchema,
});

const dayMs = 86_400_000;

/**
 * When a complaint received at `receivedAt` must be answered: `answerDays` whole days
 * later, to the minute (the hub records it; the forms show it before they send).
 */
export function complaintDeadline(receivedAt: number, answerDays: number): number {
  return receivedAt + answerDays * dayMs;
}

/**
 * Late: not answered and its deadline passed (the hub's lists and its alert; a dashboard,
 * on the hub's clock, flags one the moment it turns late). `late` in the hub's SQL too.
 */
export function complaintIsLate(
  complaint: { deadlineAt: number; answeredAt: number | null },
  now: number,
): boolean {
  return complaint.answeredAt === null && complaint.deadlineAt < now;
}

export const defaultQualityConfig = {
  commitments: [],
  complaintAnswerDays: 15,
  complaintCategories: [
    { code: 'accueil', names: { fr: 'Accueil', en: 'Reception' } },
    { code: 'attente', names: { fr: 'Attente', en: 'Waiting' } },
    { code: 'information', names: { fr: 'Information', en: 'Information' } },
    { code: 'locaux', names: { fr: 'Locaux et accessibilité', en: 'Premises and access' } },
    { code: 'autre', names: { fr: 'Autre', en: 'Other' } },
  ],
};

export const qualityConfigSchema = z
  .strictObject({
    commitments: z.array(commitmentSchema).max(30).default([]),
    /** Days the town commits to answer a complaint in. */
    complaintAnswerDays: z.number().int().min(1).max(365).default(15),
    complaintCategories: z
      .array(complaintCategorySchema)
      .min(1)
      .default(defaultQualityConfig.complaintCategories),
  })
  .superRefine((quality, ctx) => {
    const seen = new Set<string>();
    quality.complaintCategories.forEach((category, index) => {
      if (seen.has(category.code))
        ctx.addIssue({
          code: 'custom',
          path: ['complaintCategories', index, 'code'],
          message: `the category "${category.code}" is listed twice`,
        });
      seen.add(category.code);
    });
  });
export type QualityConfig = z.output<typeof qualityConfigSchema>;
