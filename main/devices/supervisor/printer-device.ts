import type { TicketPrinter } from '../printer/ticket-printer';
import type { ManagedDevice } from './managed-device';

/**
 * A TicketPrinter under supervision. The printer opens a connection per conversation, so
 * there is nothing to open; a link that fails shows as `offline` in its status rather
 * than as a rejected read. Its `close()` is final, so the supervisor must never reopen it:
 * `reopenable: false`. Statuses the printer reads around a job are pushed through
 * `watch`, so a paper-out found by a job reaches the hub before the next poll.
 */
export function printerDevice(printer: TicketPrinter): ManagedDevice {
  return {
    id: printer.deviceId,
    kind: 'printer',
    reopenable: false,
    open: () => Promise.resolve(),
    close: () => printer.close(),
    readStatus: () => printer.status(),
    watch: (listener) => printer.onStatus(listener),
  };
}
