import { EventEmitter } from 'node:events';
import { createServer, type Server, type Socket } from 'node:net';
import type { PrinterState } from '../../../shared/devices/status';
import {
  conditionsPatchSchema,
  normalConditions,
  printerConditionsSchema,
  printerState,
  stopReason,
  type ConditionsPatch,
  type PrinterConditions,
} from './conditions';
import { PrinterConnection } from './connection';
import { decodeEscPos, paperFor } from './decoder';
import type { PaperGeometry, StatusQuery } from './document';
import { writeJobFiles } from './job-files';
import { DEFAULT_MAX_JOB_BYTES, type JobEnd } from './job-framer';
import { JobStore, type PrintedJob } from './job-store';
import { DOTS_PER_MM, layoutPaper } from './paper-layout';
import { initialState, type PrintState } from './print-state';
import { renderText } from './render-text';

export interface VirtualPrinterOptions {
  /** Interface to listen on; loopback unless said otherwise. */
  host?: string;
  /** TCP port; 0 (the default) picks a free one, 9100 is the usual printer port. */
  port?: number;
  /** Roll width: 58 or 80 (default) mm; printable width 384 / 576 dots unless given. */
  paperWidthMm?: number;
  printableDots?: number;
  /** Folder to write each printed job to as <n>.bin, .txt, .html and .png. */
  outputDir?: string;
  maxJobBytes?: number;
  /** Jobs kept in memory (default 1000); older ones are dropped, their files stay. */
  keepJobs?: number;
  conditions?: ConditionsPatch;
  /** Clock, for tests that pin times. */
  now?: () => number;
}

/**
 * An ESC/POS network printer on a TCP port. Jobs end at each cut or when the connection
 * closes; status queries are answered at once from the simulated conditions.
 *
 * While the cover is open, the paper is out or an error is set, jobs are still received
 * and kept (printed: false, with the reason) but never printed, not even once the
 * condition clears: a real printer would have discarded or overflowed them, and a caller
 * must learn from the status that its ticket did not come out.
 */
export interface VirtualPrinterEvents {
  /** A job was stored (printed or not); the same as jobs.onJob. */
  job: [job: PrintedJob];
  /** A status query arrived; `answer` is what was sent back (null: nothing). */
  query: [query: Pick<StatusQuery, 'command' | 'n'>, answer: Uint8Array | null];
  /** Bytes arrived while offline and were thrown away. */
  discard: [byteCount: number, connectionId: number];
}

export class VirtualPrinter extends EventEmitter<VirtualPrinterEvents> {
  readonly jobs: JobStore;
  readonly paper: PaperGeometry;
  private state: PrintState = initialState();
  private current: PrinterConditions;
  private server: Server | null = null;
  private boundPort = 0;
  private readonly connections = new Set<PrinterConnection>();
  private nextConnectionId = 1;
  private nextJobId = 1;
  private printing: Promise<void> = Promise.resolve();
  /** Ends the print delay under way (slow paper), so close() does not wait it out. */
  private cancelDelay: (() => void) | null = null;
  private closed = false;
  private readonly now: () => number;

  constructor(private readonly options: VirtualPrinterOptions = {}) {
    super();
    this.jobs = new JobStore(options.keepJobs);
    this.jobs.onJob((job) => this.emit('job', job));
    this.paper = paperFor(options.paperWidthMm ?? 80, options.printableDots);
    this.current = printerConditionsSchema.parse({ ...normalConditions, ...options.conditions });
    this.now = options.now ?? Date.now;
  }

  get host(): string {
    return this.options.host ?? '127.0.0.1';
  }

  get port(): number {
    return this.boundPort;
  }

  async start(): Promise<this> {
    if (!this.current.offline) await this.listen(this.options.port ?? 0);
    else this.boundPort = this.options.port ?? 0;
    return this;
  }

  conditions(): PrinterConditions {
    return this.current;
  }

  /** The printer's state in the shared device vocabulary. */
  status(): PrinterState {
    return printerState(this.current);
  }

  /**
   * Changes simulated conditions, e.g. `{ paperOut: true }` or `{ slow: { mmPerSecond: 200 } }`.
   * Going offline stops listening (connections are refused); coming back listens again
   * on the same port.
   */
  async setCondition(patch: ConditionsPatch): Promise<void> {
    const parsed = conditionsPatchSchema.safeParse(patch);
    if (!parsed.success) {
      throw new Error(
        `invalid printer condition: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    }
    const wasOffline = this.current.offline;
    this.current = { ...this.current, ...parsed.data };
    if (this.closed) return;
    if (!wasOffline && this.current.offline) await this.stopListening();
    if (wasOffline && !this.current.offline) await this.listen(this.boundPort);
  }

  /** Power cycle: settings (code page, styles…) back to their defaults. */
  resetSettings(): void {
    this.state = initialState();
  }

  waitForJob(timeoutMs?: number): Promise<PrintedJob> {
    return this.jobs.waitForJob(timeoutMs);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const connection of this.connections) connection.destroy();
    this.connections.clear();
    await this.stopListening();
    this.cancelDelay?.();
    await this.printing;
    this.jobs.close();
  }

  private listen(port: number): Promise<void> {
    const server = createServer((socket) => this.accept(socket));
    return new Promise((resolve, reject) => {
      server.once('error', (error) =>
        reject(
          new Error(`virtual printer cannot listen on ${this.host}:${port}: ${error.message}`),
        ),
      );
      server.listen(port, this.host, () => {
        const address = server.address();
        this.boundPort = typeof address === 'object' && address ? address.port : port;
        this.server = server;
        resolve();
      });
    });
  }

  private stopListening(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return Promise.resolve();
    // close() stops accepting at once; its callback waits for open connections, which
    // an offline printer keeps (silently), so do not wait for it.
    server.close();
    return Promise.resolve();
  }

  private accept(socket: Socket): void {
    if (this.closed || this.current.offline) {
      socket.destroy();
      return;
    }
    socket.setNoDelay(true);
    const connection = new PrinterConnection(
      this.nextConnectionId++,
      socket,
      {
        conditions: () => this.current,
        receive: (bytes, end, id) => this.receive(bytes, end, id),
        discarded: (count, id) => this.emit('discard', count, id),
        queried: (query, answer) => this.emit('query', query, answer),
      },
      this.options.maxJobBytes ?? DEFAULT_MAX_JOB_BYTES,
    );
    this.connections.add(connection);
    socket.on('close', () => this.connections.delete(connection));
  }

  private receive(raw: Uint8Array, endedBy: JobEnd, connectionId: number): void {
    if (this.closed) return;
    const receivedAt = this.now();
    const reason = stopReason(this.current);
    const { job: decoded, state } = decodeEscPos(raw, { paper: this.paper, state: this.state });
    this.state = state;
    if (endedBy === 'overflow') {
      decoded.warnings.push({
        offset: raw.length,
        message: `job cut off at ${raw.length} bytes without a cut`,
      });
    }
    const id = this.nextJobId++;
    const job: PrintedJob = {
      id,
      connectionId,
      receivedAt,
      printedAt: null,
      printDurationMs: 0,
      endedBy,
      raw,
      decoded,
      text: renderText(decoded),
      printed: reason === null,
      notPrintedReason: reason,
      files: null,
      fileError: null,
    };
    // Jobs come out one after another, each after its print time when the printer is slow.
    this.printing = this.printing.then(() => this.print(job));
  }

  private delay(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.cancelDelay = () => {
        clearTimeout(timer);
        resolve();
      };
    }).finally(() => {
      this.cancelDelay = null;
    });
  }

  private async print(job: PrintedJob): Promise<void> {
    if (job.printed) {
      const speed = this.current.slow?.mmPerSecond;
      if (speed) {
        job.printDurationMs = (layoutPaper(job.decoded).height / DOTS_PER_MM / speed) * 1000;
        await this.delay(job.printDurationMs);
      }
      job.printedAt = this.now();
      if (this.options.outputDir) {
        try {
          job.files = await writeJobFiles(
            this.options.outputDir,
            job.id,
            job.raw,
            job.decoded,
            job.text,
          );
        } catch (error) {
          job.fileError = `could not write the job's files to ${this.options.outputDir}: ${(error as Error).message}`;
        }
      }
    }
    this.jobs.add(job);
  }
}

/** Starts a virtual printer and resolves once it listens (see VirtualPrinter). */
export function startVirtualPrinter(options: VirtualPrinterOptions = {}): Promise<VirtualPrinter> {
  return new VirtualPrinter(options).start();
}
