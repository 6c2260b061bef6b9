import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTicketPrinter } from '../devices/printer/create-printer';
import { PrintJournal } from '../devices/printer/print-journal';
import type { PrinterConfigInput } from '../devices/printer/printer-config';
import type { PrinterLogEvent, TicketPrinter } from '../devices/printer/ticket-printer';
import type { Scanner } from '../devices/scanner/scanner';
import type { SerialScannerConfigInput } from '../devices/scanner/scanner-config';
import { SerialScanner } from '../devices/scanner/serial-scanner';
import { startSimulatedScanner, type SimulatedScanner } from '../devices/scanner/simulated-scanner';
import {
  DeviceSupervisor,
  type DeviceSupervisorOptions,
} from '../devices/supervisor/device-supervisor';
import { printerDevice } from '../devices/supervisor/printer-device';
import { scannerDevice } from '../devices/supervisor/scanner-device';
import { startVirtualPrinter, type VirtualPrinter } from '../devices/virtual-printer';

// One machine's devices, opened from a description and supervised: the composition the
// device host (web mode) and the Electron app both start from.

export type PrinterChoice =
  /** The virtual ESC/POS printer on loopback, printed to over TCP like a real one (demo, tests). */
  | {
      kind: 'virtual';
      deviceId?: string;
      paperWidthMm?: 58 | 80;
      /** Where each ticket is written as .txt, .html and .png. */
      outputDir?: string;
      journalPath?: string;
    }
  /** A real printer; `journalPath` keeps at-most-once across restarts (in memory otherwise). */
  | { kind: 'config'; config: PrinterConfigInput; journalPath?: string }
  | { kind: 'instance'; printer: TicketPrinter };

export type ScannerChoice =
  /** A SerialScanner on a socat pseudo-terminal pair, fed by `injectScan` (demo, tests). */
  | { kind: 'simulated'; id?: string; dir?: string }
  | { kind: 'serial'; config: SerialScannerConfigInput }
  | { kind: 'instance'; scanner: Scanner };

export interface OpenDevicesOptions {
  printer?: PrinterChoice;
  scanner?: ScannerChoice;
  supervisor?: DeviceSupervisorOptions;
  log?: (message: string) => void;
}

export interface OpenedDevices {
  supervisor: DeviceSupervisor;
  printer?: TicketPrinter;
  scanner?: Scanner;
  virtualPrinter?: VirtualPrinter;
  simulatedScanner?: SimulatedScanner;
  close(): Promise<void>;
}

function describePrintEvent(event: PrinterLogEvent): string {
  const { type, deviceId, jobId, ...rest } = event;
  return `printer ${deviceId}: ${type} ${jobId} ${JSON.stringify(rest)}`;
}

/** Opens the chosen devices, starts their supervision; on failure closes what it opened. */
export async function openDevices(options: OpenDevicesOptions): Promise<OpenedDevices> {
  const log = options.log ?? ((message: string) => console.log(message));
  const closers: Array<() => Promise<void> | void> = [];
  const closeAll = async () => {
    for (const close of closers.splice(0).reverse()) {
      try {
        await close();
      } catch (error) {
        log(`closing a device failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  };
  const opened: Partial<OpenedDevices> = {};
  try {
    const printer = options.printer;
    if (printer?.kind === 'instance') opened.printer = printer.printer;
    else if (printer) {
      let config: PrinterConfigInput;
      if (printer.kind === 'virtual') {
        const paperWidth = printer.paperWidthMm ?? 80;
        const vp = await startVirtualPrinter({
          paperWidthMm: paperWidth,
          ...(printer.outputDir ? { outputDir: printer.outputDir } : {}),
        });
        closers.push(() => vp.close());
        opened.virtualPrinter = vp;
        const deviceId = printer.deviceId ?? 'virtual-printer';
        config = { link: 'network', deviceId, paperWidth, host: vp.host, port: vp.port };
      } else config = printer.config;
      const journal = PrintJournal.open(printer.journalPath ?? ':memory:');
      closers.push(() => journal.close());
      opened.printer = createTicketPrinter(config, {
        journal,
        log: (event) => log(describePrintEvent(event)),
      });
    }

    const scanner = options.scanner;
    if (scanner?.kind === 'instance') opened.scanner = scanner.scanner;
    else if (scanner?.kind === 'serial') opened.scanner = new SerialScanner(scanner.config);
    else if (scanner?.kind === 'simulated') {
      const dir = scanner.dir ?? (await mkdtemp(join(tmpdir(), 'accueil-scanner-')));
      if (!scanner.dir) closers.push(() => rm(dir, { recursive: true, force: true }));
      const simulated = await startSimulatedScanner({
        dir,
        ...(scanner.id ? { id: scanner.id } : {}),
      });
      closers.push(() => simulated.stop());
      opened.simulatedScanner = simulated;
      opened.scanner = simulated.scanner;
    }

    const supervisor = new DeviceSupervisor(options.supervisor);
    if (opened.printer) supervisor.add(printerDevice(opened.printer));
    if (opened.scanner) supervisor.add(scannerDevice(opened.scanner));
    // Stopping the supervisor closes the devices it owns, before the pair and printer behind them.
    closers.push(() => supervisor.stop());
    await supervisor.start();
    return { ...opened, supervisor, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
