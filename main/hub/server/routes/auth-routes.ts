import type { FastifyInstance } from 'fastify';
import {
  loginBodySchema,
  type loginAnswerSchema,
  type whoAmIAnswerSchema,
} from '../../../../shared/contracts/auth';
import { roleSchema } from '../../../../shared/contracts/roles';
import type { z } from 'zod';
import type { HubContext } from '../../hub-context';
import { authorize } from '../authorize';
import { HubError } from '../hub-error';
import { parseInput } from '../parse-input';

const everyone = roleSchema.options;

/** Agent login and logout, and "who am I" for any token. */
export function registerAuthRoutes(app: FastifyInstance, hub: HubContext): void {
  app.post('/api/v1/auth/login', async (request): Promise<z.infer<typeof loginAnswerSchema>> => {
    const body = parseInput(loginBodySchema, request.body);
    const { token, session } = await hub.login.login(
      { ...body, deviceId: null },
      request.ip,
      hub.clock,
    );
    hub.log(`agent ${session.agentId} logged in (${session.role}) from ${request.ip}`);
    return { token, agentId: session.agentId, role: session.role, expiresAt: session.expiresAt };
  });

  app.post('/api/v1/auth/logout', async (request, reply) => {
    const principal = authorize(hub, request, everyone, 'log out');
    if (principal.kind !== 'agent')
      throw new HubError(
        'forbidden',
        'a device does not log out: an administrator revokes it (POST /api/v1/devices/:id/revoke)',
      );
    hub.agents.closeSession(principal.token);
    hub.disconnect((p) => p.token === principal.token, 'logged out');
    return reply.code(204).send();
  });

  app.get('/api/v1/auth/me', async (request): Promise<z.infer<typeof whoAmIAnswerSchema>> => {
    const p = authorize(hub, request, everyone, 'ask who it is');
    return p.kind === 'device'
      ? {
          kind: 'device',
          role: p.role,
          deviceId: p.deviceId,
          agentId: null,
          label: p.label,
          expiresAt: null,
        }
      : {
          kind: 'agent',
          role: p.role,
          deviceId: p.deviceId,
          agentId: p.agentId,
          label: null,
          expiresAt: p.expiresAt,
        };
  });
}
