import type { Rasterize } from '../../../shared/print/render';
import { createLpDriver } from './cups-driver';
import { EscPosLinkTransport } from './escpos-link-transport';
import { JournaledTicketPrinter } from './journaled-printer';
import { SerialLink } from './links/serial-link';
import { TcpLink } from './links/tcp-link';
import type { PrintJournal } from './print-journal';
import { printerConfigSchema, type PrinterConfigInput } from './printer-config';
import { createRasterizer } from './rasterize';
import type { PrinterLogEvent, TicketPrinter } from './ticket-printer';
import { ThermalTransport } from './thermal-transport';
import type { PrinterTransport } from './transport';

// The one place a printer configuration becomes a TicketPrinter.

export interface PrinterDependencies {
  journal: PrintJournal;
  log?: (event: PrinterLogEvent) => void;
  /** Defaults to the canvas rasterizer, so Arabic tickets print. */
  rasterize?: Rasterize;
  now?: () => number;
}

export function createTicketPrinter(
  config: PrinterConfigInput,
  deps: PrinterDependencies,
): TicketPrinter {
  const c = printerConfigSchema.parse(config);
  const now = deps.now ? { now: deps.now } : {};
  let transport: PrinterTransport;
  switch (c.link) {
    case 'network':
      transport = new EscPosLinkTransport(c.deviceId, new TcpLink({ host: c.host, port: c.port }), {
        timeouts: c.timeouts,
        ...now,
      });
      break;
    case 'serial':
      transport = new EscPosLinkTransport(
        c.deviceId,
        new SerialLink({ path: c.path, baudRate: c.baudRate }),
        { timeouts: c.timeouts, ...now },
      );
      break;
    case 'device-file':
      transport = new ThermalTransport(
        c.deviceId,
        { kind: 'device-file', path: c.path },
        {
          timeoutMs: c.timeoutMs,
        },
      );
      break;
    case 'os-queue':
      transport = new ThermalTransport(
        c.deviceId,
        {
          kind: 'os-queue',
          queue: c.queue,
          driver: createLpDriver({ lpCommand: c.lpCommand, lpstatCommand: c.lpstatCommand }),
        },
        { timeoutMs: c.timeoutMs },
      );
      break;
  }
  return new JournaledTicketPrinter({
    transport,
    journal: deps.journal,
    paperWidth: c.paperWidth,
    codePage: c.codePage,
    rasterize: deps.rasterize ?? createRasterizer(),
    ...(deps.log ? { log: deps.log } : {}),
  });
}
