import type { PrinterStatus } from '../../../shared/devices/status';
import type { PrintResult } from '../../../shared/print/job';

// The port the kiosk and counter print through. Inputs are `unknown` on purpose: they
// arrive over IPC or HTTP and are parsed here, so a bad job is answered, never thrown.

export interface TicketPrinter {
  readonly deviceId: string;
  /** Prints a job once: the same id again answers `already-printed` without printing. */
  print(job: unknown): Promise<PrintResult>;
  /** Prints an earlier job again, marked as a duplicate, under a new id; journaled. */
  reprint(request: unknown): Promise<PrintResult>;
  /** Reads the printer's state now (over one-way links: what can be known). */
  status(): Promise<PrinterStatus>;
  /** The state last read, by a poll, a status() call or a job, without asking again. */
  lastStatus(): PrinterStatus;
  /** Called with every status read; returns the unsubscribe function. */
  onStatus(listener: (status: PrinterStatus) => void): () => void;
  close(): Promise<void>;
}

/** What the printer reports to the application log, for staff and support. */
export type PrinterLogEvent =
  | { type: 'printed'; deviceId: string; jobId: string; confirmed: boolean }
  | { type: 'already-printed'; deviceId: string; jobId: string }
  | { type: 'refused'; deviceId: string; jobId: string; reason: string; detail: string }
  | { type: 'uncertain'; deviceId: string; jobId: string; detail: string }
  | { type: 'reprint'; deviceId: string; jobId: string; originalId: string; reason: string };
