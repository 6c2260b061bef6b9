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
export interface DeviceHandlerDeps {
  supervisor: DeviceSupervisor;
  printer?: TicketPrinter;
  scanner?: Scanner;
  log?: (message: string) => void;
}

export type DeviceHandlers = HandlerTable<DeviceChannels>;

export function createDeviceHandlers(deps: DeviceHandlerDeps): DeviceHandlers {
  const { supervisor, scanner } = deps;
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
    },
    log,
  );
}
