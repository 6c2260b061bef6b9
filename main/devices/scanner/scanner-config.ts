import { z } from 'zod';
import { MAX_SCAN_BYTES } from '../../../shared/scan/payload';
import { lineTerminators } from './line-framer';

// A USB id as lsusb and serialport print it: 4 hex digits. "0x05E0" or "5e0" are accepted
// and normalised, since that is how people copy them from other tools.
const usbId = z
  .string()
  .trim()
  .transform((id) => id.toLowerCase().replace(/^0x/, '').padStart(4, '0'))
  .pipe(z.string().regex(/^[0-9a-f]{4}$/, 'a USB id is 4 hexadecimal digits, e.g. 05e0'));

export const deviceSelectorSchema = z.union([
  z.strictObject({
    /** A device node or a link to one (/dev/serial/by-id/… stays right across replugs). */
    path: z.string().min(1),
  }),
  z.strictObject({
    vendorId: usbId,
    productId: usbId,
    /** To tell two identical scanners apart. */
    serialNumber: z.string().min(1).optional(),
  }),
]);
export type DeviceSelector = z.infer<typeof deviceSelectorSchema>;

export const serialScannerConfigSchema = z.strictObject({
  id: z.string().min(1).max(64),
  device: deviceSelectorSchema,
  baudRate: z.number().int().positive().default(9600),
  /** What the scanner sends after each code (its "suffix" setting). */
  terminator: z.enum(lineTerminators).default('CR'),
  maxLineBytes: z.number().int().min(16).max(65_536).default(MAX_SCAN_BYTES),
  /** Bytes of a line that then stay silent this long are dropped as a partial line. */
  partialLineTimeoutMs: z.number().int().min(10).max(60_000).default(200),
});
export type SerialScannerConfigInput = z.input<typeof serialScannerConfigSchema>;
export type SerialScannerConfig = z.output<typeof serialScannerConfigSchema>;
