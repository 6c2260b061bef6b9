import { expect, test, useKioskWorld } from '../support/kiosk-fixtures';

// French first, five more languages each named in itself; Arabic right to left; the
// printed ticket in the visitor's language; an idle kiosk warns, then forgets the visitor.

const world = useKioskWorld();

/** The page's window, as much of it as the CSP test reads (e2e/ has no DOM types). */
interface CspWindow {
  cspViolations: string[];
  document: {
    addEventListener(
      type: 'securitypolicyviolation',
      listener: (event: {
        violatedDirective: string;
        blockedURI: string;
        sourceFile: string;
        lineNumber: number;
        columnNumber: number;
      }) => void,
    ): void;
  };
}

const homeTitles = {
  fr: 'Que souhaitez-vous faire ?',
  en: 'What would you like to do?',
  es: '¿Qué desea hacer?',
  ar: 'ماذا تريد أن تفعل؟',
  pt: 'O que deseja fazer?',
  uk: 'Що ви бажаєте зробити?',
} as const;

test('each language is offered in itself and switches the whole screen', async ({
  kiosk,
  page,
}) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await page.getByTestId('open-language').click();
  for (const [code, name] of Object.entries({
    fr: 'Français',
    en: 'English',
    es: 'Español',
    ar: 'العربية',
    pt: 'Português',
    uk: 'Українська',
  }))
    await expect(page.getByTestId(`language-${code}`)).toHaveText(name);
  await kiosk.closeDialog();
  for (const [code, title] of Object.entries(homeTitles)) {
    await kiosk.chooseLanguage(code);
    await expect(kiosk.heading).toHaveText(title);
    await expect(page.locator('html')).toHaveAttribute('dir', code === 'ar' ? 'rtl' : 'ltr');
  }
});

test('Arabic mirrors the layout: the language control starts on the right', async ({
  kiosk,
  page,
}) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.chooseLanguage('ar');
  const box = await page.getByTestId('open-language').boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  expect(box && box.x + box.width).toBeGreaterThan(width * 0.75);
  await kiosk.chooseLanguage('fr');
  const ltr = await page.getByTestId('open-language').boundingBox();
  expect(ltr?.x).toBeLessThan(width * 0.25);
});

test('the printed ticket speaks the visitor’s language', async ({ kiosk }) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.chooseLanguage('es');
  await kiosk.start();
  const number = await kiosk.takeWalkInTicket('reception', 'iris');
  await kiosk.printTicket();
  await expect
    .poll(
      () =>
        world()
          .printedTexts()
          .find((text) => text.includes(number)) ?? '',
    )
    .toContain('Su número');
});

test('a Ukrainian ticket prints in Ukrainian: its words as images, the number as text', async ({
  kiosk,
}) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.chooseLanguage('uk');
  await kiosk.start();
  const number = await kiosk.takeWalkInTicket('reception', 'iris');
  await kiosk.printTicket();
  await world().printedTicket(number);
  const paper = await world().savePrintedTicket(number, 'uk-ticket');
  // No French words and no "?" for letters the code page lacks: Cyrillic went to images.
  expect(paper).not.toContain('Votre numéro');
  expect(paper).not.toContain('?');
  expect(paper.match(/\[IMAGE /g)?.length ?? 0).toBeGreaterThanOrEqual(6);
});

test('idle: a warning of at least 20 s to extend, then every trace of the visitor is gone', async ({
  kiosk,
  page,
}) => {
  await page.clock.install();
  await kiosk.open(world().kioskUrl({ idle: '60', warning: '25' }));
  await kiosk.chooseLanguage('es');
  await kiosk.start();
  await kiosk.openAccessibility();
  await kiosk.toggleMode('large-text');
  await kiosk.closeDialog();
  await kiosk.chooseAppointment();
  await page.getByRole('button', { name: 'K', exact: true }).click();
  await page.getByRole('button', { name: '7', exact: true }).click();
  await expect(page.getByTestId('code-input')).toHaveValue('K7');

  await page.clock.fastForward(61_000);
  const warning = page.getByRole('alertdialog');
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('¿Sigue ahí?');
  const seconds = Number(
    /(\d+) segundos/.exec((await page.getByTestId('idle-countdown').textContent()) ?? '')?.[1],
  );
  expect(seconds).toBeGreaterThanOrEqual(20);
  await kiosk.expectAccessible('idle warning');
  await kiosk.screenshot('es-20-idle-warning');
  await page.getByTestId('idle-stay').click();
  await expect(warning).toBeHidden();
  await expect(page.getByTestId('code-input')).toHaveValue('K7');

  await page.clock.fastForward(61_000);
  await expect(warning).toBeVisible();
  await page.clock.fastForward(26_000);
  await kiosk.expectScreen('attract');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('html')).not.toHaveClass(/ui-text-large/);
  await kiosk.start();
  await kiosk.chooseAppointment();
  await expect(page.getByTestId('code-input')).toHaveValue('');
});

test('Arabic and Ukrainian under the hub’s real CSP: precompiled words, no policy violation', async ({
  kiosk,
  page,
}) => {
  // Every violation the page reports, and any console error (vue-i18n complains there of
  // a message it would have to compile).
  await page.addInitScript(() => {
    const w = globalThis as unknown as CspWindow;
    w.cspViolations = [];
    w.document.addEventListener('securitypolicyviolation', (event) =>
      w.cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      ),
    );
  });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  const answer = await page.goto(world().kioskUrl());
  expect(answer?.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(answer?.headers()['content-security-policy']).not.toContain('unsafe-eval');

  for (const [code, title, dir] of [
    ['ar', homeTitles.ar, 'rtl'],
    ['uk', homeTitles.uk, 'ltr'],
  ] as const) {
    await kiosk.chooseLanguage(code);
    await kiosk.start();
    await expect(kiosk.heading).toHaveText(title);
    await expect(page.locator('html')).toHaveAttribute('lang', code);
    await expect(page.locator('html')).toHaveAttribute('dir', dir);
    await kiosk.chooseTicket();
    await kiosk.chooseCategory('reception');
    await expect(page.getByTestId('service-iris')).toContainText(/\p{L}/u);
    await kiosk.screenshot(`${code}-services`);
    await kiosk.chooseService('iris');
    await kiosk.answerPriority(false);
    await expect(kiosk.ticketNumber).toHaveText(/^[A-Z]\d+$/u);
    await kiosk.screenshot(`${code}-ticket`);
    await kiosk.choosePaperless();
    await kiosk.finish();
  }
  const violations = await page.evaluate(() => (globalThis as unknown as CspWindow).cspViolations);
  expect(violations).toEqual([]);
  expect(
    errors.filter((text) => /Content Security Policy|eval|compile|intlify|i18n/iu.test(text)),
  ).toEqual([]);
});
