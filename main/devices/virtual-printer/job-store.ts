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
  id: number;
  resolve: (job: PrintedJob) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

export const DEFAULT_WAIT_MS = 10_000;
/** Jobs kept in memory; older ones are dropped (their files, if any, stay on disk). */
export const DEFAULT_KEEP_JOBS = 1000;

/** The jobs the virtual printer received, in order, with a way for tests to await them. */
export class JobStore {
  private jobs: PrintedJob[] = [];
  private received = 0;
  private readonly listeners = new Set<Listener>();
  private waiters: Waiter[] = [];
  /** Id of the job the next waitForJob() call returns. */
  private cursor = 1;
  private closed = false;

  constructor(private readonly keep = DEFAULT_KEEP_JOBS) {}

  /** How many jobs arrived since the printer started (dropped ones included). */
  get size(): number {
    return this.received;
  }

  /** The jobs still kept, oldest first. */
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

  /** Stores a job; ids must come in order 1, 2, 3… */
  add(job: PrintedJob): void {
    this.jobs.push(job);
    this.received++;
    if (this.jobs.length > this.keep) this.jobs = this.jobs.slice(-this.keep);
    for (const listener of this.listeners) listener(job);
    this.waiters = this.waiters.filter((waiter) => {
      if (waiter.id !== job.id) return true;
      clearTimeout(waiter.timer);
      waiter.resolve(job);
      return false;
    });
  }

  /**
   * The next job not yet returned by an earlier call, in arrival order: the first call
   * gives job 1 (even if it arrived before the call), the second job 2, and so on.
   */
  waitForJob(timeoutMs = DEFAULT_WAIT_MS): Promise<PrintedJob> {
    const id = this.cursor++;
    const ready = this.get(id);
    if (ready) return Promise.resolve(ready);
    if (id <= this.received) {
      return Promise.reject(
        new Error(`print job #${id} is no longer kept (only the last ${this.keep} are)`),
      );
    }
    if (this.closed) return Promise.reject(new Error('the virtual printer is closed'));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w.timer !== timer);
        reject(
          new Error(
            `no print job #${id} within ${timeoutMs} ms (${this.received} received): ` +
              'did the job end with a cut or a closed connection?',
          ),
        );
      }, timeoutMs);
      this.waiters.push({ id, resolve, reject, timer });
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
