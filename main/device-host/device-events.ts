import type { DeviceEventMessage } from '../../shared/ipc/device-api';
import type { Scanner } from '../devices/scanner/scanner';
import type { DeviceSupervisor } from '../devices/supervisor/device-supervisor';
import { Listeners } from '../devices/supervisor/listeners';

// The events the devices push to the UI, in the contract's terms, for any transport
// (the device host's event stream, Electron's webContents.send). Status changes come from
// the supervisor, which sees every device; scans from the scanner.

export interface DeviceEventSourceDeps {
  supervisor: DeviceSupervisor;
  scanner?: Scanner;
  onListenerError?: (error: unknown) => void;
}

export class DeviceEventSource {
  private readonly listeners: Listeners<{ event: [DeviceEventMessage] }>;
  private readonly unsubscribers: Array<() => void>;

  constructor({ supervisor, scanner, onListenerError }: DeviceEventSourceDeps) {
    this.listeners = new Listeners(onListenerError);
    this.unsubscribers = [
      supervisor.subscribe(({ status }) =>
        this.emit({ event: 'device:status-changed', payload: status }),
      ),
    ];
    if (scanner) {
      const scannerId = scanner.id;
      this.unsubscribers.push(
        scanner.on('scan', ({ payload, at }) =>
          this.emit({ event: 'scanner:scanned', payload: { ok: true, scannerId, at, payload } }),
        ),
        scanner.on('rejected', ({ reason, message, at }) =>
          this.emit({
            event: 'scanner:scanned',
            // The contract caps messages at 300 characters: shortened, never dropped.
            payload: { ok: false, scannerId, at, reason, message: message.slice(0, 300) },
          }),
        ),
      );
    }
  }

  /** Every event from now on; returns the unsubscriber. */
  subscribe(listener: (message: DeviceEventMessage) => void): () => void {
    return this.listeners.on('event', listener);
  }

  close(): void {
    for (const off of this.unsubscribers.splice(0)) off();
    this.listeners.clear();
  }

  private emit(message: DeviceEventMessage): void {
    this.listeners.emit('event', message);
  }
}
