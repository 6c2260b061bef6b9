import { describe, expect, it } from 'vitest';
import {
  attemptPin,
  delayAfter,
  hashPin,
  noPinFailures,
  pinHashSchema,
  verifyPin,
} from './admin-pin';

const limits = { freeAttempts: 3, firstDelayMs: 30_000, maxDelayMs: 15 * 60_000 };

describe('the admin PIN', () => {
  it('is stored as a salted scrypt hash and checked against it', async () => {
    const hash = await hashPin('482913');
    expect(pinHashSchema.safeParse(hash).success).toBe(true);
    expect(hash).not.toContain('482913');
    expect(await hashPin('482913')).not.toBe(hash); // salted
    expect(await verifyPin('482913', hash)).toBe(true);
    expect(await verifyPin('482914', hash)).toBe(false);
    expect(await verifyPin('482913', 'plain-482913')).toBe(false);
    await expect(hashPin('1234')).rejects.toThrow(/6 to 12 digits/);
  });

  it.each([
    [0, 0],
    [2, 0],
    [3, 30_000],
    [4, 60_000],
    [6, 240_000],
    [9, 900_000],
    [50, 900_000],
  ])('after %i wrong attempts waits %i ms', (failures, ms) => {
    expect(delayAfter(failures, limits)).toBe(ms);
  });

  it('limits and slows the attempts, and does not even check a PIN typed during the wait', async () => {
    const hash = await hashPin('482913');
    let state = noPinFailures;
    let now = 1_000_000;
    for (let i = 1; i <= 2; i += 1) {
      const outcome = await attemptPin('000000', hash, state, now, limits);
      expect(outcome).toMatchObject({ ok: false, reason: 'wrong-pin', retryAt: now });
      state = outcome.state;
    }
    const third = await attemptPin('000000', hash, state, now, limits);
    expect(third).toMatchObject({ ok: false, reason: 'wrong-pin', retryAt: now + 30_000 });
    state = third.state;
    // The right PIN during the wait is refused too: guessing gains nothing by hurrying.
    now += 29_000;
    expect(await attemptPin('482913', hash, state, now, limits)).toMatchObject({
      ok: false,
      reason: 'wait',
      retryAt: now + 1_000,
    });
    now += 1_000;
    expect(await attemptPin('482913', hash, state, now, limits)).toEqual({
      ok: true,
      state: noPinFailures,
    });
  });
});
