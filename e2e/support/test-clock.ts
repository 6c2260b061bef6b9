import { test as base, type BrowserContext } from '@playwright/test';

// Under the date sweep (npm run test:dates) the test processes run on libfaketime's
// shifted clock, but Chromium cannot (its zygote hangs under LD_PRELOAD): the browser is
// launched without it (chromium.ts) and each page's clock is set to the tests' own time
// instead, then runs on from there. Without the sweep, pages keep the real clock.

/** Whether this run's clock is shifted by the date sweep. */
export const sweptClock = Boolean(process.env.FAKETIME);

/** Gives a browser context the test process's time (the swept one), when it is shifted. */
export async function followTestClock(context: BrowserContext): Promise<void> {
  if (sweptClock) await context.clock.install({ time: Date.now() });
}

/** The base of every spec's `test`: its default context follows the test clock. */
export const test = base.extend({
  context: async ({ context }, use) => {
    await followTestClock(context);
    await use(context);
  },
});

export { expect } from '@playwright/test';
