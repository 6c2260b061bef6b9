import { readFileSync } from 'node:fs';
import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

// One HTTP exchange with the central API over node:http(s): a keep-alive agent (trusting
// only the configured CA when one is given), a deadline covering the whole exchange, and
// a cap on the answer's size. Throws on network failure; any HTTP status is an answer.

export interface TransportOptions {
  baseUrl: string;
  /** PEM file of the CA(s) to trust instead of the system's. */
  caFile?: string;
  /** PEM text of the CA(s), when not read from a file. */
  ca?: string | Buffer;
  /** Deadline of one exchange, connection to last byte (default 15 s). */
  timeoutMs?: number;
  /** Largest answer read (default 16 MiB). */
  maxResponseBytes?: number;
}

export interface TransportRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
}

export interface TransportResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

const MAX_SOCKETS = 8;

class StaleSocketError extends Error {
  readonly code = 'ECONNRESET';
}

export interface Transport {
  send(request: TransportRequest): Promise<TransportResponse>;
  close(): void;
}

export function createTransport(options: TransportOptions): Transport {
  const base = new URL(options.baseUrl);
  const secure = base.protocol === 'https:';
  if (!secure && base.protocol !== 'http:')
    throw new Error(`The central API URL must be http(s)://, not ${options.baseUrl}`);
  const ca = options.ca ?? (options.caFile ? readCa(options.caFile) : undefined);
  if (ca !== undefined && !secure)
    throw new Error(`A CA is configured but ${options.baseUrl} is not https: use https://.`);
  const agent = secure
    ? new HttpsAgent({
        keepAlive: true,
        maxSockets: MAX_SOCKETS,
        ...(ca === undefined ? {} : { ca }),
      })
    : new HttpAgent({ keepAlive: true, maxSockets: MAX_SOCKETS });
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxBytes = options.maxResponseBytes ?? 16 * 1024 * 1024;
  const prefix = base.pathname.replace(/\/$/, '');

  // A keep-alive socket the server closed while it sat idle fails at once when reused
  // (Node's documented pattern): the request is sent again, and each stale socket is gone
  // after one try, so at most one more attempt than the pool holds reaches a fresh one.
  // Every request of this API is safe to repeat (GET, or POST with an Idempotency-Key).
  async function send(request: TransportRequest): Promise<TransportResponse> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await exchange(request);
      } catch (error) {
        if (!(error instanceof StaleSocketError) || attempt >= MAX_SOCKETS) throw error;
      }
    }
  }

  function exchange(request: TransportRequest): Promise<TransportResponse> {
    return new Promise((resolve, reject) => {
      const url = new URL(prefix + request.path, base);
      const body = request.body === undefined ? undefined : Buffer.from(request.body);
      const req = (secure ? httpsRequest : httpRequest)(url, {
        method: request.method,
        agent,
        headers: {
          ...request.headers,
          ...(body ? { 'content-length': String(body.length) } : {}),
        },
        ...(request.signal ? { signal: request.signal } : {}),
      });
      const timer = setTimeout(
        () => req.destroy(new TimeoutError(`No complete answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(error);
      };
      let answered = false;
      req.on('error', (error: NodeJS.ErrnoException) => {
        const stale = req.reusedSocket && !answered && error.code === 'ECONNRESET';
        fail(stale ? new StaleSocketError(error.message, { cause: error }) : error);
      });
      req.on('response', (res) => {
        answered = true;
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) req.destroy(new Error(`The answer exceeds ${maxBytes} bytes`));
          else chunks.push(chunk);
        });
        res.on('error', fail);
        res.on('aborted', () => fail(new Error('The connection closed mid-answer')));
        res.on('end', () => {
          clearTimeout(timer);
          if (!res.complete) return reject(new Error('The connection closed mid-answer'));
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      });
      req.end(body);
    });
  }

  return { send, close: () => agent.destroy() };
}

function readCa(file: string): Buffer {
  let pem: Buffer;
  try {
    pem = readFileSync(file);
  } catch (error) {
    throw new Error(
      `Cannot read the CA file ${file} (${(error as NodeJS.ErrnoException).code ?? 'error'}): give the path of a PEM file.`,
      { cause: error },
    );
  }
  if (!pem.includes('-----BEGIN CERTIFICATE-----'))
    throw new Error(`The CA file ${file} holds no PEM certificate (-----BEGIN CERTIFICATE-----).`);
  return pem;
}
