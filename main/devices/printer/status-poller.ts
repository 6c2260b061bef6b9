import type { PrinterStatus } from '../../../shared/devices/status';
import type { TicketPrinter } from './ticket-printer';

// Reads a printer's status on a schedule (jobs read it too, just before printing), so a
// paper-out is seen by staff before a visitor finds it. Polls never overlap.

export interface StatusPolling {
  stop(): void;
}

export function startStatusPolling(
  printer: TicketPrinter,
  options: { intervalMs: number; onStatus?: (status: PrinterStatus) => void },
): StatusPolling {
  let running = false;
  let stopped = false;
  const poll = async () => {
    if (running || stopped) return;
    running = true;
    try {
      const status = await printer.status();
      if (!stopped) options.onStatus?.(status);
    } finally {
      running = false;
    }
  };
  void poll();
  const timer = setInterval(() => void poll(), options.intervalMs);
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
