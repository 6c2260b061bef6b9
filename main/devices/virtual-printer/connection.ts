import type { Socket } from 'node:net';
import { statusAnswer, type PrinterConditions } from './conditions';
import type { StatusQuery } from './document';
import { JobFramer, type JobEnd } from './job-framer';

export interface ConnectionHost {
  conditions(): PrinterConditions;
  /** A complete job arrived on this connection. */
  receive(bytes: Uint8Array, end: JobEnd, connectionId: number): void;
  /** Bytes that arrived while offline and were thrown away. */
  discarded(byteCount: number, connectionId: number): void;
  /** A status query was framed; `answer` is what was sent back (null: nothing). */
  queried(query: Pick<StatusQuery, 'command' | 'n'>, answer: Uint8Array | null): void;
}

/** How often a slow printer takes its next slice of bytes. */
const SLICE_MS = 50;

/**
 * One client connection: frames its bytes into jobs, answers status queries as they
 * arrive and, when the printer is slow, reads no faster than its byte rate (pausing the
 * socket, so the sender's writes back up as with a real printer's full buffer).
 */
export class PrinterConnection {
  private readonly framer: JobFramer;
  private readonly backlog: Buffer[] = [];
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    readonly id: number,
    private readonly socket: Socket,
    private readonly host: ConnectionHost,
    maxJobBytes: number,
  ) {
    this.framer = new JobFramer(
      {
        onQuery: (query) => {
          const answer = host.conditions().offline ? null : statusAnswer(query, host.conditions());
          if (answer && !socket.destroyed) socket.write(answer);
          host.queried(query, answer);
        },
        onJob: (bytes, end) => host.receive(bytes, end, id),
      },
      maxJobBytes,
    );
    socket.on('data', (chunk) => this.data(chunk));
    // A client that destroys its socket makes 'error' (ECONNRESET) then 'close'.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      this.closed = true;
      this.drain();
    });
  }

  private data(chunk: Buffer): void {
    // An offline printer swallows everything: no answers, nothing printed.
    if (this.host.conditions().offline) {
      this.host.discarded(chunk.length, this.id);
      return;
    }
    this.backlog.push(chunk);
    this.drain();
  }

  /** Feeds the framer what the byte rate allows now, and schedules the rest. */
  private drain(): void {
    if (this.timer) return;
    const rate = this.host.conditions().slow?.bytesPerSecond;
    let budget = rate === undefined ? Infinity : Math.max(Math.floor((rate * SLICE_MS) / 1000), 1);
    while (budget > 0 && this.backlog.length > 0) {
      const chunk = this.backlog[0] as Buffer;
      const take = Math.min(chunk.length, budget);
      this.framer.push(chunk.subarray(0, take));
      budget -= take;
      if (take === chunk.length) this.backlog.shift();
      else this.backlog[0] = chunk.subarray(take);
    }
    if (this.backlog.length > 0) {
      this.socket.pause();
      this.timer = setTimeout(() => {
        this.timer = null;
        this.drain();
      }, SLICE_MS);
      return;
    }
    if (this.closed) this.framer.end();
    else this.socket.resume();
  }

  /** Drops the connection at once (printer shutting down). */
  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.backlog.length = 0;
    this.socket.destroy();
  }
}
