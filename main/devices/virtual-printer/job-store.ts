import type { DecodedJob } from './document';
import type { JobEnd } from './job-framer';

export interface JobFiles {
  bin: string;
  txt: string;
  html: string;
  png: string;
}

export interface PrintedJob {
  /** 1, 2, 3… in the order jobs finished arriving. */
  id: number;
  connectionId: number;
  /** When the job's last byte arrived, and when it came out of the printer (epoch ms). */
  receivedAt: number;
  printedAt: number | null;
  /** Time the paper took to come out at the simulated speed (0 unless the printer is slow). */
  printDurationMs: number;
  /** What ended the job: a cut, the connection closing, or the size limit. */
  endedBy: JobEnd;
  raw: Uint8Array;
  decoded: DecodedJob;
  /** The readable text form (see render-text.ts). */
  text: string;
  /** False when the printer could not print (paper out, cover open, error): the job is kept here only. */
  printed: boolean;
  notPrintedReason: 'paper-out' | 'cover-open' | 'error' | null;
  /** Where its renderings were written, when the printer has an output folder. */
  files: JobFiles | null;
  /** Why the renderings could not be written, when they could not. */
  fileError: string | null;
}

type Listener = (job: PrintedJob) => void;

interface Waiter {
  index: number;
  resolve: (job: PrintedJob) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export const DEFAULT_WAIT_MS = 10_000;

/** Every job the virtual printer received, in order, with a way for tests to await them. */
export class JobStore {
  private readonly jobs: PrintedJob[] = [];
  private readonly listeners = new Set<Listener>();
  private waiters: Waiter[] = [];
  /** Index of the job the next waitForJob() call returns. */
  private cursor = 0;
  private closed = false;

  get size(): number {
    return this.jobs.length;
  }

  all(): readonly PrintedJob[] {
    return this.jobs;
  }

  get(id: number): PrintedJob | undefined {
    return this.jobs.find((job) => job.id === id);
  }

  /** Calls `listener` for each job from now on; returns the unsubscribe function. */
  onJob(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  add(job: PrintedJob): void {
    this.jobs.push(job);
    for (const listener of this.listeners) listener(job);
    this.waiters = this.waiters.filter((waiter) => {
      const found = this.jobs[waiter.index];
      if (!found) return true;
      clearTimeout(waiter.timer);
      waiter.resolve(found);
      return false;
    });
  }

  /**
   * The next job not yet returned by an earlier call, in arrival order: the first call
   * gives job 1 (even if it arrived before the call), the second job 2, and so on.
   */
  waitForJob(timeoutMs = DEFAULT_WAIT_MS): Promise<PrintedJob> {
    const index = this.cursor++;
    const ready = this.jobs[index];
    if (ready) return Promise.resolve(ready);
    if (this.closed) return Promise.reject(new Error('the virtual printer is closed'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.timer !== timer);
        reject(
          new Error(
            `no print job #${index + 1} within ${timeoutMs} ms (${this.jobs.length} received): ` +
              'did the job end with a cut or a closed connection?',
          ),
        );
      }, timeoutMs);
      this.waiters.push({ index, resolve, reject, timer });
    });
  }

  /** The next `count` jobs, as waitForJob() would return them one by one. */
  async waitForJobs(count: number, timeoutMs = DEFAULT_WAIT_MS): Promise<PrintedJob[]> {
    const pending = Array.from({ length: count }, () => this.waitForJob(timeoutMs));
    return Promise.all(pending);
  }

  /** Fails every pending wait; called when the printer closes. */
  close(): void {
    this.closed = true;
    for (const waiter of this.waiters) {
      clearTimeout(waiter.timer);
      waiter.reject(new Error('the virtual printer closed before the job arrived'));
    }
    this.waiters = [];
  }
}
