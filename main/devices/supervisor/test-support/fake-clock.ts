import type { Clock } from '../clock';

interface Pending {
  at: number;
  seq: number;
  callback: () => void;
}

const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * A clock that moves only when a test says so. Timers fire in time order, and between two
 * of them pending promise callbacks and I/O get to run, as they would between real timers.
 */
export class FakeClock implements Clock {
  private time: number;
  private seq = 0;
  private pending: Pending[] = [];

  constructor(start = Date.UTC(2026, 0, 5, 8, 30)) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  after(ms: number, callback: () => void): () => void {
    const timer = { at: this.time + Math.max(0, ms), seq: this.seq++, callback };
    this.pending.push(timer);
    return () => {
      this.pending = this.pending.filter((t) => t !== timer);
    };
  }

  /** Moves time forward by `ms`, running every timer that falls due on the way. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    await settle();
    for (;;) {
      const next = this.pending
        .filter((t) => t.at <= end)
        .sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!next) break;
      this.pending = this.pending.filter((t) => t !== next);
      this.time = next.at;
      next.callback();
      await settle();
    }
    this.time = end;
  }

  /** How many timers are waiting: a stopped device must leave none behind. */
  get pendingTimers(): number {
    return this.pending.length;
  }
}
