import { readFileSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import { hubRoutes } from '../../../shared/contracts/routes';
import { eventStreamPath } from '../../../shared/contracts/ws-messages';
import type { HubContext } from '../hub-context';
import { registerWebRoutes, type WebRoutesOptions } from '../web/web-routes';
import { installCors } from './cors';
import { installErrorHandling } from './error-handler';
import { registerAuthRoutes } from './routes/auth-routes';
import { registerCommandRoutes } from './routes/command-routes';
import { registerDeviceRoutes } from './routes/device-routes';
import { registerQueryRoutes } from './routes/query-routes';
import { registerSpeechRoutes } from './routes/speech-routes';
import { registerStatisticsRoutes } from './routes/statistics-routes';
import { registerSyncRoutes } from './routes/sync-routes';
import { registerMonitoringRoutes } from './routes/monitoring-routes';
import { createHubMetrics } from '../monitoring/hub-metrics';

/**
 * The hub's HTTP(S) server: Fastify for its routing, body limits and content-type
 * handling; bodies are validated by the contract's zod schemas in each route, so one
 * schema serves client and server alike.
 */
export function createApp(
  hub: HubContext,
  streamClients: () => number,
  web: Omit<WebRoutesOptions, 'tls' | 'siteName'>,
): FastifyInstance {
  const { tls, bodyLimitBytes } = hub.settings;
  const app = Fastify({
    bodyLimit: bodyLimitBytes,
    logger: false,
    // An unknown query string or header shape must not crash; keep routes exact.
    routerOptions: { ignoreTrailingSlash: true },
    ...(tls && { https: { cert: readFileSync(tls.cert), key: readFileSync(tls.key) } }),
  }) as unknown as FastifyInstance;
  // JSON only: a text body is refused as 415 rather than misread as a string.
  app.removeContentTypeParser('text/plain');
  installErrorHandling(app, bodyLimitBytes, hub.log);
  installCors(app, hub.settings.corsOrigins);
  app.addHook('onSend', async (_request, reply, payload) => {
    // API answers are never cached; the web routes set their own caching.
    if (!reply.hasHeader('cache-control')) void reply.header('cache-control', 'no-store');
    void reply.header('x-content-type-options', 'nosniff');
    return payload;
  });
  const routes: string[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat())
      if (method !== 'HEAD') routes.push(`${method} ${route.url}`);
  });
  registerAuthRoutes(app, hub);
  registerDeviceRoutes(app, hub);
  registerCommandRoutes(app, hub);
  registerQueryRoutes(app, hub, streamClients);
  registerSyncRoutes(app, hub);
  registerSpeechRoutes(app, hub);
  registerStatisticsRoutes(app, hub);
  const metrics = createHubMetrics(hub, streamClients);
  // Every API answer is counted and timed by its route pattern (never the raw URL).
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url;
    if (route?.startsWith('/api/'))
      metrics.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
  });
  registerMonitoringRoutes(app, hub, metrics, streamClients);
  routes.push(`GET ${eventStreamPath} (WebSocket)`);
  app.get(hubRoutes.index.path, async () => ({
    // The API and the metrics; not the web apps' pages.
    routes: [...routes]
      .filter((route) => route.includes(' /api/') || route === `GET ${hubRoutes.metrics.path}`)
      .sort(),
  }));
  registerWebRoutes(app, {
    ...web,
    tls: Boolean(tls),
    siteName: () => hub.authority.state.config?.site.name ?? null,
  });
  return app;
}
