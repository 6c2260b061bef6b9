import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { uptime } from 'node:os';
import { join } from 'node:path';

/** The file a running hub keeps in its data folder, so that no second hub and no restore touches it. */
export const lockFileName = 'hub.lock';

export interface DataDirOwner {
  pid: number;
  startedAt: string;
  /** When the machine booted (epoch seconds): a lock from before a reboot is stale whatever its pid. */
  bootedAt?: number;
}

// Within a minute: the figure drifts with clock adjustments, a reboot moves it by far more.
const sameBoot = (a: number, b: number) => Math.abs(a - b) < 60;

function bootedAt(): number {
  return Math.round(Date.now() / 1000 - uptime());
}

export interface DataDirLock {
  release(): void;
}

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: DataDirOwner,
  ) {
    super(
      `the data folder ${dataDir} is in use by a running hub (process ${owner.pid}, started ${owner.startedAt}): stop it first`,
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Who holds the data folder now, or null when nobody does: a lock left by a process that
 * has ended, or from before the machine restarted (its pid may belong to another program
 * now), holds nothing.
 */
export function dataDirOwner(dataDir: string): DataDirOwner | null {
  let text: string;
  try {
    text = readFileSync(join(dataDir, lockFileName), 'utf8');
  } catch {
    return null;
  }
  try {
    const owner = JSON.parse(text) as Partial<DataDirOwner>;
    const beforeReboot =
      typeof owner.bootedAt === 'number' && !sameBoot(owner.bootedAt, bootedAt());
    if (
      typeof owner.pid === 'number' &&
      owner.pid !== process.pid &&
      !beforeReboot &&
      isAlive(owner.pid)
    )
      return { pid: owner.pid, startedAt: String(owner.startedAt ?? 'at an unknown time') };
  } catch {
    // An unreadable lock (a power cut while writing it) belongs to nobody.
  }
  return null;
}

/**
 * Takes the data folder for this process. A lock left by a process that no longer runs (a
 * power cut, kill -9) is taken over; a live one is refused with who holds it.
 */
export function lockDataDir(dataDir: string, now: () => number = Date.now): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const owner = dataDirOwner(dataDir);
  if (owner) throw new DataDirBusyError(dataDir, owner);
  const file = join(dataDir, lockFileName);
  const mine: DataDirOwner = {
    pid: process.pid,
    startedAt: new Date(now()).toISOString(),
    bootedAt: bootedAt(),
  };
  writeFileSync(file, `${JSON.stringify(mine)}\n`);
  let released = false;
  return {
    release() {
      if (released) return;
      released = true;
      // Only our own lock is removed: never one a later hub took over.
      try {
        const current = JSON.parse(readFileSync(file, 'utf8')) as Partial<DataDirOwner>;
        if (current.pid === process.pid) rmSync(file, { force: true });
      } catch {
        // Already gone.
      }
    },
  };
}
