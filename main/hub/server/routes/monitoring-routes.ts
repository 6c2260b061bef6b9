import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { hubRoutes as routes, type RouteAnswers } from '../../../../shared/contracts/routes';
import { bearerToken } from '../../auth/authenticator';
import type { HubContext } from '../../hub-context';
import { healthDetails } from '../../monitoring/health-details';
import type { HubMetrics } from '../../monitoring/hub-metrics';
import { authorize } from '../authorize';

function holdsMonitoringToken(hub: HubContext, request: FastifyRequest): boolean {
  const expected = hub.settings.monitoring.token;
  if (!expected) return false;
  const given = Buffer.from(bearerToken(request.headers.authorization) ?? '');
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** The administrator, or the town's monitoring with its own token (which opens nothing else). */
function authorizeMonitoring(hub: HubContext, request: FastifyRequest, what: string): void {
  if (!holdsMonitoringToken(hub, request)) authorize(hub, request, routes.metrics.access, what);
}

/** GET /metrics and GET /api/v1/health/details, for IT's monitoring. */
export function registerMonitoringRoutes(
  app: FastifyInstance,
  hub: HubContext,
  metrics: HubMetrics,
  streamClients: () => number,
): void {
  app.get(routes.healthDetails.path, async (request): Promise<RouteAnswers['healthDetails']> => {
    authorizeMonitoring(hub, request, 'read the detailed health');
    return healthDetails(hub, streamClients());
  });
  app.get(routes.metrics.path, async (request, reply) => {
    authorizeMonitoring(hub, request, 'read the metrics');
    void reply.header('content-type', metrics.contentType);
    return metrics.render();
  });
}
