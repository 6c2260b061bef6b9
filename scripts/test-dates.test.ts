import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fakeClockEnv, moments, parseArgs, siteTimeToUtc } from './test-dates';

describe('the date sweep', () => {
  it('turns site time into UTC on both sides of each DST change', () => {
    expect(siteTimeToUtc('2026-12-31T23:55').toISOString()).toBe('2026-12-31T22:55:00.000Z');
    expect(siteTimeToUtc('2027-08-15T10:00').toISOString()).toBe('2027-08-15T08:00:00.000Z');
    // 01:55 is still winter time; 02:55 on the autumn day is the first (summer) 02:55.
    expect(siteTimeToUtc('2027-03-28T01:55').toISOString()).toBe('2027-03-28T00:55:00.000Z');
    expect(siteTimeToUtc('2027-10-31T02:55').toISOString()).toBe('2027-10-31T00:55:00.000Z');
  });

  it('visits every moment the foundation issue names', () => {
    const days = moments.map((m) => m.at.slice(5, 10));
    for (const day of ['02-02', '08-15', '12-02', '02-29', '12-31', '03-28', '10-31'])
      expect(days).toContain(day);
    expect(moments.map((m) => m.at.slice(11))).toEqual(expect.arrayContaining(['08:29', '17:59']));
    expect(new Set(moments.map((m) => m.name)).size).toBe(moments.length);
  });

  it('refuses an unknown moment or suite and names the valid ones', () => {
    expect(() => parseArgs(['--only', 'someday'])).toThrow(/unknown moment someday; moments: /u);
    expect(() => parseArgs(['--suite', 'jest'])).toThrow(/unknown suite jest/u);
    expect(parseArgs(['--only', 'leap-day', '--suite', 'vitest'])).toEqual([
      { moment: 'leap-day', suite: 'vitest' },
    ]);
    expect(
      parseArgs([
        '--only',
        'sunday',
        '--suite',
        'playwright',
        '--files',
        'e2e/a.spec.ts,e2e/b.spec.ts',
      ]),
    ).toEqual([
      { moment: 'sunday', suite: 'playwright', files: ['e2e/a.spec.ts', 'e2e/b.spec.ts'] },
    ]);
    for (const run of parseArgs(['--quick']))
      expect(moments.map((m) => m.name)).toContain(run.moment);
  });

  it('really moves a child process clock there, and lets it tick', () => {
    const at = siteTimeToUtc('2026-12-31T23:55');
    const child = spawnSync(
      process.execPath,
      ['-e', 'const a = Date.now(); setTimeout(() => console.log(a, Date.now()), 200)'],
      { env: { ...process.env, ...fakeClockEnv(at) }, encoding: 'utf8' },
    );
    const [first = NaN, second = NaN] = child.stdout.trim().split(' ').map(Number);
    expect(Math.abs(first - at.getTime())).toBeLessThan(60_000);
    expect(second).toBeGreaterThan(first);
  });
});
