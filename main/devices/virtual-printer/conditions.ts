import { z } from 'zod';
import type { PrinterState } from '../../../shared/devices/status';
import type { StatusQuery } from './document';

// The simulated state of the hardware, switchable at run time, and the status bytes an
// Epson-compatible printer sends back for it (ESC/POS reference, DLE EOT n and GS r n).

export const printerErrors = ['cutter', 'unrecoverable', 'auto-recoverable'] as const;

export const slowSchema = z
  .object({
    /** Bytes read from the connection per second (the sender feels back-pressure). */
    bytesPerSecond: z.number().positive().max(1e9).optional(),
    /** Paper speed: a job is printed only after its length at this speed. */
    mmPerSecond: z.number().positive().max(10_000).optional(),
  })
  .refine((s) => s.bytesPerSecond !== undefined || s.mmPerSecond !== undefined, {
    message: 'give bytesPerSecond, mmPerSecond or both',
  });

export const printerConditionsSchema = z.object({
  paperNearEnd: z.boolean(),
  paperOut: z.boolean(),
  coverOpen: z.boolean(),
  /** Unreachable: refuses connections, and open ones get no answers and print nothing. */
  offline: z.boolean(),
  error: z.enum(printerErrors).nullable(),
  slow: slowSchema.nullable(),
  /** Drawer kick connector pin 3 reads high (a drawer switch: usually "drawer open"). */
  drawerPin3High: z.boolean(),
});
export type PrinterConditions = z.infer<typeof printerConditionsSchema>;
export const conditionsPatchSchema = printerConditionsSchema.partial();
export type ConditionsPatch = z.infer<typeof conditionsPatchSchema>;

export const normalConditions: PrinterConditions = {
  paperNearEnd: false,
  paperOut: false,
  coverOpen: false,
  offline: false,
  error: null,
  slow: null,
  drawerPin3High: false,
};

/** Why the printer cannot print now, or null when it can (near-end still prints). */
export function stopReason(c: PrinterConditions): 'cover-open' | 'paper-out' | 'error' | null {
  if (c.coverOpen) return 'cover-open';
  if (c.paperOut) return 'paper-out';
  if (c.error) return 'error';
  return null;
}

/** The state in the shared device vocabulary. */
export function printerState(c: PrinterConditions): PrinterState {
  if (c.offline) return 'offline';
  return stopReason(c) ?? (c.paperNearEnd ? 'paper-near-end' : 'ready');
}

// Bits 1 and 4 are fixed to 1 in every DLE EOT answer.
const FIXED = 0x12;

const text = (value: string): Uint8Array =>
  Uint8Array.from([0x5f, ...[...value].map((c) => c.charCodeAt(0) & 0x7f), 0x00]);

// GS I n, "printer information B" (n = 65–69): header 0x5F, ASCII, NUL.
const printerInfo: Record<number, string> = {
  65: '1.00',
  66: 'ACCUEIL',
  67: 'VIRTUAL ESC/POS',
  68: 'VP000001',
  69: 'PC437 PC850 PC858 WPC1252',
};

/** The bytes a printer in these conditions answers to a status query, or null for none. */
export function statusAnswer(
  query: Pick<StatusQuery, 'command' | 'n'>,
  c: PrinterConditions,
): Uint8Array | null {
  const stopped = stopReason(c) !== null;
  const nearEnd = c.paperNearEnd || c.paperOut;
  const n = query.n;
  switch (query.command) {
    case 'DLE EOT': {
      const byN: Record<number, number> = {
        // 1 printer: bit 2 drawer pin 3, bit 3 offline.
        1: FIXED | (c.drawerPin3High ? 0x04 : 0) | (stopped ? 0x08 : 0),
        // 2 offline cause: bit 2 cover open, bit 5 stopped by paper end, bit 6 error.
        2: FIXED | (c.coverOpen ? 0x04 : 0) | (c.paperOut ? 0x20 : 0) | (c.error ? 0x40 : 0),
        // 3 error cause: bit 3 autocutter, bit 5 unrecoverable, bit 6 auto-recoverable.
        3:
          FIXED |
          (c.error === 'cutter' ? 0x08 : 0) |
          (c.error === 'unrecoverable' ? 0x20 : 0) |
          (c.error === 'auto-recoverable' ? 0x40 : 0),
        // 4 roll paper sensors: bits 2-3 near end, bits 5-6 paper end.
        4: FIXED | (nearEnd ? 0x0c : 0) | (c.paperOut ? 0x60 : 0),
      };
      const value = byN[n];
      return value === undefined ? null : Uint8Array.of(value);
    }
    case 'GS r':
    case 'ESC v':
      // Paper sensors: bits 0-1 near end, bits 2-3 paper end; GS r 2 is the drawer.
      if (query.command === 'ESC v' || n === 1 || n === 49) {
        return Uint8Array.of((nearEnd ? 0x03 : 0) | (c.paperOut ? 0x0c : 0));
      }
      if (n === 2 || n === 50) return Uint8Array.of(c.drawerPin3High ? 0x01 : 0);
      return null;
    case 'GS I': {
      if (n === 1 || n === 49) return Uint8Array.of(0x20); // model ID
      if (n === 2 || n === 50) return Uint8Array.of(0x02); // type ID: autocutter fitted
      if (n === 3 || n === 51) return Uint8Array.of(0x10); // ROM version ID
      const info = printerInfo[n];
      return info === undefined ? null : text(info);
    }
    default:
      // DLE ENQ, DLE DC4 and GS a (automatic status back) expect no immediate answer.
      return null;
  }
}
