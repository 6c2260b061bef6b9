import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A bearer token: 256 random bits, URL-safe. Only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

// Crockford's base32 without I, L, O, U: easy to read aloud and type on a kiosk keypad.
const codeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A one-time enrolment code such as `K7QX2-9M2PA` (50 random bits). */
export function newEnrolmentCode(): string {
  let code = '';
  for (let i = 0; i < 10; i++) code += codeAlphabet[randomInt(codeAlphabet.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/** Accepts what a person types: lower case, spaces or dashes, O for 0, I/L for 1. */
export function normaliseEnrolmentCode(input: string): string {
  const plain = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return plain.length === 10 ? `${plain.slice(0, 5)}-${plain.slice(5)}` : plain;
}
