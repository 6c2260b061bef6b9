import type { DeviceStatus } from '../../shared/devices/status';
import type { DeviceChannels } from '../../shared/ipc/device-api';
import { deviceChannels } from '../../shared/ipc/device-channels';
import { failure } from '../../shared/ipc/envelope';
import type { TicketPrinter } from '../devices/printer/ticket-printer';
import type { Scanner } from '../devices/scanner/scanner';
import type { DeviceSupervisor } from '../devices/supervisor/device-supervisor';
import { createHandlers, type HandlerTable } from './handler-table';
import { printerHandlers } from './printer-handlers';

// The device channels' handlers, independent of any transport: the device host's HTTP
// server calls them in web mode, Electron's ipcMain.handle in the app.

/** Opens an allowed e-services portal in the locked browser (Electron only). */
export interface EServiceOpener {
  open(
    portalId: string,
  ): Promise<{ ok: true } | { ok: false; code: 'unknown-portal'; message: string }>;
}

export interface DeviceHandlerDeps {
  supervisor: DeviceSupervisor;
  printer?: TicketPrinter;
  scanner?: Scanner;
  /** Absent in web mode: `kiosk:open-eservice` then answers `unavailable`. */
  eservices?: EServiceOpener;
  log?: (message: string) => void;
}

export type DeviceHandlers = HandlerTable<DeviceChannels>;

export function createDeviceHandlers(deps: DeviceHandlerDeps): DeviceHandlers {
  const { supervisor, scanner, eservices } = deps;
  const log = deps.log ?? ((message: string) => console.error(message));

  const snapshot = (): DeviceStatus[] => {
    const supervised = supervisor.snapshot();
    if (supervised.length > 0) return supervised;
    // Devices nobody supervises still have a status of their own.
    return [
      ...(deps.printer ? [deps.printer.lastStatus()] : []),
      ...(scanner ? [scanner.status()] : []),
    ];
  };

  return createHandlers(
    deviceChannels,
    {
      ...printerHandlers(deps),
      async 'scanner:status'() {
        if (!scanner)
          return failure(
            'unavailable',
            'no serial scanner is configured on this machine: type the code',
          );
        return { ok: true, value: scanner.status() };
      },
      async 'device:statuses'() {
        return { ok: true, value: snapshot() };
      },
      async 'kiosk:open-eservice'({ portalId }) {
        if (!eservices)
          return failure(
            'unavailable',
            'there is no locked browser here (web mode): show a QR code to continue on a phone',
          );
        const opened = await eservices.open(portalId);
        return opened.ok
          ? { ok: true, value: { opened: true as const } }
          : failure(opened.code, opened.message);
      },
    },
    log,
  );
}
