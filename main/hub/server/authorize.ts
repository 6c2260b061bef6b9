import type { FastifyRequest } from 'fastify';
import type { HubRole } from '../../../shared/contracts/roles';
import { bearerToken } from '../auth/authenticator';
import type { Principal } from '../auth/principal';
import type { HubContext } from '../hub-context';
import { HubError } from './hub-error';

/** Authenticates the request's bearer token and checks its role may do `what`. */
export function authorize(
  hub: HubContext,
  request: FastifyRequest,
  roles: readonly HubRole[],
  what: string,
): Principal {
  const principal = hub.authenticator.authenticate(
    bearerToken(request.headers.authorization),
    hub.clock(),
  );
  if (!roles.includes(principal.role))
    throw new HubError(
      'forbidden',
      `a ${principal.role} may not ${what}: this needs the role ${roles.join(' or ')}`,
      { role: principal.role, allowed: [...roles] },
    );
  return principal;
}
