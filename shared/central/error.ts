import { z } from 'zod';
import { identifierSchema } from './common';

// Every non-2xx answer carries this body, so a client can tell what went wrong and, for a
// refused batch, exactly which records to quarantine.

export const centralErrorCodes = [
  'bad-request',
  'unauthorized',
  'forbidden',
  'not-found',
  'method-not-allowed',
  'payload-too-large',
  'unsupported-media-type',
  'invalid-records',
  'idempotency-key-missing',
  'idempotency-key-reused',
  'idempotency-in-progress',
  'rate-limited',
  'unavailable',
  'internal',
] as const;
export type CentralErrorCode = (typeof centralErrorCodes)[number];

export const recordIssueSchema = z.object({
  path: z.string().meta({ description: 'Dotted path of the field inside the record.' }),
  message: z.string(),
});

export const recordErrorSchema = z.object({
  index: z.number().int().nonnegative().meta({ description: 'Position in the batch.' }),
  visitId: identifierSchema
    .nullable()
    .meta({ description: 'The id of the record, when it could be read.' }),
  issues: z.array(recordIssueSchema).min(1),
});
export type RecordError = z.infer<typeof recordErrorSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(centralErrorCodes),
    message: z.string().meta({ description: 'What was wrong and what to do, for a human.' }),
    records: z
      .array(recordErrorSchema)
      .optional()
      .meta({ description: 'With invalid-records: each refused record of the batch.' }),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
