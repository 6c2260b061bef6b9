import { readFile } from 'node:fs/promises';
import { contentTypeOf } from '../../hub/web/content-types';
import { webSecurityHeaders } from '../../hub/web/security-headers';
import type { WebFiles } from '../../hub/web/web-files';
import { builtInPages } from './app-pages';
import { appHost, appScheme } from './app-origin';

// The app's pages come through its own privileged scheme, `app://accueil/<app>/…`, never
// `file://` (which would give every page the whole disk as its origin). The files are the
// hub's built web apps (dist/web) resolved by the hub's own WebFiles (no "..", no encoded
// slash, no symlink out) and sent with the hub's own security headers, its CSP allowing
// connections to the configured hub only. Standard Request and Response, as Electron's
// `protocol.handle` passes and expects them.

export { appHost, appOrigin, appScheme } from './app-origin';

export interface AppFilesOptions {
  files: WebFiles;
  /** The hub the pages talk to, e.g. `https://accueil.mairie.local:8443`. */
  hubOrigin: string;
}

function text(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
  });
}

export function appSecurityHeaders(hubOrigin: string): Record<string, string> {
  const hub = new URL(hubOrigin);
  return webSecurityHeaders({
    host: hub.host,
    tls: hub.protocol === 'https:',
    // The policy's extra connect-src origins: here the hub, which is not the page's origin.
    deviceHostOrigins: [hub.origin],
  });
}

export function createAppFileHandler({ files, hubOrigin }: AppFilesOptions) {
  const headers = appSecurityHeaders(hubOrigin);
  return async (request: Request): Promise<Response> => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return text(400, 'not a URL', headers);
    }
    if (url.protocol !== `${appScheme}:` || url.host.toLowerCase() !== appHost)
      return text(404, 'not an app address', headers);
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return text(405, 'the app files are read-only', { ...headers, allow: 'GET, HEAD' });
    const builtIn = builtInPages[url.pathname];
    if (builtIn !== undefined)
      return new Response(request.method === 'HEAD' ? null : builtIn, {
        status: 200,
        headers: { ...headers, 'content-type': 'text/html; charset=utf-8' },
      });
    const found = files.resolve(url.pathname);
    switch (found.kind) {
      case 'file': {
        const body = request.method === 'HEAD' ? null : await readFile(found.file);
        return new Response(body, {
          status: 200,
          headers: { ...headers, 'content-type': contentTypeOf(found.file) },
        });
      }
      case 'redirect':
        return new Response(null, {
          status: 308,
          headers: { ...headers, location: found.location },
        });
      case 'bad-path':
        return text(400, 'this path is refused', headers);
      case 'not-built':
        return text(
          404,
          `the ${found.app ?? 'web'} app is not built: build the web apps (npx vite build) into dist/web`,
          headers,
        );
      case 'not-found':
        return text(404, 'no such file', headers);
    }
  };
}
