import type { DeviceStatus, PrinterState } from '../../../../shared/devices/status';
import type { Clock } from '../clock';
import type { ManagedDevice } from '../managed-device';

/**
 * A printer-like device whose faults a test switches on: it refuses to open a given number
 * of times, answers status reads with its current state, and can fail or hang them. Like a
 * real link, it cannot be read while closed.
 */
export class FakeDevice implements ManagedDevice {
  readonly kind = 'printer' as const;
  opens = 0;
  closes = 0;
  isOpen = false;
  state: PrinterState = 'ready';
  /** Opens that will still fail. */
  refuseOpens = 0;
  /** Status reads that will still fail. */
  failReads = 0;
  hangReads = false;
  /** false plays a device whose close() is final (a TicketPrinter). */
  reopenable = true;
  /** What the device reports as its id (a wrong one plays a buggy adapter). */
  reportsAs: string;

  constructor(
    readonly id: string,
    private readonly clock: Clock,
  ) {
    this.reportsAs = id;
  }

  async open(): Promise<void> {
    this.opens++;
    if (this.refuseOpens > 0) {
      this.refuseOpens--;
      throw new Error('connection refused');
    }
    this.isOpen = true;
  }

  async close(): Promise<void> {
    this.closes++;
    this.isOpen = false;
  }

  readStatus(): Promise<DeviceStatus> {
    if (this.hangReads) return new Promise(() => undefined);
    if (!this.isOpen) return Promise.reject(new Error('not open'));
    if (this.failReads > 0) {
      this.failReads--;
      return Promise.reject(new Error('no answer to DLE EOT'));
    }
    return Promise.resolve({
      deviceId: this.reportsAs,
      kind: 'printer',
      state: this.state,
      readsStatus: true,
      lastReadAt: this.clock.now(),
    });
  }
}
