import { errorBodySchema } from '../../shared/central/error';
import type { CentralFailure } from './failure';
import { parseRetryAfter } from '../../shared/retry/backoff';

// Turns a failed exchange into a CentralFailure (see failure.ts for what each kind means).

export interface FailedResponse {
  status: number;
  retryAfter: string | undefined;
  body: string;
}

export function classifyResponse(response: FailedResponse, nowMs: number): CentralFailure {
  const { status } = response;
  const parsed = errorBodySchema.safeParse(safeJson(response.body));
  const error = parsed.success ? parsed.data.error : undefined;
  const message =
    error?.message ?? `HTTP ${status}${response.body ? `: ${response.body.slice(0, 200)}` : ''}`;
  const retryAfterMs = parseRetryAfter(response.retryAfter, nowMs);
  const wait = retryAfterMs === undefined ? {} : { retryAfterMs };

  if (status === 409) return { kind: 'conflict', status, message, ...wait };
  if (status === 408) return { kind: 'retryable', reason: 'timeout', status, message, ...wait };
  if (status === 429)
    return { kind: 'retryable', reason: 'rate-limited', status, message, ...wait };
  if (status === 503) return { kind: 'retryable', reason: 'unavailable', status, message, ...wait };
  if (status >= 500) return { kind: 'retryable', reason: 'server-error', status, message, ...wait };
  if (status === 401) return { kind: 'misconfigured', reason: 'unauthorized', status, message };
  if (status === 403) return { kind: 'misconfigured', reason: 'forbidden', status, message };
  if (status >= 400)
    return {
      kind: 'poison',
      status,
      code: error?.code ?? `http-${status}`,
      message,
      rejected: error?.records ?? [],
    };
  // 1xx/3xx where a 2xx was expected: the answer cannot be trusted, asking again is safe.
  return { kind: 'retryable', reason: 'bad-response', status, message };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

const tlsCodes = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** A request that got no HTTP answer at all. */
export function classifyNetworkError(error: unknown): CentralFailure {
  const { code, name, message } = error as { code?: string; name?: string; message?: string };
  const text = message ?? String(error);
  if (code && tlsCodes.has(code))
    return {
      kind: 'misconfigured',
      reason: 'tls',
      message: `The central API's certificate is not trusted (${code}): check the configured CA file and the server name.`,
    };
  if (code === 'ETIMEDOUT' || name === 'TimeoutError')
    return { kind: 'retryable', reason: 'timeout', message: text };
  if (name === 'AbortError' || code === 'ABORT_ERR')
    return { kind: 'retryable', reason: 'aborted', message: text };
  return { kind: 'retryable', reason: 'network', message: code ? `${code}: ${text}` : text };
}
