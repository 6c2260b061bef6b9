import { describe, expect, it } from 'vitest';
import type { ErrorBody } from '../../shared/central/error';
import { classifyNetworkError, classifyResponse } from './classify';

const now = Date.UTC(2025, 2, 14, 9, 0, 0);
const answer = (status: number, body: unknown = '', retryAfter?: string) =>
  classifyResponse(
    { status, retryAfter, body: typeof body === 'string' ? body : JSON.stringify(body) },
    now,
  );

describe('classifying answers', () => {
  it('retries server errors, timeouts and throttling, with their Retry-After', () => {
    expect(answer(500)).toMatchObject({ kind: 'retryable', reason: 'server-error', status: 500 });
    expect(answer(502, 'Bad gateway')).toMatchObject({
      kind: 'retryable',
      message: 'HTTP 502: Bad gateway',
    });
    expect(answer(408)).toMatchObject({ kind: 'retryable', reason: 'timeout' });
    expect(answer(429, '', '5')).toMatchObject({
      kind: 'retryable',
      reason: 'rate-limited',
      retryAfterMs: 5000,
    });
    expect(answer(503, '', 'Fri, 14 Mar 2025 09:01:00 GMT')).toMatchObject({
      kind: 'retryable',
      reason: 'unavailable',
      retryAfterMs: 60_000,
    });
    expect(answer(503)).not.toHaveProperty('retryAfterMs');
  });

  it('tells an in-progress key (409) from a failure', () => {
    expect(answer(409, '', '1')).toEqual({
      kind: 'conflict',
      status: 409,
      message: 'HTTP 409',
      retryAfterMs: 1000,
    });
  });

  it('sets poison apart, with the records the server named', () => {
    const body: ErrorBody = {
      error: {
        code: 'invalid-records',
        message: '1 record is invalid',
        records: [{ index: 3, visitId: 'v-3', issues: [{ path: 'endedAt', message: 'bad' }] }],
      },
    };
    expect(answer(422, body)).toEqual({
      kind: 'poison',
      status: 422,
      code: 'invalid-records',
      message: '1 record is invalid',
      rejected: body.error.records,
    });
    expect(answer(400, 'not json')).toMatchObject({
      kind: 'poison',
      code: 'http-400',
      rejected: [],
    });
    expect(answer(413)).toMatchObject({ kind: 'poison', status: 413 });
  });

  it('never quarantines on a token problem', () => {
    expect(answer(401)).toMatchObject({ kind: 'misconfigured', reason: 'unauthorized' });
    expect(answer(403)).toMatchObject({ kind: 'misconfigured', reason: 'forbidden' });
  });
});

describe('classifying network errors', () => {
  const error = (code: string, message = code) => Object.assign(new Error(message), { code });

  it('retries refused and reset connections and timeouts', () => {
    expect(classifyNetworkError(error('ECONNREFUSED'))).toMatchObject({
      kind: 'retryable',
      reason: 'network',
    });
    expect(classifyNetworkError(error('ECONNRESET', 'socket hang up'))).toMatchObject({
      kind: 'retryable',
      message: 'ECONNRESET: socket hang up',
    });
    expect(
      classifyNetworkError(Object.assign(new Error('late'), { name: 'TimeoutError' })),
    ).toMatchObject({
      reason: 'timeout',
    });
  });

  it('reports an untrusted certificate as a configuration problem', () => {
    expect(classifyNetworkError(error('SELF_SIGNED_CERT_IN_CHAIN'))).toMatchObject({
      kind: 'misconfigured',
      reason: 'tls',
    });
  });
});
