/** Something that calls back when it may have changed; returns the function that stops it. */
export type Signal = (wake: () => void) => () => void;

/**
 * Resolves once `condition()` holds, checking it now and again each time one of the
 * signals fires (never on a timer); fails after `timeoutMs` saying what was awaited.
 */
export function waitUntil(
  what: string,
  condition: () => boolean,
  signals: readonly Signal[],
  timeoutMs = 30_000,
  /** Added to the timeout's message: the state that was not good enough. */
  describe?: () => unknown,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const stops: (() => void)[] = [];
    const finish = (error?: Error) => {
      clearTimeout(timer);
      for (const stop of stops) stop();
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => {
      const seen = describe ? ` (last seen: ${JSON.stringify(describe())})` : '';
      finish(new Error(`timed out waiting for ${what}${seen}`));
    }, timeoutMs);
    const check = () => {
      try {
        if (condition()) finish();
      } catch (error) {
        finish(error as Error);
      }
    };
    for (const signal of signals) stops.push(signal(check));
    check();
  });
}
