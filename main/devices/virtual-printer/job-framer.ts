import type { StatusQuery } from './document';
import { parseCommand } from './parse-command';

export type JobEnd = 'cut' | 'close' | 'overflow';

export interface FramerHandlers {
  /** A status query, as soon as its last byte arrives (answered in real time). */
  onQuery(query: Pick<StatusQuery, 'command' | 'n'>): void;
  /** A job's bytes: up to and including a cut, or what was left at close. */
  onJob(bytes: Uint8Array, end: JobEnd): void;
}

/** Past this much unterminated data a job is closed anyway, so memory stays bounded. */
export const DEFAULT_MAX_JOB_BYTES = 8 * 1024 * 1024;

/**
 * Splits one connection's byte stream into jobs, command by command, as bytes arrive:
 * a job ends at each cut and at the end of the stream. Commands are framed whole, so a
 * status query is recognised even mid-job, and bytes that only look like one (inside a
 * raster image, say) are not.
 */
export class JobFramer {
  private buffer = new Uint8Array(4096);
  private length = 0;
  /** Start of the first command not framed yet. */
  private scan = 0;
  /** Whether the pending job holds anything besides queries and ESC @ / NUL. */
  private hasContent = false;
  private ended = false;

  constructor(
    private readonly handlers: FramerHandlers,
    private readonly maxJobBytes = DEFAULT_MAX_JOB_BYTES,
  ) {}

  push(chunk: Uint8Array): void {
    if (this.ended) return;
    this.append(chunk);
    this.frame();
    if (this.length > this.maxJobBytes) this.emit(this.length, 'overflow');
  }

  /** The connection closed: what is pending becomes the last job (if it prints anything). */
  end(): void {
    if (this.ended) return;
    this.ended = true;
    this.frame();
    if (this.hasContent || this.scan < this.length) this.emit(this.length, 'close');
  }

  private append(chunk: Uint8Array): void {
    if (this.length + chunk.length > this.buffer.length) {
      let capacity = this.buffer.length;
      while (capacity < this.length + chunk.length) capacity *= 2;
      const grown = new Uint8Array(capacity);
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
    this.buffer.set(chunk, this.length);
    this.length += chunk.length;
  }

  private frame(): void {
    while (this.scan < this.length) {
      const result = parseCommand(this.buffer.subarray(0, this.length), this.scan);
      if (result.status === 'incomplete') return;
      const command = result.command;
      this.scan += result.length;
      if (command.kind === 'query') {
        this.handlers.onQuery({ command: command.command, n: command.n });
      } else if (command.kind === 'cut' || command.kind === 'cut-legacy') {
        this.emit(this.scan, 'cut');
      } else if (
        command.kind !== 'init' &&
        !(command.kind === 'ignored' && command.name === 'NUL')
      ) {
        this.hasContent = true;
      }
    }
  }

  private emit(upTo: number, end: JobEnd): void {
    const job = this.buffer.slice(0, upTo);
    this.buffer.copyWithin(0, upTo, this.length);
    this.length -= upTo;
    this.scan = Math.max(this.scan - upTo, 0);
    this.hasContent = false;
    this.handlers.onJob(job, end);
  }
}
