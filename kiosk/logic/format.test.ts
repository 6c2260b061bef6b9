import { describe, expect, it } from 'vitest';
import { formatDay, formatTime } from './format';

describe('formatTime and formatDay', () => {
  it('keep Latin digits in Arabic, like ticket numbers', () => {
    const at = Date.UTC(2026, 10, 22, 9, 5);
    expect(formatTime(at, 'ar', 'UTC')).toMatch(/09:05/);
    expect(formatTime(at, 'fr', 'UTC')).toBe('09:05');
  });

  it('write a date in words whatever the machine’s time zone', () => {
    expect(formatDay('2026-11-23', 'fr')).toBe('lundi 23 novembre');
    expect(formatDay('not a date', 'fr')).toBe('not a date');
  });
});
