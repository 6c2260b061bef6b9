import type { Page } from '@playwright/test';
import { expect, test, useKioskWorld } from '../support/kiosk-fixtures';
import type { KioskPage } from '../support/kiosk-page';
import type { PageWindow } from '../support/page-window';

// Large text, high contrast, low reach, audio; keyboard and switch operation with a
// visible focus; touch targets. axe-core checks each mode.

const world = useKioskWorld();

async function visibleButtons(page: Page) {
  const boxes = [];
  for (const button of await page.locator('main button:visible, header button:visible').all()) {
    const box = await button.boundingBox();
    if (box) boxes.push({ name: (await button.textContent())?.trim() ?? '', ...box });
  }
  return boxes;
}

async function turnOn(kiosk: KioskPage, ...modes: Parameters<KioskPage['toggleMode']>[0][]) {
  await kiosk.openAccessibility();
  for (const mode of modes) await kiosk.toggleMode(mode);
  await kiosk.closeDialog();
}

test('every touch target is at least 64×64 px', async ({ kiosk, page }) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  for (const screen of ['home', 'check-in'] as const) {
    if (screen === 'check-in') await kiosk.chooseAppointment();
    for (const box of await visibleButtons(page)) {
      expect(box.width, `${box.name} on ${screen}`).toBeGreaterThanOrEqual(64);
      expect(box.height, `${box.name} on ${screen}`).toBeGreaterThanOrEqual(64);
    }
  }
});

test('large text and high contrast change the whole kiosk and stay accessible', async ({
  kiosk,
  page,
}) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  const size = () =>
    page.evaluate(() => {
      const w = globalThis as unknown as PageWindow;
      return parseFloat(w.getComputedStyle(w.document.documentElement).fontSize);
    });
  const normal = await size();
  await turnOn(kiosk, 'large-text', 'high-contrast');
  expect(await size()).toBeGreaterThanOrEqual(normal * 1.3);
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(0, 0, 0)');
  await kiosk.expectAccessible('home, large text and high contrast');
  await kiosk.screenshot('fr-21-large-text-high-contrast');
  await kiosk.takeWalkInTicket('reception', 'iris');
  await kiosk.expectAccessible('ticket, large text and high contrast');
});

test('low reach brings every control to the bottom half of the screen', async ({ kiosk, page }) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await turnOn(kiosk, 'low-reach');
  const half = (page.viewportSize()?.height ?? 0) / 2;
  const check = async (where: string) => {
    for (const box of await visibleButtons(page))
      expect(box.y, `${box.name} on ${where}`).toBeGreaterThanOrEqual(half);
  };
  await check('home');
  await kiosk.screenshot('fr-22-low-reach-home');
  await kiosk.openAccessibility();
  for (const control of await page.locator('dialog[open] button').all())
    expect(
      (await control.boundingBox())?.y,
      'a control of the accessibility panel',
    ).toBeGreaterThanOrEqual(half);
  await kiosk.screenshot('fr-24-low-reach-dialog');
  await kiosk.closeDialog();
  await kiosk.chooseAppointment();
  await check('check-in');
  await kiosk.screenshot('fr-23-low-reach-check-in');
  await kiosk.goHome();
  await kiosk.takeWalkInTicket('reception', 'iris');
  await check('ticket');
  await kiosk.expectAccessible('ticket, low reach');
});

test('audio mode with no voice on this machine reads with the hub’s offline voice, and says so on screen when that fails too', async ({
  kiosk,
  page,
}) => {
  await page.addInitScript(() => {
    // Headless Chromium may or may not bring voices: make it none, as on a bare kiosk.
    const w = globalThis as unknown as PageWindow;
    Object.defineProperty(w.speechSynthesis, 'getVoices', { value: () => [] });
  });
  const asked: { language: string; text: string }[] = [];
  const answered: { status: number; type: string; voice: string }[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/v1/speech') && request.method() === 'POST')
      asked.push(request.postDataJSON() as { language: string; text: string });
  });
  page.on('response', (response) => {
    if (!response.url().endsWith('/api/v1/speech')) return;
    const headers = response.headers();
    answered.push({
      status: response.status(),
      type: headers['content-type'] ?? '',
      voice: headers['x-voice'] ?? '',
    });
  });
  await kiosk.open(world().kioskUrl());
  await kiosk.openAccessibility();
  await kiosk.toggleMode('audio');
  // The hub renders the screen's words with eSpeak NG (its audio is checked and listened
  // to in main/hub/speech's tests), in French.
  await expect.poll(() => asked.length).toBeGreaterThan(0);
  expect(asked[0]?.language).toBe('fr');
  expect(asked.map((a) => a.text).join(' ')).toMatch(/\p{L}{3,}/u);
  await expect.poll(() => answered[0]?.status).toBe(200);
  expect(answered[0]?.type).toContain('audio/wav');
  expect(answered[0]?.voice).toMatch(/\p{L}/u);
  await expect(page.getByRole('dialog')).toContainText('La borne lit les écrans à voix haute.');

  // The hub's voice unreachable as well: the screen says reading cannot be done.
  await page.route('**/api/v1/speech', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'unavailable', message: 'no voice' } }),
    }),
  );
  await kiosk.closeDialog();
  await kiosk.chooseLanguage('en');
  await kiosk.openAccessibility();
  await expect(page.getByRole('dialog')).toContainText('No voice is available in English');
});

test('audio mode reads each screen and the ticket aloud in the visitor’s language', async ({
  kiosk,
  page,
}) => {
  await page.addInitScript(() => {
    // The machine's speech engine is the edge replaced here: two voices, and a record of
    // what was said (an utterance may only take a voice of the engine it came from).
    const w = globalThis as unknown as PageWindow;
    const spoken: PageWindow['spoken'] = [];
    w.spoken = spoken;
    const voices = [
      { lang: 'fr-FR', name: 'Voix française', default: true, localService: true, voiceURI: 'fr' },
      { lang: 'ar-SA', name: 'صوت عربي', default: false, localService: true, voiceURI: 'ar' },
    ];
    Object.defineProperty(w.speechSynthesis, 'getVoices', { value: () => voices });
    Object.defineProperty(w.speechSynthesis, 'speak', {
      // As a real engine, it ends each utterance once said (here: at once).
      value: (u: { text: string; lang: string; onend: (() => void) | null }) => {
        spoken.push({ text: u.text, lang: u.lang });
        setTimeout(() => u.onend?.(), 10);
      },
    });
    Object.defineProperty(w.speechSynthesis, 'cancel', { value: () => {} });
    class Utterance {
      lang = '';
      voice: unknown = null;
      rate = 1;
      volume = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(readonly text: string) {}
    }
    Object.defineProperty(w, 'SpeechSynthesisUtterance', { value: Utterance });
  });
  const spoken = () => page.evaluate(() => (globalThis as unknown as PageWindow).spoken);
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await turnOn(kiosk, 'audio');
  await kiosk.chooseTicket();
  await expect
    .poll(async () => (await spoken()).map((s) => s.text).join('\n'))
    .toContain('Pour quelle démarche ?');
  await kiosk.goHome();
  const number = await kiosk.takeWalkInTicket('reception', 'iris');
  await expect.poll(async () => (await spoken()).map((s) => s.text).join('\n')).toContain(number);
  expect((await spoken()).at(-1)?.lang).toBe('fr-FR');
  await kiosk.chooseLanguage('ar');
  await expect.poll(async () => (await spoken()).at(-1)?.lang).toBe('ar-SA');
});

test('the whole walk-in path works with the keyboard alone, focus always visible', async ({
  kiosk,
  page,
}) => {
  await kiosk.open(world().kioskUrl());
  const press = async (testId: string) => {
    const target = page.getByTestId(testId);
    for (
      let i = 0;
      i < 60 &&
      !(await target.evaluate(
        (el) => el === (globalThis as unknown as PageWindow).document.activeElement,
      ));
      i++
    )
      await page.keyboard.press('Tab');
    await expect(target).toBeFocused();
    const outline = await target.evaluate(
      (el) => (globalThis as unknown as PageWindow).getComputedStyle(el).outlineStyle,
    );
    expect(outline, `focus ring on ${testId}`).not.toBe('none');
    await page.keyboard.press(testId.startsWith('priority') ? 'Space' : 'Enter');
  };
  await press('start');
  await kiosk.expectScreen('home');
  await press('choose-ticket');
  await press('category-reception');
  await press('service-iris');
  await kiosk.expectScreen('priority');
  await press('priority-no');
  await expect(kiosk.ticketNumber).toBeVisible();
  await press('deliver-paperless');
  await expect(page.getByTestId('paperless')).toBeVisible();
});
