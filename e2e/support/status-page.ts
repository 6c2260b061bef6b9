import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const screenshots = resolve(import.meta.dirname, '../../.test-results/screenshots');

/** A phone: a small portrait screen, touch, the browser set to `locale` (and `timezoneId`). */
export async function openPhone(
  browser: Browser,
  locale = 'fr-FR',
  timezoneId?: string,
): Promise<StatusPage> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale,
    ...(timezoneId ? { timezoneId } : {}),
  });
  const page = await context.newPage();
  // The page asks the hub every few seconds: the test moves the phone's clock instead.
  // From the tests' time (the date sweep's, when it runs), not necessarily the machine's.
  await page.clock.install({ time: Date.now() });
  return new StatusPage(page);
}

/** A ticket's status page as its holder sees it on their phone. */
export class StatusPage {
  readonly number: Locator;
  readonly state: Locator;
  readonly ahead: Locator;
  readonly wait: Locator;
  readonly counter: Locator;
  readonly problem: Locator;

  constructor(readonly page: Page) {
    this.number = page.getByTestId('status-number');
    this.state = page.getByTestId('status-state');
    this.ahead = page.getByTestId('status-ahead');
    this.wait = page.getByTestId('status-wait');
    this.counter = page.getByTestId('status-counter');
    this.problem = page.getByTestId('status-problem');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.locator('h1')).toBeVisible();
  }

  /** Lets the page's next poll happen (it asks every 10 s, backing off to 30 s). */
  async nextPoll(ms = 10_000): Promise<void> {
    await this.page.clock.fastForward(ms);
  }

  async expectAccessible(where: string): Promise<void> {
    await expectNoAxeViolations(this.page, where);
  }

  /** Saves the phone's screen under .test-results/screenshots/status-<name>.png. */
  async screenshot(name: string): Promise<void> {
    mkdirSync(screenshots, { recursive: true });
    await this.page.screenshot({ path: join(screenshots, `status-${name}.png`), fullPage: true });
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}
