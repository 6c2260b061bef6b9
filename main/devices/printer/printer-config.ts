import { z } from 'zod';
import { codePages } from '../../../shared/print/code-page';
import { paperWidths } from '../../../shared/print/paper';

// Where a ticket printer is and how to talk to it, as the device configuration holds it.

const common = {
  deviceId: z.string().min(1).max(64),
  paperWidth: z.union(paperWidths.map((w) => z.literal(w)) as [z.ZodLiteral<58>, z.ZodLiteral<80>]),
  codePage: z.enum(codePages).default('wpc1252'),
};

const timeouts = z
  .object({
    openMs: z.number().int().positive().max(60_000),
    statusMs: z.number().int().positive().max(60_000),
    jobMs: z.number().int().positive().max(300_000),
  })
  .partial()
  .default({});

export const printerConfigSchema = z.discriminatedUnion('link', [
  z.object({
    link: z.literal('network'),
    ...common,
    host: z.string().min(1).max(253),
    port: z.number().int().min(1).max(65535).default(9100),
    timeouts,
  }),
  z.object({
    link: z.literal('serial'),
    ...common,
    path: z.string().min(1).max(255),
    baudRate: z.number().int().positive().default(9600),
    timeouts,
  }),
  z.object({
    link: z.literal('device-file'),
    ...common,
    path: z.string().min(1).max(255),
    timeoutMs: z.number().int().positive().max(300_000).default(10_000),
  }),
  z.object({
    link: z.literal('os-queue'),
    ...common,
    queue: z.string().regex(/^[\w.-]{1,127}$/, 'a printer queue name (letters, digits, _ . -)'),
    /** The spooler's raw print command, `lp` by default (CUPS). */
    lpCommand: z.string().min(1).max(255).default('lp'),
    lpstatCommand: z.string().min(1).max(255).default('lpstat'),
    timeoutMs: z.number().int().positive().max(300_000).default(10_000),
  }),
]);
export type PrinterConfig = z.infer<typeof printerConfigSchema>;
export type PrinterConfigInput = z.input<typeof printerConfigSchema>;
