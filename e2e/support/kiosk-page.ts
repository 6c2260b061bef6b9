import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const screenshots = resolve(import.meta.dirname, '../../.test-results/screenshots');

export type ScreenName =
  | 'attract'
  | 'home'
  | 'check-in'
  | 'check-in-outcome'
  | 'categories'
  | 'services'
  | 'unavailable'
  | 'documents'
  | 'priority'
  | 'ticket'
  | 'eservices'
  | 'help'
  | 'hub-down'
  | 'setup'
  | 'survey';

export type Mode = 'large-text' | 'high-contrast' | 'low-reach' | 'audio';

/** The kiosk as a visitor meets it: what is on screen (locators) and what they do (actions). */
export class KioskPage {
  readonly screen: Locator;
  readonly heading: Locator;
  readonly ticketNumber: Locator;
  readonly problem: Locator;

  constructor(readonly page: Page) {
    this.screen = page.getByTestId('screen');
    this.heading = page.locator('main h1');
    this.ticketNumber = page.getByTestId('ticket-number');
    this.problem = page.getByTestId('check-in-problem');
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.expectScreen('attract');
  }

  /** `timeoutMs` for screens that wait on the network coming back (reconnection backoff). */
  async expectScreen(name: ScreenName, timeoutMs?: number): Promise<void> {
    await expect(this.screen).toHaveAttribute(
      'data-screen',
      name,
      timeoutMs ? { timeout: timeoutMs } : {},
    );
  }

  private async tap(testId: string): Promise<void> {
    await this.page.getByTestId(testId).click();
  }

  async start(): Promise<void> {
    await this.tap('start');
    await this.expectScreen('home');
  }

  async goHome(): Promise<void> {
    await this.tap('nav-home');
    await this.expectScreen('home');
  }

  async goBack(): Promise<void> {
    await this.tap('nav-back');
  }

  async chooseAppointment(): Promise<void> {
    await this.tap('choose-appointment');
    await this.expectScreen('check-in');
  }

  async chooseTicket(): Promise<void> {
    await this.tap('choose-ticket');
  }

  async chooseEServices(): Promise<void> {
    await this.tap('choose-eservices');
    await this.expectScreen('eservices');
  }

  async askForHelp(): Promise<void> {
    await this.tap('choose-help');
    await this.expectScreen('help');
  }

  /** Types a code on the on-screen keyboard, key by key, and validates it. */
  async typeCodeOnScreen(code: string): Promise<void> {
    const keyboard = this.page.locator('.ui-keyboard');
    for (const key of code) await keyboard.getByRole('button', { name: key, exact: true }).click();
    await expect(this.page.getByTestId('code-input')).toHaveValue(code);
    await keyboard.locator('.ui-keyboard__key--submit').click();
  }

  /** What a keyboard-wedge scanner does: a burst of keys, then Enter. */
  async wedgeScan(text: string): Promise<void> {
    // A scanner's keys come a few ms apart. Playwright's key presses each cross the
    // DevTools protocol, which on a loaded machine spaces them wider than any scanner
    // (and than the detector's limit), so the burst is dispatched inside the page.
    // (A string: e2e/ is type-checked without the DOM's types.)
    await this.page.evaluate(`(() => {
      const target = document.activeElement ?? document.body;
      for (const key of [...${JSON.stringify(text)}, 'Enter'])
        target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    })()`);
  }

  async chooseCategory(code: string): Promise<void> {
    await this.tap(`category-${code}`);
    await this.expectScreen('services');
  }

  async chooseService(code: string): Promise<void> {
    await this.tap(`service-${code}`);
  }

  async tickDocument(code: string): Promise<void> {
    await this.page.getByTestId(`document-${code}`).locator('input').check();
  }

  async continueFromDocuments(): Promise<void> {
    await this.tap('documents-next');
  }

  async answerPriority(priority: boolean): Promise<void> {
    await this.tap(priority ? 'priority-yes' : 'priority-no');
    await this.expectScreen('ticket');
    await expect(this.ticketNumber).toBeVisible();
  }

  /**
   * From home: a walk-in ticket for a service of a category, no documents to tick. On a
   * site with a single category (`null`), the kiosk goes straight to its services.
   */
  async takeWalkInTicket(
    category: string | null,
    service: string,
    priority = false,
  ): Promise<string> {
    await this.chooseTicket();
    if (category === null) await this.expectScreen('services');
    else await this.chooseCategory(category);
    await this.chooseService(service);
    await this.expectScreen('priority');
    await this.answerPriority(priority);
    return (await this.ticketNumber.textContent())?.trim() ?? '';
  }

  async printTicket(): Promise<void> {
    await this.tap('deliver-print');
    await expect(this.page.getByTestId('printed')).toBeVisible();
  }

  async choosePaperless(): Promise<void> {
    await this.tap('deliver-paperless');
    await expect(this.page.getByTestId('paperless')).toBeVisible();
  }

  async finish(): Promise<void> {
    await this.tap('finish');
    await this.expectScreen('attract');
  }

  async chooseLanguage(code: string): Promise<void> {
    await this.tap('open-language');
    await this.tap(`language-${code}`);
    await expect(this.page.locator('html')).toHaveAttribute('lang', code);
  }

  async openAccessibility(): Promise<void> {
    await this.tap('open-accessibility');
    await expect(this.page.getByRole('dialog')).toBeVisible();
  }

  async toggleMode(mode: Mode): Promise<void> {
    await this.tap(`mode-${mode}`);
  }

  async closeDialog(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await expect(this.page.locator('dialog[open]')).toHaveCount(0);
  }

  async expectAccessible(where: string): Promise<void> {
    await expectNoAxeViolations(this.page, where);
  }

  /** Saves what the visitor sees under .test-results/screenshots/<name>.png. */
  async screenshot(name: string): Promise<void> {
    mkdirSync(screenshots, { recursive: true });
    await this.page.screenshot({ path: join(screenshots, `kiosk-${name}.png`), fullPage: false });
  }
}
