import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, uptime } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirBusyError, dataDirOwner, lockDataDir, lockFileName } from './data-dir-lock';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'accueil-lock-'));
  dirs.push(dir);
  return dir;
};
// When the machine booted, as the lock computes it (epoch seconds).
const bootedAt = (offsetSeconds = 0) => Math.round(Date.now() / 1000 - uptime()) + offsetSeconds;

describe('the data folder lock', () => {
  it('is refused while another live process holds it, and taken over once it has ended', async () => {
    const dir = freshDir();
    const other = spawn('sleep', ['30']);
    const pid = other.pid ?? 0;
    writeFileSync(
      join(dir, lockFileName),
      JSON.stringify({ pid, startedAt: '2026-03-02T08:00:00.000Z', bootedAt: bootedAt() }),
    );
    expect(dataDirOwner(dir)).toMatchObject({ pid });
    expect(() => lockDataDir(dir)).toThrow(DataDirBusyError);
    expect(() => lockDataDir(dir)).toThrow(/in use by a running hub \(process \d+, started 2026/u);
    const ended = new Promise((resolve) => other.once('exit', resolve));
    other.kill('SIGKILL');
    await ended;
    expect(dataDirOwner(dir)).toBeNull();
    const lock = lockDataDir(dir);
    expect(existsSync(join(dir, lockFileName))).toBe(true);
    lock.release();
    lock.release();
    expect(existsSync(join(dir, lockFileName))).toBe(false);
  });

  it('ignores a lock written before the machine restarted, whatever process has its pid now', () => {
    const dir = freshDir();
    // Our parent is alive; a lock naming it but from another boot is stale.
    writeFileSync(
      join(dir, lockFileName),
      JSON.stringify({ pid: process.ppid, startedAt: 'x', bootedAt: bootedAt(-3600) }),
    );
    expect(dataDirOwner(dir)).toBeNull();
    writeFileSync(join(dir, lockFileName), '{"pid": 12');
    expect(dataDirOwner(dir)).toBeNull();
    lockDataDir(dir).release();
  });

  it('leaves alone a lock a later hub took over', () => {
    const dir = freshDir();
    const lock = lockDataDir(dir);
    writeFileSync(join(dir, lockFileName), JSON.stringify({ pid: process.ppid, startedAt: 'y' }));
    lock.release();
    expect(existsSync(join(dir, lockFileName))).toBe(true);
  });
});
