import { test as base } from './test-clock';
import { KioskPage } from './kiosk-page';
import { siteTimeZone } from './kiosk-site';
import { kioskViewport } from './kiosk-viewport';
import { startKioskWorld, type KioskWorld, type KioskWorldOptions } from './kiosk-world';

// One real hub, device host and kiosk build per spec file (beforeAll), a fresh page per
// test in a portrait kiosk-sized window; the browser itself is reused by Playwright.

export const test = base.extend<{ kiosk: KioskPage }>({
  viewport: kioskViewport,
  // The page shows times in the site's zone, as a kiosk set up on site does.
  timezoneId: siteTimeZone,
  kiosk: async ({ page }, use) => {
    await use(new KioskPage(page));
  },
});

export { expect } from '@playwright/test';

/** Starts the world before the file's tests and stops it after; read it as `world()`. */
export function useKioskWorld(options: KioskWorldOptions = {}): () => KioskWorld {
  let world: KioskWorld | undefined;
  test.beforeAll(async () => {
    world = await startKioskWorld(options);
  });
  test.afterAll(async () => {
    await world?.close();
  });
  return () => {
    if (!world) throw new Error('the kiosk world is not started');
    return world;
  };
}
