import type { Scanner } from '../scanner/scanner';
import type { ManagedDevice } from './managed-device';

/**
 * A Scanner under supervision. The scanner reconnects by itself (it hears the port close
 * at once), so `open` never rejects and its status changes are pushed, not polled.
 */
export function scannerDevice(scanner: Scanner): ManagedDevice {
  return {
    id: scanner.id,
    kind: 'scanner',
    open: () => scanner.open(),
    close: () => scanner.close(),
    readStatus: () => Promise.resolve(scanner.status()),
    watch: (listener) => scanner.on('status', listener),
  };
}
