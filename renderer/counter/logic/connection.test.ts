import { describe, expect, it } from 'vitest';
import { linkState, OFFLINE_AFTER_ATTEMPTS } from './connection';

describe('the link state shown to the agent', () => {
  it('is live only when the stream is', () => {
    expect(linkState('live', 0, true)).toBe('live');
    expect(linkState('connecting', 0, true)).toBe('connecting');
    expect(linkState('reconnecting', 1, true)).toBe('reconnecting');
  });

  it('says offline after several failed attempts, or at once when the browser has no network', () => {
    expect(linkState('reconnecting', OFFLINE_AFTER_ATTEMPTS - 1, true)).toBe('reconnecting');
    expect(linkState('reconnecting', OFFLINE_AFTER_ATTEMPTS, true)).toBe('offline');
    expect(linkState('connecting', OFFLINE_AFTER_ATTEMPTS, true)).toBe('offline');
    expect(linkState('reconnecting', 0, false)).toBe('offline');
  });

  it('ends when the hub refused the session', () => {
    expect(linkState('refused', 0, true)).toBe('ended');
    expect(linkState('stopped', 0, true)).toBe('ended');
  });
});
