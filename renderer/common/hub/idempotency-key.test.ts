import { describe, expect, it } from 'vitest';
import { idempotencyKeySchema } from '../../../shared/contracts/commands';
import { newIdempotencyKey } from './idempotency-key';

describe('newIdempotencyKey', () => {
  it('makes a fresh key the hub accepts, each time', () => {
    const keys = Array.from({ length: 200 }, () => newIdempotencyKey());
    for (const key of keys) {
      expect(key).toMatch(/^[0-9a-f]{32}$/);
      expect(idempotencyKeySchema.safeParse(key).success).toBe(true);
    }
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('needs no secure context (no crypto.randomUUID on a plain-HTTP page)', () => {
    const { randomUUID } = crypto;
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{32}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: randomUUID, configurable: true });
    }
  });
});
