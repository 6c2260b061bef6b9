import { describe, expect, it } from 'vitest';
import { memoryVerdict, type MemorySample } from './memory-watch';

const limits = { softKb: 600_000, hardKb: 1_200_000, quietMs: 120_000 };
const now = 10_000_000;
const sample = (over: Partial<MemorySample>): MemorySample => ({
  privateKb: 300_000,
  now,
  lastInputAt: now - 1_000,
  busy: false,
  ...over,
});

describe('the memory watch', () => {
  it.each<[string, Partial<MemorySample>, ReturnType<typeof memoryVerdict>]>([
    ['under the soft limit', {}, 'fine'],
    ['over it while someone uses the screen', { privateKb: 700_000 }, 'reload-when-quiet'],
    [
      'over it during a visit, untouched',
      { privateKb: 700_000, lastInputAt: 0, busy: true },
      'reload-when-quiet',
    ],
    ['over it and quiet', { privateKb: 700_000, lastInputAt: now - 120_000 }, 'reload-now'],
    ['over the hard limit, even in use', { privateKb: 1_300_000, busy: true }, 'reload-now'],
  ])('%s', (_, over, verdict) => {
    expect(memoryVerdict(sample(over), limits)).toBe(verdict);
  });
});
