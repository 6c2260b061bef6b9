import { z } from 'zod';

// The vocabulary every device reports in, from the adapter up to the hub and the
// manager's dashboard. `lastReadAt` is when the device itself last answered (epoch ms),
// null when it never has; `readsStatus` is false where the link cannot read status back
// (a one-way OS printer queue), so nobody mistakes "no news" for "ready".

export const printerStates = [
  'ready',
  'paper-near-end',
  'paper-out',
  'cover-open',
  'offline',
  'error',
  'unknown',
] as const;
export type PrinterState = (typeof printerStates)[number];

export const scannerStates = ['ready', 'disconnected', 'error', 'unknown'] as const;
export type ScannerState = (typeof scannerStates)[number];

const common = {
  deviceId: z.string().min(1).max(64),
  detail: z.string().max(500).optional(),
  readsStatus: z.boolean(),
  lastReadAt: z.number().int().nonnegative().nullable(),
};

export const printerStatusSchema = z.object({
  ...common,
  kind: z.literal('printer'),
  state: z.enum(printerStates),
});

export const scannerStatusSchema = z.object({
  ...common,
  kind: z.literal('scanner'),
  state: z.enum(scannerStates),
});

export const deviceStatusSchema = z.discriminatedUnion('kind', [
  printerStatusSchema,
  scannerStatusSchema,
]);

export type PrinterStatus = z.infer<typeof printerStatusSchema>;
export type ScannerStatus = z.infer<typeof scannerStatusSchema>;
export type DeviceStatus = z.infer<typeof deviceStatusSchema>;

/** A printer can take a job now (near-end still prints). */
export function printerCanPrint(status: PrinterStatus): boolean {
  return status.state === 'ready' || status.state === 'paper-near-end';
}
