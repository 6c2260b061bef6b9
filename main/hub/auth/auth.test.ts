import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';
import { FailureLimiter } from './failure-limiter';
import { newEnrolmentCode, normaliseEnrolmentCode } from './secrets';

const cheap = { N: 1024, r: 8, p: 1, keyLength: 32 };

describe('passwords', () => {
  it('verifies the right password only, with a fresh salt each time', async () => {
    const a = await hashPassword('correct horse', cheap);
    const b = await hashPassword('correct horse', cheap);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(await verifyPassword('correct horse', a)).toBe(true);
    expect(await verifyPassword('correct hors', a)).toBe(false);
  });

  it('treats composed and decomposed accents alike', async () => {
    const stored = await hashPassword('été', cheap);
    expect(await verifyPassword('e\u0301te\u0301', stored)).toBe(true);
  });
});

describe('FailureLimiter', () => {
  it('blocks after the limit until the oldest failure leaves the window', () => {
    const limiter = new FailureLimiter(3, 1000);
    limiter.fail('k', 0);
    limiter.fail('k', 100);
    expect(limiter.retryAfter('k', 200)).toBe(0);
    limiter.fail('k', 200);
    expect(limiter.retryAfter('k', 300)).toBe(700);
    expect(limiter.retryAfter('other', 300)).toBe(0);
    expect(limiter.retryAfter('k', 1000)).toBe(0);
    limiter.reset('k');
    expect(limiter.retryAfter('k', 300)).toBe(0);
  });
});

describe('enrolment codes', () => {
  it('are readable and survive sloppy typing', () => {
    const code = newEnrolmentCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(normaliseEnrolmentCode(code.toLowerCase().replace('-', ' '))).toBe(code);
    expect(normaliseEnrolmentCode('ab0o1-ilxyz')).toBe('AB001-11XYZ');
  });
});
