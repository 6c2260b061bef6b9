import { describe, expect, it } from 'vitest';
import { HubApiError } from '../../../shared/contracts/hub-client';
import { classifyHubFailure } from './hub-failure';
import { untilAnswered } from './retry';

const noWait = async () => {};

describe('classifyHubFailure', () => {
  it('tells a refusal from an unreachable hub and a refused token', () => {
    expect(
      classifyHubFailure(new HubApiError(409, 'closed', 'closed now', { nextOpening: 1 })),
    ).toMatchObject({
      kind: 'refused',
      code: 'closed',
      details: { nextOpening: 1 },
    });
    expect(classifyHubFailure(new HubApiError(503, 'unavailable', 'later')).kind).toBe(
      'unreachable',
    );
    expect(classifyHubFailure(new TypeError('fetch failed')).kind).toBe('unreachable');
    expect(classifyHubFailure(new HubApiError(401, 'token-revoked', 'revoked')).kind).toBe(
      'unauthorized',
    );
  });
});

describe('untilAnswered', () => {
  it('retries an unreachable hub with the same request until it answers', async () => {
    const keys: string[] = [];
    const key = 'idem-0001';
    let calls = 0;
    const retries: number[] = [];
    const outcome = await untilAnswered(
      async () => {
        keys.push(key);
        if (++calls < 3) throw new TypeError('fetch failed');
        return 'ticket A001';
      },
      { wait: noWait, onRetry: (_, attempt) => retries.push(attempt) },
    );
    expect(outcome).toEqual({ ok: true, value: 'ticket A001', attempts: 3 });
    expect(retries).toEqual([1, 2]);
    expect(new Set(keys)).toEqual(new Set([key]));
  });

  it('stops at a refusal', async () => {
    const outcome = await untilAnswered(
      async () => {
        throw new HubApiError(409, 'full', 'no more tickets');
      },
      { wait: noWait },
    );
    expect(outcome).toMatchObject({
      ok: false,
      failure: { kind: 'refused', code: 'full' },
      attempts: 1,
    });
  });

  it('is abandoned when its signal aborts', async () => {
    const controller = new AbortController();
    const outcome = await untilAnswered(
      async () => {
        controller.abort();
        throw new TypeError('fetch failed');
      },
      { signal: controller.signal, backoff: { baseMs: 10, capMs: 10 } },
    );
    expect(outcome).toEqual({ ok: false, abandoned: true, attempts: 1 });
  });
});
