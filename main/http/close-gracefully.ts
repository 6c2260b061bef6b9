import type { FastifyInstance } from 'fastify';

/** How long answers in flight get to finish when a server stops. */
export const closeGraceMs = 2_000;

/**
 * Stops a Fastify server (the hub, the device host): stops listening, lets requests in
 * flight finish, then closes whatever is still open. A browser's pre-opened connection
 * that never sends a request would otherwise hold the stop for Node's headers timeout
 * (a minute).
 */
export async function closeGracefully(app: FastifyInstance, graceMs = closeGraceMs): Promise<void> {
  const force = setTimeout(() => app.server.closeAllConnections(), graceMs);
  try {
    await app.close();
  } finally {
    clearTimeout(force);
  }
}
