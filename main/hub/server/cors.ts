import type { FastifyInstance, FastifyReply } from 'fastify';
import { errorBody } from '../../../shared/contracts/errors';

// Pages the hub serves itself call it from its own origin. The desktop app's pages come
// from `app://accueil` (its privileged scheme) and call the hub at its https origin: a
// cross-origin call, answered with CORS for the origins of the allowlist
// (`corsOrigins` in the hub settings) and for no other.

const allowMethods = 'GET, POST, PUT, PATCH, DELETE';
const allowHeaders = 'authorization, content-type, idempotency-key, last-event-id';
// Read by the apps: a refusal's wait before retrying, an export's file name.
const exposeHeaders = 'retry-after, content-disposition';

function allowOrigin(reply: FastifyReply, origin: string): void {
  void reply.header('access-control-allow-origin', origin);
  void reply.header('vary', 'Origin');
}

export function installCors(app: FastifyInstance, allowedOrigins: readonly string[]): void {
  const allowed = new Set(allowedOrigins);
  app.addHook('onRequest', async (request, reply) => {
    const origin = request.headers.origin;
    if (!origin) return;
    const preflight =
      request.method === 'OPTIONS' && request.headers['access-control-request-method'];
    if (!allowed.has(origin)) {
      if (!preflight) return; // same-origin pages send Origin too; other origins get no CORS
      return reply
        .code(403)
        .send(
          errorBody(
            'forbidden',
            `pages from ${origin.slice(0, 100)} may not call this hub: add the origin to the hub settings' corsOrigins if it is one of the site's apps`,
          ),
        );
    }
    allowOrigin(reply, origin);
    void reply.header('access-control-expose-headers', exposeHeaders);
    if (!preflight) return;
    return reply
      .code(204)
      .header('access-control-allow-methods', allowMethods)
      .header('access-control-allow-headers', allowHeaders)
      .header('access-control-max-age', '600')
      .send();
  });
}
