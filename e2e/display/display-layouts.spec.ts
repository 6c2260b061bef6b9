import { expect, test } from '@playwright/test';
import { testTimeZone } from '../support/midday-zone';
import { DisplayPage } from './support/display-page';
import { startDisplayWorld, type DisplayWorld } from './support/display-world';

// The screen at the sizes waiting rooms have (720p to 4K, landscape and portrait), each
// looked at (screenshots) and checked by axe-core; numbers only, never a name.

let world: DisplayWorld;
test.beforeAll(async () => {
  world = await startDisplayWorld();
  const counters = ['g1', 'g2', 'g3', 'b12'] as const;
  for (let i = 0; i < 9; i += 1) {
    const ticket = await world.issue(i % 3 === 0 ? 'etat-civil' : 'iris');
    await world.call(counters[i % 4]!, ticket.ticketId);
  }
  for (let i = 0; i < 4; i += 1) await world.issue('iris');
});
test.afterAll(() => world.close());
test.use({ timezoneId: testTimeZone });

// What each language's screen must say (its words, set by its configuration's `language`).
const words = {
  fr: { lang: 'fr', dir: 'ltr', gate: 'Touchez pour activer le son', latest: 'Appel en cours' },
  ar: { lang: 'ar', dir: 'rtl', gate: 'المس الشاشة لتشغيل الصوت', latest: 'النداء الحالي' },
} as const;

const sizes = [
  { width: 1280, height: 720, label: 'Écran du hall', language: 'fr' },
  { width: 1920, height: 1080, label: 'Écran du hall', language: 'fr' },
  { width: 3840, height: 2160, label: 'Écran du hall', language: 'fr' },
  { width: 1080, height: 1920, label: 'Écran état civil', language: 'fr' },
  { width: 1080, height: 1920, label: 'Écran du hall, portrait', language: 'fr' },
  { width: 1920, height: 1080, label: 'Écran arabe', language: 'ar' },
  { width: 1080, height: 1920, label: 'Écran arabe, portrait', language: 'ar' },
] as const;

for (const { width, height, label, language } of sizes) {
  test(`${width}×${height} (${label}, ${language})`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const display = new DisplayPage(page);
    const said = words[language];
    await display.open(await world.displayUrl(label));
    await expect(display.latest()).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', said.lang);
    await expect(page.locator('html')).toHaveAttribute('dir', said.dir);
    await expect(page.getByRole('region', { name: said.latest })).toBeVisible();
    await expect(page.getByTestId('sound-gate')).toContainText(said.gate);
    await expect(page.getByTestId('info-line')).toContainText(
      /La mairie ferme|The town hall closes|تغلق البلدية/u,
    );
    // The town's brand from the site configuration: its name, and its logo beside it.
    await expect(page.getByTestId('brand')).toContainText('Ville de Vanves');
    await expect(page.getByTestId('brand').locator('img')).toHaveAttribute(
      'src',
      /^data:image\/svg\+xml/u,
    );
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mairie de Vanves');
    // Reduced motion: a steady frame, no animation.
    const animation = await display
      .latest()
      .evaluate(
        (element) =>
          (
            globalThis as unknown as { getComputedStyle(e: object): { animationName: string } }
          ).getComputedStyle(element).animationName,
      );
    expect(animation).toBe('none');
    // Nothing overflows the screen.
    const overflow = await page.evaluate(() => {
      const root = (
        globalThis as unknown as {
          document: {
            documentElement: {
              scrollHeight: number;
              clientHeight: number;
              scrollWidth: number;
              clientWidth: number;
            };
          };
        }
      ).document.documentElement;
      return root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth;
    });
    expect(overflow).toBe(false);
    await display.screenshot(`${width}x${height}-${language}-${label.replace(/\P{L}+/gu, '-')}`);
    await display.expectAccessible(`the display at ${width}×${height}`);
  });
}
