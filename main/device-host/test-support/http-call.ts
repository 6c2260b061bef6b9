import { request } from 'node:http';
import { channelPath } from '../../../shared/ipc/http-routes';

// A raw HTTP exchange with full control of the headers (Host and Origin included, which
// fetch would set itself), for the device host's transport tests.

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  text: string;
}

export function httpCall(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'POST', headers: options.headers ?? {} });
    req.on('response', (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          body = null;
        }
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body, text });
      });
      response.on('error', reject);
    });
    // A refused request may be answered before its body is read: that is not a failure here.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    req.end(options.body);
  });
}

/** POSTs a JSON request to a channel with the token (and any extra headers). */
export function callChannel(
  base: string,
  channel: string,
  body: unknown,
  token: string | null,
  headers: Record<string, string> = {},
): Promise<RawAnswer> {
  return httpCall(`${base}${channelPath(channel)}`, {
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: JSON.stringify(body),
  });
}
