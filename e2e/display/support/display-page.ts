import { expect, type Page } from '@playwright/test';
import type { QueueEvent } from '../../../shared/announce/announcement-queue';
import { expectNoAxeViolations } from '../../support/axe';

// The display page as a test reads it: what it shows, and what it queued and said (the
// page's `accueilDisplay` hook: its announcement queue's events).

interface DisplayWindow {
  accueilDisplay: { events(): QueueEvent[]; status(): string };
}

interface ShownWindow {
  shownCalls: string[];
  document: {
    body: object;
    querySelector(selector: string): { textContent: string | null } | null;
    querySelectorAll(selector: string): Iterable<{ textContent: string | null }>;
  };
  MutationObserver: new (callback: () => void) => {
    observe(target: object, options: Record<string, boolean>): void;
  };
}

export class DisplayPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(
      this.page.getByTestId('latest-call').or(this.page.getByText('Aucun appel')),
    ).toBeVisible();
  }

  /** Touches the screen, as someone setting it up does, so the browser lets it play sound. */
  async turnSoundOn(): Promise<void> {
    await this.page.getByTestId('sound-gate').click();
    await expect(this.page.getByTestId('sound-gate')).toBeHidden();
  }

  latest() {
    return this.page.getByTestId('latest-call');
  }

  previous() {
    return this.page.getByTestId('previous-calls').locator('li');
  }

  /** From now on, keeps every number the screen shows, latest or previous (`shownCalls`). */
  async recordShownCalls(): Promise<void> {
    await this.page.evaluate(() => {
      const page = globalThis as unknown as ShownWindow;
      page.shownCalls = [];
      const read = () => {
        const latest = page.document.querySelector('.latest__number')?.textContent ?? '';
        page.shownCalls.push(latest.replace(/^\s*\S+\s+/u, '').trim());
        for (const item of page.document.querySelectorAll('.previous__number'))
          page.shownCalls.push((item.textContent ?? '').trim());
      };
      new page.MutationObserver(read).observe(page.document.body, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });
  }

  shownCalls(): Promise<string[]> {
    return this.page.evaluate(() => (globalThis as unknown as ShownWindow).shownCalls);
  }

  events(): Promise<QueueEvent[]> {
    return this.page.evaluate(() =>
      (globalThis as unknown as DisplayWindow).accueilDisplay.events(),
    );
  }

  /** The keys of the calls announced to their end, in order. */
  async finished(): Promise<string[]> {
    return (await this.events()).flatMap((e) => (e.type === 'finished' ? [e.key] : []));
  }

  /** What the voices said, in order. */
  async said(): Promise<{ text: string; outcome: string }[]> {
    return (await this.events()).flatMap((e) =>
      e.type === 'step' && e.step.kind === 'voice'
        ? [{ text: e.step.text, outcome: e.outcome }]
        : [],
    );
  }

  async expectAccessible(where: string): Promise<void> {
    await expectNoAxeViolations(this.page, where);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `.test-results/screenshots/display-${name}.png` });
  }
}
