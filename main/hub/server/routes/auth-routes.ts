import type { FastifyInstance } from 'fastify';
import { loginBodySchema } from '../../../../shared/contracts/auth';
import { hubRoutes, type RouteAnswers } from '../../../../shared/contracts/routes';
import type { HubContext } from '../../hub-context';
import { authorize } from '../authorize';
import { HubError } from '../hub-error';
import { parseInput } from '../parse-input';

/** Agent login and logout, and "who am I" for any token. */
export function registerAuthRoutes(app: FastifyInstance, hub: HubContext): void {
  const { login, logout, whoAmI } = hubRoutes;

  app.post(login.path, async (request): Promise<RouteAnswers['login']> => {
    const body = parseInput(loginBodySchema, request.body);
    const { token, session } = await hub.login.login(
      { ...body, deviceId: null },
      request.ip,
      hub.clock,
    );
    hub.log(`agent ${session.agentId} logged in (${session.role}) from ${request.ip}`);
    return { token, agentId: session.agentId, role: session.role, expiresAt: session.expiresAt };
  });

  app.post(logout.path, async (request, reply) => {
    const principal = authorize(hub, request, logout.access, 'log out');
    if (principal.kind !== 'agent')
      throw new HubError(
        'forbidden',
        'a device does not log out: an administrator revokes it (POST /api/v1/devices/:id/revoke)',
      );
    hub.agents.closeSession(principal.token);
    hub.disconnect((p) => p.token === principal.token, 'logged out');
    return reply.code(204).send();
  });

  app.get(whoAmI.path, async (request): Promise<RouteAnswers['whoAmI']> => {
    const p = authorize(hub, request, whoAmI.access, 'ask who it is');
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
