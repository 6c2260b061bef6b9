import { expect, type Locator, type Page } from '@playwright/test';
import { passwordOf } from './e2e-site-config';

export type ActionName =
  'callNext' | 'recall' | 'start' | 'noShow' | 'transfer' | 'finish' | 'pause' | 'resume';

/**
 * The counter console as an agent uses it: locators by role and label (what the agent
 * reads), actions as sentences, and waits on what the screen shows, never on time.
 */
export class ConsolePage {
  constructor(readonly page: Page) {}

  get screen(): Locator {
    return this.page.locator('main[data-screen]');
  }

  async expectScreen(name: 'login' | 'setup' | 'console' | 'report'): Promise<void> {
    await expect(this.screen).toHaveAttribute('data-screen', name);
  }

  async signIn(agentId: string, password = passwordOf(agentId)): Promise<void> {
    await this.page.getByLabel('Identifiant agent').fill(agentId);
    await this.page.getByLabel('Mot de passe').fill(password);
    await this.page.getByRole('button', { name: 'Se connecter' }).click();
  }

  /** Chooses a counter (and, if given, exactly these services) and opens it. */
  async openCounter(label: string, services?: string[]): Promise<void> {
    await this.page.getByRole('radio', { name: new RegExp(`^${label}\\b`) }).check();
    if (services) {
      const boxes = this.page
        .getByRole('group', { name: 'Services servis pendant cette session' })
        .getByRole('checkbox');
      for (const box of await boxes.all()) {
        const name = (await box.getAttribute('value')) ?? '';
        await box.setChecked(services.includes(name));
      }
    }
    await this.page.getByRole('button', { name: /Ouvrir le guichet|Reprendre le guichet/ }).click();
  }

  /** Signs in and opens a counter: the console is then showing and live. */
  async startSession(agentId: string, counter: string, services?: string[]): Promise<void> {
    await this.signIn(agentId);
    await this.expectScreen('setup');
    await this.openCounter(counter, services);
    await this.expectScreen('console');
    await this.expectLive();
  }

  async expectLive(): Promise<void> {
    await expect(this.page.getByTestId('connection')).toHaveText(/En direct/);
  }

  action(name: ActionName): Locator {
    return this.page.locator(`[data-action="${name}"]`);
  }

  /** Clicks an action and waits until the console has the hub's answer back. */
  async act(name: ActionName): Promise<void> {
    const button = this.action(name);
    await expect(button).toBeEnabled();
    await button.click();
    await this.settled();
  }

  /** Waits until no action is in flight (the hub answered and the stream caught up). */
  async settled(): Promise<void> {
    await expect(this.page.locator('.console[data-pending=""]')).toBeVisible();
  }

  get currentNumber(): Locator {
    return this.page.getByTestId('current-number');
  }

  get current(): Locator {
    return this.page.getByTestId('current-ticket');
  }

  get queue(): Locator {
    return this.page.getByTestId('queue');
  }

  queueRow(number: string): Locator {
    return this.page.locator(`tr[data-number="${number}"]`);
  }

  get refusal(): Locator {
    return this.page.getByTestId('refusal');
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  /** Finishes the visit at the desk with an outcome (its French label) and a note. */
  async finish(outcome: string, note = ''): Promise<void> {
    await this.act('finish');
    const dialog = this.dialog(/Terminer la visite/);
    await dialog.getByRole('radio', { name: outcome }).check();
    if (note) await dialog.getByLabel('Note (facultative)').fill(note);
    await dialog.getByRole('button', { name: 'Terminer', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Sends the visitor at the desk to a service (its French name), with a note for the colleague. */
  async transferToService(service: string, note = ''): Promise<void> {
    await this.act('transfer');
    const dialog = this.dialog('Transférer le visiteur');
    await dialog.getByRole('combobox', { name: 'Service' }).selectOption({ label: service });
    if (note) await dialog.getByLabel('Note pour le collègue').fill(note);
    await dialog.getByRole('button', { name: 'Transférer', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  /** Signs in as a manager (who holds no counter) and opens the day's report. */
  async openDayReport(managerId: string): Promise<Locator> {
    await this.signIn(managerId);
    await this.expectScreen('setup');
    await this.page.getByRole('button', { name: 'Rapport du jour' }).click();
    await this.expectScreen('report');
    return this.page.getByTestId('day-report');
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }
}
