import { watch } from 'vue';
import type { PrinterStatus } from '../../../shared/devices/status';
import { useCounterStore } from '../stores/counter-store';
import { usePrinterStore } from '../stores/printer-store';
import { useQueueStore } from '../stores/queue-store';
import { useSessionStore } from '../stores/session-store';

/** Equal for the hub: the time of the printer's last answer changes at every poll. */
function statusKey(status: PrinterStatus): string {
  const { lastReadAt: _lastReadAt, ...rest } = status;
  return JSON.stringify(rest);
}

/**
 * Tells the hub how this counter's printer is, like a kiosk does: at each change while the
 * agent holds the counter (the hub takes the counter as the source and raises or clears
 * `printer-unavailable` / `printer-paper-low` itself), and at once when a print fails.
 */
export function useDeviceReports(): void {
  const printer = usePrinterStore();
  const counter = useCounterStore();
  const queue = useQueueStore();
  const session = useSessionStore();
  let reported: string | null = null;

  watch(
    () => [printer.status, counter.holding, queue.isLive] as const,
    ([status, holding, live]) => {
      if (!status || !holding || !live) return;
      const key = statusKey(status);
      if (key === reported) return;
      reported = key;
      session.command('devices:report', { statuses: [status] }).catch(() => {
        // Sent again at the next change or once the link is back.
        reported = null;
      });
    },
    { immediate: true },
  );

  watch(
    () => printer.lastFailure,
    (failure) => {
      if (!failure || !counter.holding) return;
      // Staff hear of it now, not at the next status change; the hub keeps one alert.
      session
        .command('alert:raise', {
          kind: 'printer-unavailable',
          detail: `print failed: ${failure.code}`.slice(0, 200),
        })
        .catch(() => {});
    },
  );
}
