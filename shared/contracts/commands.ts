import { z } from 'zod';
import {
  appointmentInputSchema,
  commandRoles,
  commandSchema,
  domainEventSchema,
  type Command,
  type CommandInput,
  type CommandType,
} from '../engine';
import type { HubRole } from './roles';

/**
 * The hub's command routes, declared once: each engine command is
 * `POST /api/v1/<domain>/<action>` with the command's fields (minus `type`) as its body.
 * Who may send it comes from the engine's own `commandRoles` (the rule lives there).
 */
export interface CommandRouteSpec {
  /**
   * "recommended": retrying without a key could do it twice (a second ticket, a second
   * call), so clients send an `Idempotency-Key`. Every command accepts one.
   */
  idempotencyKey: 'recommended' | 'accepted';
}

const recommended: CommandRouteSpec = { idempotencyKey: 'recommended' };
const accepted: CommandRouteSpec = { idempotencyKey: 'accepted' };

export const commandRoutes = {
  'config:replace': accepted,
  'appointments:load': accepted,
  'ticket:issue': recommended,
  'appointment:check-in': recommended,
  'counter:open': accepted,
  'counter:close': accepted,
  'counter:pause': accepted,
  'counter:resume': accepted,
  'counter:call-next': recommended,
  'counter:call-ticket': accepted,
  'ticket:recall': recommended,
  'ticket:start': accepted,
  'ticket:transfer': recommended,
  'ticket:no-show': accepted,
  'ticket:finish': accepted,
  'ticket:cancel': accepted,
  'ticket:deliver': accepted,
  'ticket:reprint': recommended,
  'alert:raise': accepted,
  'alert:acknowledge': accepted,
  'alert:resolve': accepted,
  'alert:clear': accepted,
  'alert:escalate': accepted,
  'tickets:move': recommended,
  'display:message': accepted,
  'display:clear-message': accepted,
  'devices:report': accepted,
  'day:end': accepted,
} as const satisfies Record<CommandType, CommandRouteSpec>;

/** The roles that may send `type` over HTTP (`system` is the hub itself, never a caller). */
export function commandRolesOverHttp(type: CommandType): HubRole[] {
  return commandRoles[type].filter((role): role is HubRole => role !== 'system');
}

export const commandTypes = Object.keys(commandRoutes) as CommandType[];

export function commandPath(type: CommandType): string {
  return `/api/v1/${type.replace(':', '/')}`;
}

/** Personal data that may travel with an appointment to the hub, never into the engine. */
export const visitorSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  phone: z
    .string()
    .regex(/^\+?[0-9 .-]{6,20}$/, 'a phone number: digits, spaces, dots or dashes')
    .optional(),
});
export type Visitor = z.infer<typeof visitorSchema>;

/** `appointments:load` over HTTP: the engine's appointment plus its visitor, kept apart. */
export const appointmentsLoadBodySchema = z.strictObject({
  date: z.iso.date(),
  appointments: z
    .array(appointmentInputSchema.extend({ visitor: visitorSchema.optional() }))
    .max(5000),
});

type BodyOf<T extends CommandType> = Omit<Extract<CommandInput, { type: T }>, 'type'>;

/** What a client sends as the body of command `T`. */
export type CommandBody<T extends CommandType> = T extends 'appointments:load'
  ? z.input<typeof appointmentsLoadBodySchema>
  : BodyOf<T>;

const memberByType = new Map<string, z.ZodObject>(
  commandSchema.options.map((member) => [member.shape.type.value, member]),
);

const bodyByType = new Map<CommandType, z.ZodType>();

/** The body schema of a command route (strict: an unknown field is refused). */
export function commandBodySchema(type: CommandType): z.ZodType {
  if (type === 'appointments:load') return appointmentsLoadBodySchema;
  let body = bodyByType.get(type);
  if (!body) {
    const member = memberByType.get(type);
    if (!member) throw new Error(`no command ${type}`);
    // Built once per type: zod compiles a schema on its first parse.
    body = member.omit({ type: true });
    bodyByType.set(type, body);
  }
  return body;
}

/** Rebuilds the engine command from a route's parsed body. */
export function toCommand(type: CommandType, body: unknown): Command {
  return commandSchema.parse({ ...(body as object), type });
}

/** A command's answer: the events it recorded and the sequence number of the last one. */
export const commandAnswerSchema = z.strictObject({
  seq: z.number().int().nonnegative(),
  events: z.array(domainEventSchema),
});
export type CommandAnswer = z.infer<typeof commandAnswerSchema>;

/** The header that makes a retried command safe. */
export const idempotencyKeyHeader = 'idempotency-key';
export const idempotencyKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_.:-]{8,128}$/, '8 to 128 letters, digits or _ . : - (a UUID fits)');
