import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// `npm run simulate` as a person runs it: a real process on the real engine.

const exec = promisify(execFile);

function simulate(...args: string[]) {
  return exec(process.execPath, ['--import', 'tsx', 'main/cli/simulate.ts', ...args]).then(
    (done) => ({ code: 0, stdout: done.stdout, stderr: done.stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

describe('npm run simulate', () => {
  it("prints each day's figures, the same for the same seed", async () => {
    const first = await simulate('--days', '3', '--seed', '4');
    expect(first.code).toBe(0);
    const lines = first.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/visits\s+mean wait\s+p90 wait\s+within target\s+no-shows/u);
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^2026-03-02\s+quiet\s+\d+\s+[\d.]+ min\s+[\d.]+ min\s+\d+ %\s+\d+$/u);
    expect((await simulate('--days', '3', '--seed', '4')).stdout).toBe(first.stdout);
    expect((await simulate('--days', '1', '--profile', 'peak')).stdout).toMatch(/\speak\s/u);
  }, 60_000);

  it('refuses a bad option and says what to do', async () => {
    const bad = await simulate('--profile', 'holiday');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--profile holiday: one of quiet, normal, peak, counter-closing/u);
    expect(bad.stderr).toMatch(/usage: npm run simulate/u);
  }, 60_000);
});
