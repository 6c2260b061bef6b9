import type { ScannerStatus } from '../../../shared/devices/status';
import type { ScanPayload, ScanRejection } from '../../../shared/scan/payload';

// The Scanner port: what the kiosk's device host sees of a barcode/QR reader. Adapters:
// SerialScanner (a serial or USB-CDC reader, through serialport) and, for the demo and
// tests, the same adapter over a socat pseudo-terminal (simulated-scanner.ts).
//
// Many scanners are sold as USB keyboards ("keyboard wedge") and type their payload
// followed by Enter. Those never reach this port: there is no device to open, only
// keystrokes in the focused window. The kiosk UI handles them (a later issue): it collects
// fast keystrokes ending in Enter into a line and passes it to the same whitelist,
// `parseScanPayload` from shared/scan, so both paths accept and refuse exactly the same.

export interface ScanEvent {
  payload: ScanPayload;
  /** When the line was read (epoch ms). */
  at: number;
}

export interface ScanRejectedEvent extends ScanRejection {
  /** Bytes dropped (for an over-long line: the limit it crossed). The text itself is never passed on. */
  byteLength: number;
  at: number;
}

export interface ScannerEvents {
  scan: [event: ScanEvent];
  rejected: [event: ScanRejectedEvent];
  status: [status: ScannerStatus];
}

export interface Scanner {
  readonly id: string;
  /** Subscribes to `scan`, `rejected` or `status`; returns the function that unsubscribes. */
  on<E extends keyof ScannerEvents>(
    event: E,
    listener: (...args: ScannerEvents[E]) => void,
  ): () => void;
  /**
   * Starts reading. Resolves after the first attempt to open the device, whether or not it
   * was there: from then on the adapter keeps trying on its own and reports through
   * `status`. Never rejects for a missing or failing device.
   */
  open(): Promise<void>;
  /** Stops reading and retrying, and releases the device. */
  close(): Promise<void>;
  status(): ScannerStatus;
}
