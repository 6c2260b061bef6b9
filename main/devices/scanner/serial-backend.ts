import { realpath } from 'node:fs/promises';
import { SerialPort } from 'serialport';
import { hangupAwareBinding } from './hangup-aware-binding';

/** What the system says about a serial port (the shape serialport's `list()` returns). */
export interface SerialPortInfo {
  path: string;
  manufacturer?: string | undefined;
  serialNumber?: string | undefined;
  vendorId?: string | undefined;
  productId?: string | undefined;
}

/** A serial port as the scanner uses it; serialport's streams have this shape. */
export interface SerialStream {
  readonly isOpen: boolean;
  open(callback: (error: Error | null) => void): void;
  close(callback?: (error?: Error | null) => void): void;
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  /** With an error when the device went away (serialport's DisconnectedError). */
  on(event: 'close', listener: (error?: Error | null) => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/**
 * Where serial ports come from. The system backend is serialport over the OS; tests also
 * use serialport's mock binding (test-support/mock-serial-backend.ts), which has no files.
 */
export interface SerialBackend {
  list(): Promise<SerialPortInfo[]>;
  /** The device node `path` leads to now (through by-id or socat links), or null if absent. */
  resolve(path: string): Promise<string | null>;
  /** A port object, not yet open, so listeners can be attached before anything happens. */
  create(options: { path: string; baudRate: number }): SerialStream;
}

const binding = hangupAwareBinding();

export const systemSerialBackend: SerialBackend = {
  list: () => SerialPort.list(),
  async resolve(path) {
    try {
      return await realpath(path);
    } catch {
      return null;
    }
  },
  create: ({ path, baudRate }) => new SerialPort({ path, baudRate, autoOpen: false, binding }),
};
