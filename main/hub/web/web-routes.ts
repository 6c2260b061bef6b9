import { createReadStream } from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorBody } from '../../../shared/contracts/errors';
import { contentTypeOf, isHashedAsset } from './content-types';
import { webSecurityHeaders } from './security-headers';
import type { WebFiles } from './web-files';
import { homePage, notBuiltPage } from './web-pages';

export interface WebRoutesOptions {
  files: WebFiles;
  tls: boolean;
  /** Origins of the loopback device host the kiosk page may call (read at each request). */
  deviceHostOrigins: () => readonly string[];
  siteName: () => string | null;
}

/**
 * Serves the built web apps beside the API: `GET /` lists them, every other path that is
 * not under `/api/` is a file of `dist/web` (see WebFiles). Hashed assets are cached for
 * a year, pages are revalidated each time.
 */
export function registerWebRoutes(app: FastifyInstance, options: WebRoutesOptions): void {
  const { files } = options;
  const headers = (request: FastifyRequest) =>
    webSecurityHeaders({
      host: request.headers.host,
      tls: options.tls,
      deviceHostOrigins: options.deviceHostOrigins(),
    });
  const html = (reply: FastifyReply, status: number, text: string) =>
    reply
      .code(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-cache')
      .send(text);

  app.get('/', async (request, reply) => {
    void reply.headers(headers(request));
    const apps = files.apps();
    return html(reply, apps.length > 0 ? 200 : 503, homePage(options.siteName(), apps));
  });

  app.get('/*', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (path === '/api' || path.startsWith('/api/'))
      return reply
        .code(404)
        .send(
          errorBody('route-not-found', `there is no GET ${path}: GET /api/v1 lists the routes`),
        );
    void reply.headers(headers(request));
    const found = files.resolve(path);
    switch (found.kind) {
      case 'bad-path':
        return reply.code(400).type('text/plain; charset=utf-8').send('bad path\n');
      case 'not-found':
        return reply.code(404).type('text/plain; charset=utf-8').send('not found\n');
      case 'not-built':
        return html(reply, 503, notBuiltPage(found.app));
      case 'redirect':
        return reply.code(301).header('location', found.location).send();
      case 'file': {
        const { file, stats } = found;
        const etag = `W/"${stats.size.toString(16)}-${Math.floor(stats.mtimeMs).toString(16)}"`;
        void reply
          .header('etag', etag)
          .header(
            'cache-control',
            isHashedAsset(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
          );
        if (request.headers['if-none-match'] === etag) return reply.code(304).send();
        return reply
          .header('content-type', contentTypeOf(file))
          .header('content-length', String(stats.size))
          .send(createReadStream(file));
      }
    }
  });
}
