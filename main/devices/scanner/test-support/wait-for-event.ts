import type { Scanner, ScannerEvents } from '../scanner';

/**
 * Resolves with the next `event` the scanner emits that satisfies `accept`. The timer is a
 * safety net that names what never came, not a wait: tests never sleep.
 */
export function nextEvent<E extends keyof ScannerEvents>(
  scanner: Scanner,
  event: E,
  accept: (...args: ScannerEvents[E]) => boolean = () => true,
  timeoutMs = 10_000,
): Promise<ScannerEvents[E][0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      const { state, detail } = scanner.status();
      reject(
        new Error(
          `no matching '${String(event)}' event within ${timeoutMs} ms (scanner ${state}: ${detail})`,
        ),
      );
    }, timeoutMs);
    const off = scanner.on(event, (...args) => {
      if (!accept(...args)) return;
      clearTimeout(timer);
      off();
      resolve(args[0]);
    });
  });
}

/** Collects every event of one kind, for asserting on the whole sequence. */
export function record<E extends keyof ScannerEvents>(
  scanner: Scanner,
  event: E,
): Array<ScannerEvents[E][0]> {
  const seen: Array<ScannerEvents[E][0]> = [];
  scanner.on(event, (...args) => void seen.push(args[0]));
  return seen;
}
