import type { PrinterStatus } from '../../../shared/devices/status';

// How a TicketPrinter reaches its printer. Two kinds exist: two-way links that read the
// printer's own status (escpos-link-transport.ts), and one-way paths through
// node-thermal-printer that can only hand bytes over (thermal-transport.ts).

export type SendOutcome =
  /** The printer answered after taking the whole job; `status` is its state then. */
  | { kind: 'confirmed'; status: PrinterStatus }
  /** Handed over a one-way path: nothing can confirm it. */
  | { kind: 'delivered'; status: PrinterStatus }
  /** Nothing was sent: the printer cannot print now, or cannot be reached. */
  | { kind: 'not-sent'; status: PrinterStatus; detail: string }
  /** Bytes may have reached the printer but it never confirmed them. */
  | { kind: 'uncertain'; status: PrinterStatus | null; detail: string };

export interface PrinterTransport {
  readonly deviceId: string;
  readonly readsStatus: boolean;
  /** Asks the printer (or the path to it) how it is, now. */
  readStatus(): Promise<PrinterStatus>;
  /** Checks the printer can print, then sends one job's bytes. */
  send(bytes: Uint8Array): Promise<SendOutcome>;
  close(): Promise<void>;
}
