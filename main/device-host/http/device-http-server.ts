import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import type { DeviceStatus } from '../../../shared/devices/status';
import { isDemoChannel } from '../../../shared/ipc/device-api';
import { failure } from '../../../shared/ipc/envelope';
import {
  deviceEventsPath,
  deviceHostBasePath,
  eventsTokenParam,
  lastEventIdParam,
} from '../../../shared/ipc/http-routes';
import type { DemoHandlers } from '../demo-handlers';
import type { DeviceEventSource } from '../device-events';
import type { DeviceHandlers } from '../device-handlers';
import { dispatch } from '../handler-table';
import { closeGracefully } from '../../http/close-gracefully';
import { SseEventStream } from './event-stream';
import { assertLoopbackBind } from './loopback';
import { RequestGuard } from './request-guard';

// The device host's HTTP transport (shared/ipc/http-routes.ts): the channels' handlers
// behind POST routes and the device events as Server-Sent Events, on loopback, for the
// allowed kiosk origins and the holder of the run's token.

export interface DeviceHttpServerOptions {
  handlers: DeviceHandlers;
  /** Served only when given: the demo and test controls. */
  demoHandlers?: DemoHandlers;
  events: DeviceEventSource;
  statuses: () => DeviceStatus[];
  token: string;
  allowedOrigins: readonly string[];
  host?: string;
  port?: number;
  bodyLimitBytes?: number;
  heartbeatMs?: number;
  log: (message: string) => void;
}

export interface DeviceHttpServer {
  url: string;
  port: number;
  /** Event streams open now (for tests and diagnostics). */
  streamCount(): number;
  close(): Promise<void>;
}

type Envelope = { ok: true } | { ok: false; error: { code: string; message: string } };

/** A handler's answer is 200 whatever it says, except a refused request and a bug. */
function statusOf(result: Envelope): number {
  if (result.ok) return 200;
  switch (result.error.code) {
    case 'invalid-request':
      return 400;
    case 'unknown-channel':
      return 404;
    case 'internal':
      return 500;
    default:
      return 200;
  }
}

function fromFastify(error: FastifyError, bodyLimit: number): { status: number; body: Envelope } {
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return {
        status: 413,
        body: failure('payload-too-large', `a request is at most ${bodyLimit} bytes`),
      };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return {
        status: 415,
        body: failure('unsupported-media-type', "send JSON with 'Content-Type: application/json'"),
      };
  }
  if ((error.statusCode ?? 500) < 500)
    return {
      status: 400,
      body: failure('invalid-request', `the request could not be read: ${error.message}`),
    };
  return { status: 500, body: failure('internal', 'the device host failed; it was logged') };
}

export async function startDeviceHttpServer(
  options: DeviceHttpServerOptions,
): Promise<DeviceHttpServer> {
  const host = options.host ?? '127.0.0.1';
  assertLoopbackBind(host);
  const bodyLimit = options.bodyLimitBytes ?? 64 * 1024;
  let port = 0;
  const guard = new RequestGuard(options.token, options.allowedOrigins, () => port);
  const stream = new SseEventStream({
    statuses: options.statuses,
    ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
  });
  const unsubscribe = options.events.subscribe((message) => stream.publish(message));

  const app = Fastify({ bodyLimit, logger: false, forceCloseConnections: true });
  app.removeContentTypeParser('text/plain');

  const refuse = (reply: FastifyReply, status: number, code: string, message: string) =>
    reply.code(status).send(failure(code, message));

  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    void reply.header('cache-control', 'no-store');
    const source = guard.checkSource(request.headers);
    if (!source.ok) return refuse(reply, source.status, source.code, source.message);
    if (source.origin) void reply.headers(RequestGuard.corsHeaders(source.origin));
    if (request.method === 'OPTIONS') return; // preflights carry no token
    const query = request.query as Record<string, unknown>;
    const fromQuery =
      request.url.startsWith(deviceEventsPath) && typeof query[eventsTokenParam] === 'string'
        ? query[eventsTokenParam]
        : null;
    const token = guard.checkToken(request.headers, fromQuery);
    if (!token.ok) return refuse(reply, token.status, token.code, token.message);
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const { status, body } = fromFastify(error, bodyLimit);
    if (status === 500)
      options.log(`device host: ${request.method} ${request.url}: ${error.stack ?? error.message}`);
    return reply.code(status).send(body);
  });
  app.setNotFoundHandler((request, reply) =>
    refuse(
      reply,
      404,
      'unknown-channel',
      `there is no ${request.method} ${request.url.split('?')[0]}: channels are POST ${deviceHostBasePath}/<domain:action>`,
    ),
  );

  app.options(`${deviceHostBasePath}/*`, async (request, reply) => {
    void reply.headers({
      'access-control-allow-methods': 'POST, GET',
      'access-control-allow-headers': 'authorization, content-type',
      'access-control-max-age': '600',
    });
    // Chromium asks before a page on the network calls loopback (Private Network Access).
    if (request.headers['access-control-request-private-network'] === 'true')
      void reply.header('access-control-allow-private-network', 'true');
    return reply.code(204).send();
  });

  app.post(`${deviceHostBasePath}/:channel`, async (request, reply) => {
    const { channel } = request.params as { channel: string };
    const result =
      isDemoChannel(channel) && options.demoHandlers
        ? await dispatch(options.demoHandlers, channel, request.body)
        : await dispatch(options.handlers, channel, request.body);
    return reply.code(statusOf(result)).send(result);
  });

  app.get(deviceEventsPath, (request, reply) => {
    if (stream.full)
      return refuse(reply, 503, 'unavailable', 'too many event streams are open; close one');
    const query = request.query as Record<string, unknown>;
    const header = request.headers['last-event-id'];
    const lastEventId =
      typeof header === 'string'
        ? header
        : typeof query[lastEventIdParam] === 'string'
          ? query[lastEventIdParam]
          : null;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(reply.getHeaders()))
      if (typeof value === 'string') headers[name] = value;
    reply.hijack();
    stream.accept(reply.raw, headers, lastEventId);
  });

  try {
    await app.listen({ host, port: options.port ?? 0 });
  } catch (error) {
    unsubscribe();
    stream.close();
    throw error;
  }
  port = (app.server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;

  return {
    url: `http://${shown}:${port}`,
    port,
    streamCount: () => stream.clientCount,
    async close() {
      unsubscribe();
      stream.close();
      await closeGracefully(app);
    },
  };
}
