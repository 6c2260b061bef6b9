import { z } from 'zod';
import {
  codeSchema,
  countSchema,
  identifierSchema,
  personalData,
  serviceCodeSchema,
  siteIdSchema,
  timestampSchema,
} from './common';
import { channels, deliveryMedia } from '../domain/ticket';

// A visit record is what the hub sends the central API once a ticket is closed: only
// statistics by default; personal fields travel only where the site is configured to.

/** The hub's own channels (shared/domain/ticket.ts). */
export const visitChannels = channels;
export type VisitChannel = (typeof visitChannels)[number];

export const MAX_VISITS_PER_BATCH = 1000;

export const transferEndSchema = z
  .object({
    serviceCode: serviceCodeSchema,
    counterId: identifierSchema.nullable(),
    agentId: identifierSchema.nullable(),
  })
  .meta({
    description:
      'One end of a transfer: a service, and the counter or (pseudonymous) agent when the transfer named one.',
  });

export const transferSchema = z.object({
  from: transferEndSchema,
  to: transferEndSchema,
  at: timestampSchema,
});

export const visitPersonalFieldsSchema = z
  .object({
    visitorName: z.string().min(1).max(200).optional(),
    phone: z.string().min(3).max(32).optional(),
    email: z.string().max(254).optional(),
    note: z.string().max(2000).optional().meta({ description: 'Factual note by the agent.' }),
  })
  .meta({
    ...personalData,
    description:
      'Personal data, sent only for the fields the site is configured to share (none by default). The central side applies the retention rule of each field.',
  });

export const visitRecordSchema = z
  .object({
    id: identifierSchema.meta({
      description: 'Stable visit id minted by the hub: the same visit always has the same id.',
    }),
    siteId: siteIdSchema,
    ticketNumber: z
      .string()
      .regex(/^[A-Z0-9-]{1,12}$/)
      .meta({ description: 'Number shown on the ticket, e.g. A042.' }),
    serviceCode: serviceCodeSchema.meta({ description: 'Service that closed the visit.' }),
    channel: z.enum(visitChannels).meta({
      description:
        'Where the ticket was issued: kiosk (walk-in or appointment check-in), counter (by an agent for a visitor), phone (a phone request), mobile (remote queueing). An appointment visit has an appointmentRef.',
    }),
    priority: z
      .boolean()
      .meta({ description: 'Priority ticket (a yes/no flag; never the reason).' }),
    delivery: z.enum(deliveryMedia).optional().meta({
      description:
        'How the visitor got the ticket: printed, or paperless (on screen, to photograph or follow on a phone). Absent when it was not recorded (a ticket for a phone request, or a hub before this field). The town counts them for its zero-paper goal.',
    }),
    issuedAt: timestampSchema,
    calledAt: timestampSchema.nullable().meta({ description: 'First call; null if never called.' }),
    startedAt: timestampSchema.nullable().meta({ description: 'Service began; null if never.' }),
    endedAt: timestampSchema.meta({ description: 'When the visit was closed.' }),
    waitedSeconds: countSchema.meta({
      description: 'From issue to first call (to closing when never called).',
    }),
    servedSeconds: countSchema.meta({ description: 'From start to end; 0 when never started.' }),
    counterId: identifierSchema.nullable(),
    agentId: identifierSchema
      .nullable()
      .meta({ description: 'Pseudonymous agent id (never a login or a name).' }),
    outcome: codeSchema.meta({ description: 'Outcome code, e.g. served, no-show, redirected.' }),
    transfers: z.array(transferSchema).max(50),
    appointmentRef: identifierSchema
      .nullable()
      .meta({ description: 'Id of the central appointment this visit honoured, if any.' }),
    personal: visitPersonalFieldsSchema.optional(),
  })
  .superRefine((visit, ctx) => {
    for (const issue of timeOrderIssues(visit)) ctx.addIssue({ code: 'custom', ...issue });
  })
  .meta({
    description:
      'A closed visit. Times are ordered: issuedAt <= calledAt <= startedAt <= endedAt (startedAt needs calledAt), and every transfer lies between issuedAt and endedAt.',
  });

export type VisitRecord = z.infer<typeof visitRecordSchema>;
export type Transfer = z.infer<typeof transferSchema>;

type TimedVisit = Pick<
  VisitRecord,
  'issuedAt' | 'calledAt' | 'startedAt' | 'endedAt' | 'transfers'
>;

function timeOrderIssues(visit: TimedVisit): { path: (string | number)[]; message: string }[] {
  const issued = Date.parse(visit.issuedAt);
  const ended = Date.parse(visit.endedAt);
  const called = visit.calledAt === null ? null : Date.parse(visit.calledAt);
  const started = visit.startedAt === null ? null : Date.parse(visit.startedAt);
  const issues: { path: (string | number)[]; message: string }[] = [];
  const before = (a: number, b: number, path: string, message: string) => {
    if (a > b) issues.push({ path: [path], message });
  };
  before(issued, ended, 'endedAt', 'endedAt is before issuedAt');
  if (called !== null) {
    before(issued, called, 'calledAt', 'calledAt is before issuedAt');
    before(called, ended, 'calledAt', 'calledAt is after endedAt');
  }
  if (started !== null) {
    if (called === null) issues.push({ path: ['startedAt'], message: 'started but never called' });
    else before(called, started, 'startedAt', 'startedAt is before calledAt');
    before(started, ended, 'startedAt', 'startedAt is after endedAt');
  }
  visit.transfers.forEach((transfer, index) => {
    const at = Date.parse(transfer.at);
    if (at < issued || at > ended)
      issues.push({ path: ['transfers', index, 'at'], message: 'transfer outside the visit' });
  });
  return issues;
}

export const visitBatchSchema = z
  .object({ visits: z.array(visitRecordSchema).min(1).max(MAX_VISITS_PER_BATCH) })
  .meta({
    description:
      'A batch of closed visits. All or nothing: if any record is refused, none is stored and the error names each refused record.',
  });
export type VisitBatch = z.infer<typeof visitBatchSchema>;

export const visitBatchReceiptSchema = z.object({
  batchId: identifierSchema.meta({ description: 'Id the central API gave this batch.' }),
  accepted: countSchema.meta({ description: 'Visits stored by this batch.' }),
  duplicates: z
    .array(identifierSchema)
    .meta({ description: 'Ids of visits already stored before (kept once, first copy wins).' }),
  receivedAt: timestampSchema,
});
export type VisitBatchReceipt = z.infer<typeof visitBatchReceiptSchema>;
