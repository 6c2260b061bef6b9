import type { DeviceStatus } from '../../../shared/devices/status';

export type DeviceKind = DeviceStatus['kind'];

/**
 * What the supervisor needs of a device, whatever it is. Adapters: scannerDevice (a
 * Scanner) and printerDevice (a TicketPrinter).
 */
export interface ManagedDevice {
  readonly id: string;
  readonly kind: DeviceKind;
  /**
   * Whether close() then open() gives the device a fresh start (the default). A device
   * whose close() is final says false: failed status reads then only show in its status.
   */
  readonly reopenable?: boolean;
  /** Rejects when the device cannot be used now; the supervisor retries with a backoff. */
  open(): Promise<void>;
  close(): Promise<void>;
  /** The device's status, read from it where the link allows. May reject. */
  readStatus(): Promise<DeviceStatus>;
  /** For devices that learn of changes themselves (a scanner unplugged): pushed at once. */
  watch?(listener: (status: DeviceStatus) => void): () => void;
}
