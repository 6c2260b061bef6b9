import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../../support/axe';
import { testTimeZone } from '../../support/midday-zone';
import { followTestClock } from '../../support/test-clock';
import { passwordOf } from '../../counter/support/e2e-site-config';

const screenshots = resolve(import.meta.dirname, '../../../.test-results/screenshots');

/** What the dashboard exposes to tests (`window.accueilDashboard`, numbers and states only). */
export interface DashboardHook {
  seq(): number | null;
  status(): string;
  sound(): {
    wanted: string;
    sounding: string;
    played: number;
    lastPlayed: string | null;
    muted: boolean;
    blocked: boolean;
    context: string;
  };
}

export type DashboardView = 'live' | 'counters' | 'alerts' | 'fleet' | 'actions';

/**
 * The floor manager's dashboard as a manager uses it: signs in, moves between views by
 * the navigation, reads what the screen says; waits on the screen, never on time.
 */
export class DashboardPage {
  constructor(readonly page: Page) {}

  static async open(
    browser: Browser,
    siteUrl: string,
    options: { viewport?: { width: number; height: number }; language?: 'fr' | 'en' } = {},
  ): Promise<DashboardPage> {
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1440, height: 1000 },
      timezoneId: testTimeZone,
    });
    await followTestClock(context);
    const page = await context.newPage();
    if (options.language)
      await page.addInitScript(
        (code) => localStorage.setItem('accueil.dashboard.language', code),
        options.language,
      );
    await page.goto(`${siteUrl}/dashboard/`);
    return new DashboardPage(page);
  }

  async signIn(agentId: string, password = passwordOf(agentId)): Promise<void> {
    await this.page.locator('input[name="agentId"]').fill(agentId);
    await this.page.locator('input[name="password"]').fill(password);
    await this.page.locator('form button[type="submit"]').click();
    await expect(this.page.getByTestId('link')).toHaveAttribute('data-status', 'live');
  }

  async go(view: DashboardView): Promise<void> {
    await this.page.getByTestId(`nav-${view}`).click();
    await expect(this.page.locator(`[data-view="${view}"]`)).toBeVisible();
  }

  alert(kind: string): Locator {
    return this.page.getByTestId('active-alerts').getByTestId(`alert-${kind}`);
  }

  async acknowledge(kind: string): Promise<void> {
    await this.alert(kind).getByTestId('acknowledge').click();
  }

  /** What the alert sound did so far. */
  sound(): Promise<ReturnType<DashboardHook['sound']>> {
    return this.page.evaluate(() =>
      (globalThis as unknown as { accueilDashboard: DashboardHook }).accueilDashboard.sound(),
    );
  }

  device(label: string): Locator {
    return this.page.getByTestId('fleet').locator('tbody tr', { hasText: label });
  }

  counter(id: string): Locator {
    return this.page.getByTestId(`counter-${id}`);
  }

  get dialog(): Locator {
    return this.page.getByTestId('confirm-dialog');
  }

  async confirm(): Promise<void> {
    await this.dialog.getByTestId('confirm-ok').click();
    await expect(this.dialog).toBeHidden();
  }

  async screenshot(name: string): Promise<void> {
    mkdirSync(screenshots, { recursive: true });
    await this.page.screenshot({
      path: join(screenshots, `dashboard-${name}.png`),
      fullPage: true,
    });
  }

  async expectAccessible(where: string): Promise<void> {
    await expectNoAxeViolations(this.page, `the dashboard's ${where}`);
  }

  async close(): Promise<void> {
    await this.page.context().close();
  }
}
