import { z } from 'zod';
import {
  alertDetailSchema,
  alertKindSchema,
  alertSourceSchema,
  alertSubjectSchema,
  reportedStatusSchema,
} from '../domain/alert';
import { appointmentInputSchema } from '../domain/appointment';
import {
  codeSchema,
  epochMsSchema,
  idSchema,
  isoDateSchema,
  languageCodeSchema,
  noteSchema,
} from '../domain/primitives';
import { siteConfigSchema } from '../domain/site-config';
import { channelSchema, deliveryMediumSchema } from '../domain/ticket';
import { dayReportSchema } from './day-report-schema';

// The facts the engine records, named `domain:past-tense`, each stamped with `at` (epoch
// ms). They carry every value `evolve` needs, so replaying the log rebuilds the state.

const at = epochMsSchema;
const ticketId = idSchema;
const counterId = idSchema;

export const callClassSchema = z.enum(['appointment', 'priority', 'normal']);

export const domainEventSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('config:replaced'), at, config: siteConfigSchema }),
  z.strictObject({
    type: z.literal('appointments:loaded'),
    at,
    date: isoDateSchema,
    appointments: z.array(appointmentInputSchema),
  }),
  z.strictObject({
    type: z.literal('ticket:issued'),
    at,
    ticketId,
    /** Issue order over the engine's life: breaks ties between equal arrival times. */
    seq: z.number().int().positive(),
    number: z.string(),
    service: codeSchema,
    day: isoDateSchema,
    priority: z.boolean(),
    channel: channelSchema,
    language: languageCodeSchema,
    token: z.string().min(1),
    appointmentId: idSchema.optional(),
    /** The enrolled device (a kiosk) that issued it: only it may say how it was delivered. */
    issuedBy: z.string().min(1).max(80).optional(),
    /** The wait the service showed when the ticket was taken (minutes; null: no open
     * counter, no estimate). Recorded so its accuracy can be measured later, whatever the
     * estimator becomes. Absent on tickets issued before it was recorded. */
    estimateMinutes: z.number().int().min(0).nullable().optional(),
  }),
  z.strictObject({
    type: z.literal('appointment:checked-in'),
    at,
    appointmentId: idSchema,
    ticketId,
  }),
  z.strictObject({
    type: z.literal('counter:opened'),
    at,
    counterId,
    agentId: idSchema,
    services: z.array(codeSchema),
  }),
  z.strictObject({
    type: z.literal('counter:closed'),
    at,
    counterId,
    agentId: idSchema.optional(),
  }),
  z.strictObject({ type: z.literal('counter:paused'), at, counterId, reason: z.string() }),
  z.strictObject({ type: z.literal('counter:resumed'), at, counterId }),
  z.strictObject({
    type: z.literal('ticket:called'),
    at,
    ticketId,
    counterId,
    agentId: idSchema,
    callClass: callClassSchema,
    /** "next": picked by the calling policy; "specific": chosen by the agent. */
    pick: z.enum(['next', 'specific']),
  }),
  z.strictObject({
    type: z.literal('ticket:recalled'),
    at,
    ticketId,
    counterId,
    recalls: z.number().int().positive(),
  }),
  z.strictObject({ type: z.literal('ticket:started'), at, ticketId }),
  z.strictObject({
    type: z.literal('ticket:transferred'),
    at,
    ticketId,
    /** The continuation ticket: same number, token and arrival time. */
    newTicketId: ticketId,
    seq: z.number().int().positive(),
    service: codeSchema,
    reservedCounterId: idSchema.optional(),
    reservedAgentId: idSchema.optional(),
    note: noteSchema.optional(),
  }),
  z.strictObject({
    type: z.literal('ticket:marked-no-show'),
    at,
    ticketId,
    reason: z.enum(['no-show', 'recall-limit']),
  }),
  z.strictObject({
    type: z.literal('ticket:finished'),
    at,
    ticketId,
    outcome: codeSchema,
    note: noteSchema.optional(),
  }),
  z.strictObject({ type: z.literal('ticket:cancelled'), at, ticketId }),
  z.strictObject({
    type: z.literal('ticket:delivered'),
    at,
    ticketId,
    medium: deliveryMediumSchema,
  }),
  z.strictObject({
    type: z.literal('ticket:reprinted'),
    at,
    ticketId,
    /** The counter whose printer gives the duplicate, and the agent there. */
    counterId,
    agentId: idSchema,
    reason: z.string().max(120).optional(),
  }),
  z.strictObject({
    type: z.literal('alert:raised'),
    at,
    alertId: idSchema,
    kind: alertKindSchema,
    source: alertSourceSchema,
    detail: alertDetailSchema.optional(),
    ...alertSubjectSchema,
  }),
  z.strictObject({ type: z.literal('alert:escalated'), at, alertId: idSchema }),
  z.strictObject({
    type: z.literal('display:message-set'),
    at,
    text: z.string().min(1).max(140),
    /** The manager who sent it (staff only; the board shows the text alone). */
    by: z.string().min(1).max(64),
  }),
  z.strictObject({
    type: z.literal('display:message-cleared'),
    at,
    by: z.string().min(1).max(64),
  }),
  z.strictObject({
    type: z.literal('alert:acknowledged'),
    at,
    alertId: idSchema,
    /** Agent id, or device id, of whoever acknowledged it. */
    by: z.string().min(1).max(64),
    /** True when the acknowledgement closes the alert (help was given). */
    closes: z.boolean(),
  }),
  z.strictObject({
    type: z.literal('alert:resolved'),
    at,
    alertId: idSchema,
    /** recovered: the condition cleared by itself; resolved: someone closed it. */
    reason: z.enum(['recovered', 'resolved']),
  }),
  z.strictObject({
    type: z.literal('devices:reported'),
    at,
    /** The enrolled device, or `counter:<id>` for a counter reporting through its agent. */
    deviceId: z.string().min(1).max(80),
    label: z.string().max(80),
    statuses: z.array(reportedStatusSchema),
  }),
  z.strictObject({
    type: z.literal('day:ended'),
    at,
    day: isoDateSchema,
    /** Waiting or called tickets closed unserved. */
    closedTicketIds: z.array(ticketId),
    /** Tickets being served, finished without an outcome. */
    interruptedTicketIds: z.array(ticketId),
    closedCounterIds: z.array(counterId),
    report: dayReportSchema,
  }),
]);
export type DomainEvent = z.output<typeof domainEventSchema>;
export type DomainEventType = DomainEvent['type'];
export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;
