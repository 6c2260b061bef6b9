import type { PrinterStatus } from '../../../shared/devices/status';
import type { CodePage } from '../../../shared/print/code-page';
import type { PrintContent } from '../../../shared/print/content';
import {
  printJobSchema,
  reprintRequestSchema,
  type PrintFailureReason,
  type PrintResult,
} from '../../../shared/print/job';
import { renderPrintContent } from '../../../shared/print/layout';
import type { PaperWidth } from '../../../shared/print/paper';
import type { Rasterize } from '../../../shared/print/render';
import type { JournalEntry, PrintJournal } from './print-journal';
import type { PrinterLogEvent, TicketPrinter } from './ticket-printer';
import type { PrinterTransport, SendOutcome } from './transport';

// The TicketPrinter every adapter shares: parse the job, consult the journal, lay the
// content out, send it through the transport, settle the journal. Jobs and status reads
// take turns (one conversation with the printer at a time), and two calls with the same
// job id share one attempt.

export interface JournaledPrinterOptions {
  transport: PrinterTransport;
  journal: PrintJournal;
  paperWidth: PaperWidth;
  codePage?: CodePage;
  /** Prints what the code page cannot show (Arabic…) as images; see rasterize.ts. */
  rasterize?: Rasterize;
  log?: (event: PrinterLogEvent) => void;
}

type Failure = Extract<PrintResult, { ok: false }>;

function reasonFor(status: PrinterStatus): PrintFailureReason {
  switch (status.state) {
    case 'paper-out':
    case 'cover-open':
    case 'error':
      return status.state;
    default:
      return 'offline';
  }
}

function sameJob(a: PrintContent, b: PrintContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export class JournaledTicketPrinter implements TicketPrinter {
  readonly deviceId: string;
  private turn: Promise<unknown> = Promise.resolve();
  private readonly inflight = new Map<string, Promise<PrintResult>>();
  private readonly listeners = new Set<(status: PrinterStatus) => void>();
  private current: PrinterStatus;
  private closed = false;

  constructor(private readonly options: JournaledPrinterOptions) {
    this.deviceId = options.transport.deviceId;
    this.current = {
      kind: 'printer',
      deviceId: this.deviceId,
      state: 'unknown',
      readsStatus: options.transport.readsStatus,
      lastReadAt: null,
      detail: 'not read yet',
    };
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const result = this.turn.then(task, task);
    this.turn = result.catch(() => undefined);
    return result;
  }

  private once(jobId: string, task: () => Promise<PrintResult>): Promise<PrintResult> {
    const running = this.inflight.get(jobId);
    if (running) return running;
    const attempt = this.exclusive(task).finally(() => this.inflight.delete(jobId));
    this.inflight.set(jobId, attempt);
    return attempt;
  }

  private publish(status: PrinterStatus): void {
    this.current = status;
    for (const listener of this.listeners) listener(status);
  }

  private failure(
    jobId: string,
    reason: PrintFailureReason,
    detail: string,
    extra: Partial<Failure> = {},
  ): Failure {
    return { ok: false, jobId, reason, detail, mayHavePrinted: false, status: null, ...extra };
  }

  async print(input: unknown): Promise<PrintResult> {
    const parsed = printJobSchema.safeParse(input);
    if (!parsed.success)
      return this.failure(
        idOf(input),
        'invalid-job',
        `the print job is invalid: ${parsed.error.message}`,
      );
    const job = parsed.data;
    return this.once(job.id, () => this.run(job.id, job.content));
  }

  async reprint(input: unknown): Promise<PrintResult> {
    const parsed = reprintRequestSchema.safeParse(input);
    if (!parsed.success)
      return this.failure(
        idOf(input),
        'invalid-job',
        `the reprint request is invalid: ${parsed.error.message}`,
      );
    const { id, originalId, reason } = parsed.data;
    const original = this.options.journal.get(originalId);
    if (!original)
      return this.failure(id, 'unknown-original', `no job ${originalId} in this printer's journal`);
    if (original.state === 'not-sent')
      return this.failure(
        id,
        'unknown-original',
        `job ${originalId} never printed: print it, not a reprint`,
      );
    this.options.log?.({ type: 'reprint', deviceId: this.deviceId, jobId: id, originalId, reason });
    return this.once(id, () => this.run(id, original.content, { originalId, reason }));
  }

  private async run(
    jobId: string,
    content: PrintContent,
    reprint?: { originalId: string; reason: string },
  ): Promise<PrintResult> {
    const { journal, transport } = this.options;
    if (this.closed) return this.failure(jobId, 'offline', 'this printer has been closed');
    const existing = journal.get(jobId);
    if (existing && existing.state !== 'not-sent')
      return this.answerExisting(existing, content, reprint);

    let rendered;
    try {
      rendered = renderPrintContent(content, {
        paperWidth: this.options.paperWidth,
        ...(this.options.codePage ? { codePage: this.options.codePage } : {}),
        ...(this.options.rasterize ? { rasterize: this.options.rasterize } : {}),
        duplicate: reprint !== undefined,
      });
    } catch (error) {
      return this.failure(
        jobId,
        'invalid-job',
        `the job cannot be laid out: ${(error as Error).message}`,
      );
    }

    const claim = journal.begin(jobId, content, reprint);
    if (!claim.started) return this.answerExisting(claim.existing, content, reprint);
    const outcome = await transport.send(rendered.bytes);
    if (outcome.status) this.publish(outcome.status);
    return this.settle(jobId, outcome, rendered.report.substitutions.length);
  }

  /** A retry of a job already sent (or being sent): never sent twice. */
  private answerExisting(
    existing: JournalEntry,
    content: PrintContent,
    reprint: { originalId: string } | undefined,
  ): PrintResult {
    const { jobId } = existing;
    if (!sameJob(existing.content, content) || existing.reprintOf !== (reprint?.originalId ?? null))
      return this.failure(jobId, 'invalid-job', `job id ${jobId} was already used for another job`);
    this.options.log?.({ type: 'already-printed', deviceId: this.deviceId, jobId });
    return {
      ok: true,
      jobId,
      outcome: 'already-printed',
      sentAt: existing.sentAt ?? existing.createdAt,
      confirmed: existing.state === 'printed',
      substitutions: 0,
    };
  }

  private settle(jobId: string, outcome: SendOutcome, substitutions: number): PrintResult {
    const { journal, log } = this.options;
    switch (outcome.kind) {
      case 'not-sent': {
        journal.settle(jobId, 'not-sent', outcome.detail);
        const reason = reasonFor(outcome.status);
        log?.({ type: 'refused', deviceId: this.deviceId, jobId, reason, detail: outcome.detail });
        return this.failure(jobId, reason, outcome.detail, { status: outcome.status });
      }
      case 'uncertain':
        journal.settle(jobId, 'uncertain', outcome.detail);
        log?.({ type: 'uncertain', deviceId: this.deviceId, jobId, detail: outcome.detail });
        return this.failure(jobId, 'timeout', outcome.detail, {
          mayHavePrinted: true,
          status: outcome.status,
        });
      case 'confirmed':
      case 'delivered': {
        const { status } = outcome;
        const broken =
          outcome.kind === 'confirmed' && !['ready', 'paper-near-end'].includes(status.state);
        if (broken) {
          // The printer took the job but stopped (paper ran out, cover opened): it may be cut short.
          const detail = `the printer reported ${status.state} right after the job`;
          journal.settle(jobId, 'uncertain', detail);
          log?.({ type: 'uncertain', deviceId: this.deviceId, jobId, detail });
          return this.failure(jobId, reasonFor(status), detail, { mayHavePrinted: true, status });
        }
        journal.settle(jobId, 'printed');
        const confirmed = outcome.kind === 'confirmed';
        log?.({ type: 'printed', deviceId: this.deviceId, jobId, confirmed });
        const sentAt = journal.get(jobId)?.sentAt ?? Date.now();
        return { ok: true, jobId, outcome: 'printed', sentAt, confirmed, substitutions };
      }
    }
  }

  status(): Promise<PrinterStatus> {
    return this.exclusive(async () => {
      if (this.closed)
        return {
          ...this.current,
          state: 'offline' as const,
          detail: 'this printer has been closed',
        };
      const status = await this.options.transport.readStatus();
      this.publish(status);
      return status;
    });
  }

  lastStatus(): PrinterStatus {
    return this.current;
  }

  onStatus(listener: (status: PrinterStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.turn;
    await this.options.transport.close();
  }
}

function idOf(input: unknown): string {
  if (typeof input === 'object' && input !== null && 'id' in input && typeof input.id === 'string')
    return input.id.slice(0, 64);
  return '';
}
