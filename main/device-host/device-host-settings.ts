import { z } from 'zod';
import { printerConfigSchema } from '../devices/printer/printer-config';
import { serialScannerConfigSchema } from '../devices/scanner/scanner-config';

/**
 * A kiosk machine's devices in web mode (`npm run device-host -- --config FILE`): which
 * printer and scanner it has, which hub pages may use them, and the fixed token the
 * kiosk's address carries (so the address survives restarts).
 */
export const deviceHostSettingsSchema = z.strictObject({
  printer: z
    .discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('config'),
        config: printerConfigSchema,
        journalPath: z.string().min(1).optional(),
      }),
      z.strictObject({
        kind: z.literal('virtual'),
        paperWidthMm: z.union([z.literal(58), z.literal(80)]).default(80),
        outputDir: z.string().min(1).optional(),
      }),
      z.strictObject({ kind: z.literal('none') }),
    ])
    .default({ kind: 'none' }),
  scanner: z
    .discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('serial'), config: serialScannerConfigSchema }),
      z.strictObject({ kind: z.literal('simulated') }),
      z.strictObject({ kind: z.literal('none') }),
    ])
    .default({ kind: 'none' }),
  /** Origins of the hub pages allowed to call this host, e.g. "https://hub.mairie.local:8443". */
  allowedOrigins: z
    .array(z.string().regex(/^https?:\/\/[^\s/?#]+$/, 'an origin such as https://hub.local:8443'))
    .min(1)
    .max(8),
  port: z.number().int().min(0).max(65535).default(8090),
  /** 16–128 of A-Z a-z 0-9 _ -; absent: a new random token each start (the kiosk address changes). */
  token: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,128}$/, '16 to 128 of A-Z a-z 0-9 _ -')
    .optional(),
});
export type DeviceHostSettings = z.output<typeof deviceHostSettingsSchema>;
