import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test as counterTest } from '../../counter/support/fixtures';
import { followTestClock } from '../../support/test-clock';
import { KioskPage } from '../../support/kiosk-page';
import { kioskViewport } from '../../support/kiosk-viewport';
import { printedTexts, savePrintedTicket } from '../../support/printed-tickets';
import { openPhone, type StatusPage } from '../../support/status-page';
import { testTimeZone } from '../../support/midday-zone';

// The whole site at once, composed from both fixture sets: the console's site (a real
// hub with three counters and agents serving overlapping services, the built web apps,
// an enrolled kiosk) with its device host and virtual printer, which the kiosk page
// uses; console pages (openConsole), a kiosk page and a visitor's phone, each in its
// own browser context.

const screenshots = resolve(import.meta.dirname, '../../../.test-results/screenshots');

export interface KioskPrinter {
  /** The decoded text of every ticket printed so far. */
  texts(): string[];
  /** Saves the printed ticket holding `number` as printed-<name>.png; answers its text. */
  save(number: string, name: string): Promise<string>;
}

interface SiteFixtures {
  /** The hall's kiosk, open on its attract screen (portrait, in the site's time zone). */
  kiosk: KioskPage;
  /** The virtual printer behind the kiosk. */
  printer: KioskPrinter;
  /** A visitor's phone, in the town's time zone (the test opens its status page). */
  phone: StatusPage;
}

export const test = counterTest.extend<SiteFixtures>({
  siteOptions: { devices: true },
  kiosk: async ({ browser, site }, use) => {
    const context = await browser.newContext({
      viewport: kioskViewport,
      timezoneId: testTimeZone,
    });
    await followTestClock(context);
    const kiosk = new KioskPage(await context.newPage());
    await kiosk.open(site.kioskUrl());
    await use(kiosk);
    await context.close();
  },
  printer: async ({ site }, use) => {
    const devices = site.devices;
    if (!devices) throw new Error('the site has no device host');
    await use({
      texts: () => printedTexts(devices),
      save: (number, name) => savePrintedTicket(devices, number, name),
    });
  },
  phone: async ({ browser }, use) => {
    const phone = await openPhone(browser, 'fr-FR', testTimeZone);
    await use(phone);
    await phone.close();
  },
});

export { expect } from '../../counter/support/fixtures';

/** Saves a page of the journey as .test-results/screenshots/site-<name>.png. */
export async function siteScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `site-${name}.png`), fullPage: true });
}
