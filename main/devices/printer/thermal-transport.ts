import ntp from 'node-thermal-printer';
import type { PrinterStatus } from '../../../shared/devices/status';
import { withTimeout } from './links/link';
import type { PrinterTransport, SendOutcome } from './transport';

// One-way paths, through node-thermal-printer's interfaces and `raw()`: a device file
// that cannot be read back (a parallel port, /dev/usb/lp* on a printer without a
// back-channel) and an operating-system printer queue (its `printer:NAME` interface with a
// spooler driver, see cups-driver.ts). The printer's own state cannot be read here, so
// status says `unknown` with `readsStatus: false`, except when the path itself is gone
// (`offline`), which we can see.

export interface PrintDriver {
  getPrinters(): { name: string; attributes: string[] }[];
  getPrinter(name: string): { name: string; status: string[] } | undefined;
  printDirect(options: {
    data: Buffer;
    printer: string;
    type: 'RAW';
    docname: string | false;
    success: (jobId: string) => void;
    error: (error: Error) => void;
  }): void;
}

export type OneWayTarget =
  { kind: 'device-file'; path: string } | { kind: 'os-queue'; queue: string; driver: PrintDriver };

export class ThermalTransport implements PrinterTransport {
  readonly readsStatus = false;
  private readonly printer: InstanceType<typeof ntp.ThermalPrinter>;
  private readonly where: string;

  constructor(
    readonly deviceId: string,
    target: OneWayTarget,
    private readonly options: { timeoutMs?: number } = {},
  ) {
    this.where = target.kind === 'device-file' ? target.path : `printer:${target.queue}`;
    this.printer = new ntp.ThermalPrinter({
      type: ntp.PrinterTypes.EPSON,
      interface: this.where,
      ...(target.kind === 'os-queue' ? { driver: target.driver } : {}),
    });
  }

  private status(state: 'unknown' | 'offline', detail: string): PrinterStatus {
    return {
      kind: 'printer',
      deviceId: this.deviceId,
      state,
      readsStatus: false,
      lastReadAt: null,
      detail,
    };
  }

  async readStatus(): Promise<PrinterStatus> {
    let present: boolean;
    try {
      present = await this.printer.isPrinterConnected();
    } catch {
      present = false; // its printer interface throws `false` for an unavailable queue
    }
    return present
      ? this.status('unknown', `one-way link (${this.where}): the printer's state cannot be read`)
      : this.status('offline', `${this.where} is not available`);
  }

  async send(bytes: Uint8Array): Promise<SendOutcome> {
    const before = await this.readStatus();
    if (before.state === 'offline')
      return { kind: 'not-sent', status: before, detail: before.detail ?? '' };
    try {
      await withTimeout(
        this.printer.raw(Buffer.from(bytes)),
        this.options.timeoutMs ?? 10_000,
        `sending to ${this.where}`,
      );
      return { kind: 'delivered', status: before };
    } catch (error) {
      const detail = `${this.where}: ${error instanceof Error ? error.message : String(error)}`;
      return { kind: 'uncertain', status: before, detail };
    }
  }

  async close(): Promise<void> {}
}
