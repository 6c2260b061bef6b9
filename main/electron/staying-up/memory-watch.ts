// Electron kiosks that run for days grow their renderer's memory until they white-screen.
// The app samples each window's memory; over the soft limit it reloads the page at the
// first quiet moment (nobody has touched it for `quietMs`, the hub sees no visit on this
// screen); over the hard limit it reloads at once, since a crash is worse than a reload.

export interface MemoryLimits {
  softKb: number;
  hardKb: number;
  quietMs: number;
}

export const defaultMemoryLimits: MemoryLimits = {
  softKb: 600 * 1024,
  hardKb: 1200 * 1024,
  quietMs: 2 * 60_000,
};

export interface MemorySample {
  /** The renderer's private memory (Electron's `getProcessMemoryInfo().private`), in KB. */
  privateKb: number;
  now: number;
  /** When the screen was last touched or typed on. */
  lastInputAt: number;
  /** A visitor's flow is under way (a ticket being printed, a check-in…). */
  busy: boolean;
}

export type MemoryVerdict = 'fine' | 'reload-when-quiet' | 'reload-now';

export function memoryVerdict(sample: MemorySample, limits = defaultMemoryLimits): MemoryVerdict {
  if (sample.privateKb >= limits.hardKb) return 'reload-now';
  if (sample.privateKb < limits.softKb) return 'fine';
  const quiet = !sample.busy && sample.now - sample.lastInputAt >= limits.quietMs;
  return quiet ? 'reload-now' : 'reload-when-quiet';
}
