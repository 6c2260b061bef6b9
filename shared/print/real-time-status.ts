import type { PrinterState } from '../devices/status';

// ESC/POS real-time status (DLE EOT n), as Epson documents it and compatible printers
// answer it: one byte per query, bits 1 and 4 always set, bits 0 and 7 always clear.

/** DLE EOT 1..4: printer, offline cause, error cause, roll paper sensor. */
export const statusQuery = Uint8Array.from([
  0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x03, 0x10, 0x04, 0x04,
]);
export const statusReplyLength = 4;

export interface StatusBits {
  offline: boolean;
  coverOpen: boolean;
  paperFeedButton: boolean;
  stoppedOnPaperEnd: boolean;
  errorOccurred: boolean;
  autocutterError: boolean;
  unrecoverableError: boolean;
  autoRecoverableError: boolean;
  paperNearEnd: boolean;
  paperOut: boolean;
}

export class StatusReplyError extends Error {}

function isStatusByte(byte: number): boolean {
  return (byte & 0b1001_0011) === 0b0001_0010;
}

const bit = (byte: number, n: number): boolean => (byte & (1 << n)) !== 0;

/** Reads the four reply bytes of `statusQuery`; throws StatusReplyError on a malformed one. */
export function parseStatusReply(reply: Uint8Array): StatusBits {
  if (reply.length !== statusReplyLength)
    throw new StatusReplyError(`expected ${statusReplyLength} status bytes, got ${reply.length}`);
  const [printer, offline, error, paper] = reply as unknown as [number, number, number, number];
  for (const byte of [printer, offline, error, paper])
    if (!isStatusByte(byte))
      throw new StatusReplyError(`0x${byte.toString(16).padStart(2, '0')} is not a status byte`);
  return {
    offline: bit(printer, 3),
    coverOpen: bit(offline, 2),
    paperFeedButton: bit(offline, 3),
    stoppedOnPaperEnd: bit(offline, 5),
    errorOccurred: bit(offline, 6),
    autocutterError: bit(error, 3),
    unrecoverableError: bit(error, 5),
    autoRecoverableError: bit(error, 6),
    // Near-end and end are each reported on two bits (2-3 and 5-6); either one counts.
    paperNearEnd: bit(paper, 2) || bit(paper, 3),
    paperOut: bit(paper, 5) || bit(paper, 6),
  };
}

/** The one state a person needs to know, the most serious first. */
export function stateFromBits(bits: StatusBits): { state: PrinterState; detail?: string } {
  if (bits.coverOpen) return { state: 'cover-open' };
  if (bits.paperOut || bits.stoppedOnPaperEnd) return { state: 'paper-out' };
  if (bits.unrecoverableError) return { state: 'error', detail: 'unrecoverable error' };
  if (bits.autocutterError) return { state: 'error', detail: 'autocutter error' };
  if (bits.autoRecoverableError)
    return { state: 'error', detail: 'auto-recoverable error (head temperature)' };
  if (bits.errorOccurred) return { state: 'error' };
  if (bits.offline)
    return {
      state: 'offline',
      detail: bits.paperFeedButton
        ? 'paper being fed by the feed button'
        : 'printer reports offline',
    };
  if (bits.paperNearEnd) return { state: 'paper-near-end' };
  return { state: 'ready' };
}
