import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { DeviceHostStartError, isLoopbackHostHeader } from './loopback';

// Who may use the device host: a request addressed to loopback, from no browser page or
// from an allowed kiosk origin, carrying the run's bearer token. The token is what stops
// another page (or another local program) from printing; the origin check is what lets
// the browser hand the answers to the kiosk page (CORS).

export type Verdict =
  | { ok: true; origin: string | null }
  | { ok: false; status: 401 | 403; code: 'unauthorized' | 'forbidden'; message: string };

/** Checks and normalises configured origins: `http(s)://host[:port]`, nothing after it. */
export function normalizeOrigins(origins: readonly string[]): string[] {
  return origins.map((origin) => {
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new DeviceHostStartError(`allowed origin ${JSON.stringify(origin)} is not a URL`);
    }
    if (!['http:', 'https:'].includes(url.protocol) || url.origin !== origin.replace(/\/$/, ''))
      throw new DeviceHostStartError(
        `allowed origin ${JSON.stringify(origin)} must be scheme://host[:port] only, e.g. http://127.0.0.1:8080`,
      );
    return url.origin;
  });
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

export class RequestGuard {
  private readonly origins: Set<string>;
  private readonly tokenDigest: Buffer;

  constructor(
    token: string,
    allowedOrigins: readonly string[],
    private readonly port: () => number,
  ) {
    this.origins = new Set(normalizeOrigins(allowedOrigins));
    this.tokenDigest = digest(token);
  }

  /** Host and origin, for every request including CORS preflights. */
  checkSource(headers: IncomingHttpHeaders): Verdict {
    if (!isLoopbackHostHeader(headers.host, this.port()))
      return {
        ok: false,
        status: 403,
        code: 'forbidden',
        message: `requests must be addressed to this device host on loopback, not ${JSON.stringify(headers.host ?? '')}`,
      };
    const origin = headers.origin;
    if (origin === undefined) return { ok: true, origin: null };
    if (!this.origins.has(origin))
      return {
        ok: false,
        status: 403,
        code: 'forbidden',
        message: `pages from ${JSON.stringify(origin.slice(0, 100))} may not use this machine's devices`,
      };
    return { ok: true, origin };
  }

  /** The bearer token, from the Authorization header or (for EventSource) the given fallback. */
  checkToken(headers: IncomingHttpHeaders, fallback?: string | null): Verdict {
    const header = headers.authorization;
    const presented = header?.startsWith('Bearer ') ? header.slice(7) : (fallback ?? null);
    if (presented === null)
      return {
        ok: false,
        status: 401,
        code: 'unauthorized',
        message: "no token: send 'Authorization: Bearer <token>' with the token of this run",
      };
    if (!timingSafeEqual(digest(presented), this.tokenDigest))
      return {
        ok: false,
        status: 401,
        code: 'unauthorized',
        message:
          'wrong token: the device host makes a new one each time it starts; reload the page from its link',
      };
    return { ok: true, origin: null };
  }

  /** The CORS headers that let an allowed page read the answer. */
  static corsHeaders(origin: string): Record<string, string> {
    return { 'access-control-allow-origin': origin, vary: 'Origin' };
  }
}
