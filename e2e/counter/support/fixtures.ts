import { expect, type Page } from '@playwright/test';
import { followTestClock, test as base } from '../../support/test-clock';
import { expectNoAxeViolations } from '../../support/axe';
import { ensureTestWebBuild } from '../../support/web-build';
import { testTimeZone } from '../../support/midday-zone';
import { ConsolePage } from './console-page';
import { CounterSite, type CounterSiteOptions } from './counter-site';

// The counter's fixtures (until the shared ones in e2e/support cover the staff apps):
// the web apps built once (shared with the kiosk's tests), a fresh site per test, and console pages on it.

interface WorkerFixtures {
  webDir: string;
}

interface TestFixtures {
  siteOptions: Omit<CounterSiteOptions, 'webDir'>;
  site: CounterSite;
  /** A console in its own browser context (its own session), at the site's /counter/. */
  openConsole: (options?: { devices?: boolean }) => Promise<ConsolePage>;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  webDir: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      await use(await ensureTestWebBuild());
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  siteOptions: [{}, { option: true }],
  site: async ({ webDir, siteOptions }, use) => {
    const site = await CounterSite.start({ webDir, ...siteOptions });
    await use(site);
    await site.close();
  },
  openConsole: async ({ browser, site }, use) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({
        viewport: { width: 1440, height: 1000 },
        timezoneId: testTimeZone,
      });
      await followTestClock(context);
      contexts.push(context);
      const page = await context.newPage();
      await page.goto(site.counterUrl(options.devices ?? site.devices !== null));
      return new ConsolePage(page);
    });
    for (const context of contexts) await context.close();
  },
});

export { expect };

/**
 * Checks a screen for accessibility (axe-core, WCAG 2.1 A and AA: zero violations) and
 * saves its picture under .test-results/screenshots/counter-<name>.png.
 */
export async function checkScreen(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `.test-results/screenshots/counter-${name}.png`, fullPage: true });
  await expectNoAxeViolations(page, `the counter's ${name} screen`);
}
