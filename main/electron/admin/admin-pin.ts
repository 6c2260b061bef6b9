import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';

// The admin PIN, the only way out of kiosk mode, is stored as a scrypt hash
// (`scrypt$N$r$p$salt$hash`, base64url), compared in constant time; wrong attempts are
// limited and slowed by PinAttempts.

export const adminPinSchema = z.string().regex(/^\d{6,12}$/, 'an admin PIN is 6 to 12 digits');

const cost = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_BYTES = 32;

export const pinHashSchema = z
  .string()
  .regex(
    /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9_-]{16,}\$[A-Za-z0-9_-]{43}$/,
    'a PIN hash as written by hashPin',
  );

function derive(pin: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(pin.normalize('NFKC'), salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPin(pin: string): Promise<string> {
  const checked = adminPinSchema.parse(pin);
  const salt = randomBytes(16);
  const key = await derive(checked, salt, cost);
  return [
    'scrypt',
    cost.N,
    cost.r,
    cost.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

export async function verifyPin(pin: string, stored: string): Promise<boolean> {
  if (!pinHashSchema.safeParse(stored).success) return false;
  const [, n, r, p, salt, hash] = stored.split('$') as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  const expected = Buffer.from(hash, 'base64url');
  const N = Number(n);
  const options = {
    N,
    r: Number(r),
    p: Number(p),
    maxmem: Math.max(cost.maxmem, 256 * N * Number(r)),
  };
  const key = await derive(pin, Buffer.from(salt, 'base64url'), options);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

export interface PinLimits {
  /** Wrong attempts allowed before each further one must wait. */
  freeAttempts: number;
  /** The first wait; it doubles with each further wrong attempt. */
  firstDelayMs: number;
  maxDelayMs: number;
}

export const defaultPinLimits: PinLimits = {
  freeAttempts: 3,
  firstDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
};

/** Kept in the device configuration, so a restart does not reset the count. */
export interface PinAttemptState {
  failures: number;
  /** No attempt is checked before this instant. */
  notBefore: number;
}

export const noPinFailures: PinAttemptState = { failures: 0, notBefore: 0 };

export type PinOutcome =
  | { ok: true; state: PinAttemptState }
  | { ok: false; reason: 'wrong-pin' | 'wait'; retryAt: number; state: PinAttemptState };

/** The wait imposed after `failures` wrong attempts. */
export function delayAfter(failures: number, limits = defaultPinLimits): number {
  if (failures < limits.freeAttempts) return 0;
  const doublings = Math.min(failures - limits.freeAttempts, 30);
  return Math.min(limits.maxDelayMs, limits.firstDelayMs * 2 ** doublings);
}

/**
 * Checks a PIN against the stored hash, unless the previous failures impose a wait; a
 * PIN typed during the wait is not even checked (so guessing gains nothing).
 */
export async function attemptPin(
  pin: string,
  stored: string,
  state: PinAttemptState,
  now: number,
  limits = defaultPinLimits,
): Promise<PinOutcome> {
  if (now < state.notBefore) return { ok: false, reason: 'wait', retryAt: state.notBefore, state };
  if (await verifyPin(pin, stored)) return { ok: true, state: noPinFailures };
  const failures = state.failures + 1;
  const notBefore = now + delayAfter(failures, limits);
  return { ok: false, reason: 'wrong-pin', retryAt: notBefore, state: { failures, notBefore } };
}
