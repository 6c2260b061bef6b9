import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import {
  type appointmentsLoadBodySchema,
  commandBodySchema,
  commandPath,
  commandRolesOverHttp,
  commandTypes,
  idempotencyKeyHeader,
  idempotencyKeySchema,
  toCommand,
} from '../../../../shared/contracts/commands';
import type { CommandType } from '../../../../shared/engine';
import { bearerToken } from '../../auth/authenticator';
import { actorOf, scopeOf } from '../../auth/principal';
import type { IdempotencyClaim } from '../../core/queue-authority';
import { keepVisitors, type AppointmentVisitor } from '../../core/visitors';
import type { HubContext } from '../../hub-context';
import { authorize } from '../authorize';
import { HubError } from '../hub-error';
import { canonicalJson, parseInput } from '../parse-input';

/** `POST /api/v1/<domain>/<action>` for every engine command, through the one command path. */
export function registerCommandRoutes(app: FastifyInstance, hub: HubContext): void {
  for (const type of commandTypes) {
    const roles = commandRolesOverHttp(type);
    const schema = commandBodySchema(type);
    if (roles.length === 0) {
      app.post(commandPath(type), async (request) => {
        hub.authenticator.authenticate(bearerToken(request.headers.authorization), hub.clock());
        throw new HubError(
          'forbidden',
          `only the hub itself sends ${type}: it raises, clears and escalates its condition alerts by itself`,
          { command: type },
        );
      });
      continue;
    }
    app.post(commandPath(type), async (request, reply) => {
      const principal = authorize(hub, request, roles, `send ${type}`);
      const parsed = parseInput(schema, request.body);
      const { body, visitors } = splitPersonalData(type, parsed);
      const idempotency = claimOf(request.headers[idempotencyKeyHeader], type, request.body);
      const outcome = await hub.authority
        .submit({
          command: toCommand(type, body),
          actor: actorOf(principal),
          ...(idempotency && {
            idempotency: { ...idempotency, scope: scopeOf(principal) },
          }),
          ...(visitors.length > 0 && {
            alsoOnCommit: () =>
              keepVisitors(hub.personal, visitors, hub.clock(), hub.settings.retentionDays),
          }),
        })
        .catch((error: unknown) => {
          hub.log(`could not record ${type}: ${String(error)}`);
          throw new HubError(
            'unavailable',
            'the hub could not record this on disk, so nothing was done: retry in a moment, and tell IT if it persists',
          );
        });
      if (outcome.replayed) void reply.header('idempotency-replayed', 'true');
      return reply.code(outcome.status).send(outcome.body);
    });
  }
}

function claimOf(
  header: string | string[] | undefined,
  type: CommandType,
  body: unknown,
): Omit<IdempotencyClaim, 'scope'> | undefined {
  if (header === undefined) return undefined;
  const key = parseInput(idempotencyKeySchema, header, 'Idempotency-Key header');
  const requestHash = createHash('sha256')
    .update(`${type}\n${canonicalJson(body ?? null)}`)
    .digest('hex');
  return { key, requestHash };
}

/** Visitors' names and phones stay in the hub's own table; the engine never sees them. */
function splitPersonalData(
  type: CommandType,
  parsed: unknown,
): { body: unknown; visitors: AppointmentVisitor[] } {
  if (type !== 'appointments:load') return { body: parsed, visitors: [] };
  const load = parsed as ReturnType<typeof appointmentsLoadBodySchema.parse>;
  const visitors = load.appointments.flatMap(({ id, start, visitor }) =>
    visitor ? [{ id, start, visitor }] : [],
  );
  const appointments = load.appointments.map(
    ({ visitor: _visitor, ...appointment }) => appointment,
  );
  return { body: { ...load, appointments }, visitors };
}
