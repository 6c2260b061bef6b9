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
  idSchema,
  isoDateSchema,
  languageCodeSchema,
  noteSchema,
} from '../domain/primitives';
import { siteConfigSchema } from '../domain/site-config';
import { channelSchema, deliveryMediumSchema } from '../domain/ticket';

// Every command the engine accepts, named `domain:action`. Objects are strict: an unknown
// field is an error, so a typo in a client never passes silently.

const counterId = idSchema;
const ticketId = idSchema;

export const transferTargetSchema = z.union([
  z.strictObject({ service: codeSchema }),
  z.strictObject({ counterId }),
  z.strictObject({ agentId: idSchema }),
]);
export type TransferTarget = z.infer<typeof transferTargetSchema>;

/** Where `tickets:move` sends waiting tickets: another service, or one counter. */
export const moveTargetSchema = z.union([
  z.strictObject({ serviceId: codeSchema }),
  z.strictObject({ counterId }),
]);
export type MoveTarget = z.infer<typeof moveTargetSchema>;

/** A message for the waiting-room displays: short, shown as typed (trimmed). */
export const displayMessageTextSchema = z.string().trim().min(1).max(140);
export const DISPLAY_MESSAGE_MAX_LENGTH = 140;

export const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('config:replace'), config: siteConfigSchema }),
  z.strictObject({
    type: z.literal('appointments:load'),
    date: isoDateSchema,
    appointments: z.array(appointmentInputSchema).max(5000),
  }),
  z.strictObject({
    type: z.literal('ticket:issue'),
    service: codeSchema,
    priority: z.boolean(),
    channel: channelSchema,
    language: languageCodeSchema,
  }),
  z.strictObject({
    type: z.literal('appointment:check-in'),
    /** Booking code, ANTS pré-demande number or QR token, as typed or scanned. */
    reference: z.string().trim().min(1).max(200),
    language: languageCodeSchema.optional(),
    channel: channelSchema.optional(),
    priority: z.boolean().optional(),
  }),
  z.strictObject({
    type: z.literal('counter:open'),
    counterId,
    agentId: idSchema,
    /** Empty: every service both the counter and the agent may serve. */
    services: z.array(codeSchema).default([]),
  }),
  z.strictObject({ type: z.literal('counter:close'), counterId }),
  z.strictObject({
    type: z.literal('counter:pause'),
    counterId,
    reason: z.string().trim().min(1).max(120),
  }),
  z.strictObject({ type: z.literal('counter:resume'), counterId }),
  z.strictObject({ type: z.literal('counter:call-next'), counterId }),
  z.strictObject({ type: z.literal('counter:call-ticket'), counterId, ticketId }),
  z.strictObject({ type: z.literal('ticket:recall'), ticketId }),
  z.strictObject({ type: z.literal('ticket:start'), ticketId }),
  z.strictObject({
    type: z.literal('ticket:transfer'),
    ticketId,
    to: transferTargetSchema,
    note: noteSchema.optional(),
  }),
  z.strictObject({ type: z.literal('ticket:no-show'), ticketId }),
  z.strictObject({
    type: z.literal('ticket:finish'),
    ticketId,
    outcome: codeSchema,
    note: noteSchema.optional(),
  }),
  z.strictObject({ type: z.literal('ticket:cancel'), ticketId }),
  z.strictObject({
    type: z.literal('ticket:deliver'),
    ticketId,
    /** How the visitor got the ticket: printed, or on screen (paperless). */
    medium: deliveryMediumSchema,
  }),
  z.strictObject({
    type: z.literal('ticket:reprint'),
    /** The visitor's current ticket (the console finds it by its number). */
    ticketId,
    /** Why, in a few factual words ("lost by the visitor"). */
    reason: z.string().trim().min(1).max(120).optional(),
  }),
  z.strictObject({
    type: z.literal('alert:raise'),
    kind: alertKindSchema,
    /** Short and factual, e.g. "paper out"; never a visitor's personal data. */
    detail: alertDetailSchema.optional(),
    /** The hub only: the device a `device-silent` alert is about (others: the sender). */
    source: alertSourceSchema.optional(),
    /** The hub only: what a condition alert is about (one alert per service, ticket, counter). */
    ...alertSubjectSchema,
  }),
  z.strictObject({ type: z.literal('alert:acknowledge'), alertId: idSchema }),
  z.strictObject({ type: z.literal('alert:resolve'), alertId: idSchema }),
  /** The hub only: a condition alert's condition has ended. */
  z.strictObject({ type: z.literal('alert:clear'), alertId: idSchema }),
  /** The hub only: an alert stayed unacknowledged beyond `alerts.escalateAfterMinutes`. */
  z.strictObject({ type: z.literal('alert:escalate'), alertId: idSchema }),
  z.strictObject({
    type: z.literal('tickets:move'),
    /** Waiting tickets; they keep their place (arrival time) in the new queue. */
    ticketIds: z.array(ticketId).min(1).max(50),
    to: moveTargetSchema,
  }),
  z.strictObject({ type: z.literal('display:message'), text: displayMessageTextSchema }),
  z.strictObject({ type: z.literal('display:clear-message') }),
  z.strictObject({
    type: z.literal('devices:report'),
    /** Every device attached to the reporting kiosk or workstation, as it sees them now. */
    statuses: z.array(reportedStatusSchema).max(16),
  }),
  z.strictObject({
    type: z.literal('day:end'),
    /** Defaults to the current local day; name an earlier day left open by a stopped hub. */
    day: isoDateSchema.optional(),
  }),
]);
export type Command = z.output<typeof commandSchema>;
export type CommandInput = z.input<typeof commandSchema>;
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;
