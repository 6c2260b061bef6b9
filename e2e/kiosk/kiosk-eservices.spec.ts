import type { Page } from '@playwright/test';
import { expect, test, useKioskWorld } from '../support/kiosk-fixtures';

// The e-services screen, both ways. In a web browser (web mode) the kiosk has no locked
// browser: every portal continues on the visitor's phone through a QR code. In the
// Electron app the page finds the preload's `accueilApp` and opens the site's portals in
// the locked browser (naming each by its id: main holds its own list from the hub),
// drawing its bar and keyboard around the view. Electron itself is not here (e2e/electron
// covers the real app where its binary is): a stand-in preload, installed before the page
// loads, answers the browser:* channels as main does and records what the page asked.

const world = useKioskWorld();

/** The Electron preload's app API as the kiosk page sees it, recording every call. */
function installPreloadStandIn() {
  type Listener = (payload: unknown) => void;
  const listeners: Listener[] = [];
  const calls: { channel: string; request: unknown }[] = [];
  const state = { portalId: '', canGoBack: false, loading: false, zoomPercent: 100 };
  const steps = [100, 125, 150, 175, 200];
  const scope = globalThis as unknown as Record<string, unknown>;
  scope.__browserCalls = calls;
  scope.__browserEmit = (event: unknown) => listeners.forEach((listener) => listener(event));
  scope.accueilApp = {
    invoke: async (channel: string, request: { portalId?: string; step?: string }) => {
      calls.push({ channel, request });
      // A test may say main has no portal list yet (`__openAnswer`, set by a later init script).
      if (channel === 'browser:open' && scope.__openAnswer === 'unavailable')
        return {
          ok: false,
          error: { code: 'unavailable', message: 'the site’s portals could not be read yet' },
        };
      if (channel === 'browser:open') state.portalId = request.portalId ?? '';
      if (channel === 'browser:zoom') {
        const at = steps.indexOf(state.zoomPercent) + (request.step === 'larger' ? 1 : -1);
        state.zoomPercent = steps[Math.max(0, Math.min(steps.length - 1, at))] ?? 100;
      }
      if (channel === 'browser:key') return { ok: true, value: { typed: true } };
      if (channel === 'browser:layout') return { ok: true, value: { placed: true } };
      if (channel === 'browser:end') return { ok: true, value: { ended: true } };
      return { ok: true, value: { ...state } };
    },
    on: (event: string, listener: Listener) => {
      if (event === 'browser:event') listeners.push(listener);
      return () => {};
    },
  };
}

const calls = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { __browserCalls: { channel: string; request: unknown }[] })
        .__browserCalls,
  );
const emit = (page: Page, event: unknown) =>
  page.evaluate(
    (e) => (globalThis as unknown as { __browserEmit: (e: unknown) => void }).__browserEmit(e),
    event,
  );

test('in a web browser, e-services still continue on a phone through a QR code', async ({
  kiosk,
}) => {
  await kiosk.open(world().kioskUrl());
  await kiosk.start();
  await kiosk.chooseEServices();
  await expect(kiosk.page.getByTestId('locked-portals')).toHaveCount(0);
  await kiosk.page.getByTestId('portal-caf').click();
  await expect(kiosk.page.getByTestId('portal-qr')).toHaveAttribute(
    'data-qr-value',
    'https://www.caf.fr/',
  );
  await expect(
    kiosk.page.getByText('Continuez sur votre téléphone : scannez ce code.'),
  ).toBeVisible();
  await kiosk.expectAccessible('e-services in web mode');
});

test.describe('in the Electron app', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(installPreloadStandIn);
  });

  test("lists the site's portals, opens one under the bar, types with the keyboard, and ends it before home shows", async ({
    kiosk,
    page,
  }) => {
    await kiosk.open(world().kioskUrl());
    await kiosk.start();
    await kiosk.chooseEServices();
    const list = page.getByTestId('locked-portals');
    await expect(list.getByRole('button')).toHaveCount(5);
    await expect(page.getByTestId('portal-ants')).toContainText('Carte d’identité, passeport');
    await kiosk.expectAccessible('the locked portals list');
    await kiosk.screenshot('eservices-locked-list');

    await page.getByTestId('portal-ants').click();
    const overlay = page.getByTestId('browser-overlay');
    await expect(overlay).toBeVisible();
    await expect(page.getByTestId('browser-portal')).toHaveText('ANTS');
    await expect(overlay).toContainText('Site officiel sécurisé');
    const opened = (await calls(page)).find((c) => c.channel === 'browser:open');
    expect(opened?.request).toEqual({ portalId: 'ants' });
    // The view is placed below the bar: main is told the bar's height.
    const barHeight = await page
      .locator('.browser__bar')
      .evaluate((bar) => (bar as unknown as { offsetHeight: number }).offsetHeight);
    await expect
      .poll(
        async () =>
          (await calls(page)).filter((c) => c.channel === 'browser:layout').at(-1)?.request,
      )
      .toEqual({ top: barHeight, bottom: 0 });

    await page.getByTestId('browser-larger').click();
    await expect(overlay).toContainText('Taille du texte : 125 %');
    await page.getByTestId('browser-keyboard-toggle').click();
    const keyboard = page.getByTestId('browser-keyboard');
    await expect(keyboard).toBeVisible();
    await keyboard.locator('[data-key="é"]').click();
    await keyboard.locator('[data-key="@"]').click();
    await keyboard.locator('[data-key="Shift"]').click();
    await keyboard.locator('[data-key="Ç"]').click();
    await keyboard.locator('[data-key="Backspace"]').click();
    const keys = (await calls(page))
      .filter((c) => c.channel === 'browser:key')
      .map((c) => c.request);
    expect(keys).toEqual([{ key: 'é' }, { key: '@' }, { key: 'Ç' }, { key: 'Backspace' }]);
    await kiosk.expectAccessible('the locked browser bar and keyboard');
    await kiosk.screenshot('eservices-locked-keyboard');

    await emit(page, { kind: 'refused', reason: 'origin', host: 'www.google.com' });
    const notice = page.getByTestId('browser-notice');
    await expect(notice).toContainText(
      'Cette page (www.google.com) ne fait pas partie des sites autorisés',
    );
    await expect(page.getByTestId('browser-qr')).toHaveAttribute(
      'data-qr-value',
      'https://ants.gouv.fr/',
    );
    await kiosk.expectAccessible('a refused navigation');
    await kiosk.screenshot('eservices-locked-refused');

    await page.getByTestId('browser-end').click();
    await kiosk.expectScreen('home');
    await expect(overlay).toHaveCount(0);
    const channels = (await calls(page)).map((c) => c.channel);
    expect(channels.at(-1)).toBe('browser:end');
  });

  test('tells the visitor a download, a print or a file was refused, in their language', async ({
    kiosk,
    page,
  }) => {
    await kiosk.open(world().kioskUrl());
    await kiosk.start();
    await kiosk.chooseLanguage('en');
    await kiosk.chooseEServices();
    await page.getByTestId('portal-caf').click();
    const notice = page.getByTestId('browser-notice');
    await emit(page, { kind: 'download-refused' });
    await expect(notice).toContainText(
      'Downloads are not possible on the kiosk. To save this document, continue on your phone',
    );
    await emit(page, { kind: 'print-refused' });
    await expect(notice).toContainText('Printing is not possible on the kiosk.');
    await emit(page, { kind: 'file-refused' });
    await expect(notice).toContainText('Attaching a file is not possible on the kiosk.');
    await expect(page.getByTestId('browser-qr')).toHaveAttribute(
      'data-qr-value',
      'https://www.caf.fr/',
    );
    await expect(page.getByTestId('browser-end')).toHaveText('Finish');
  });

  test('when main has no portal list from the hub yet, the portal continues on the phone', async ({
    kiosk,
    page,
  }) => {
    await page.addInitScript(() => {
      // The stand-in answers browser:open `unavailable`.
      (globalThis as unknown as { __openAnswer: string }).__openAnswer = 'unavailable';
    });
    await kiosk.open(world().kioskUrl());
    await kiosk.start();
    await kiosk.chooseEServices();
    await page.getByTestId('portal-ants').click();
    await expect(page.getByTestId('browser-overlay')).toHaveCount(0);
    await expect(page.getByTestId('screen').getByRole('status')).toHaveAttribute(
      'data-why',
      'unavailable',
    );
    await expect(
      page.getByText('La borne ne peut pas vérifier ce site pour le moment.'),
    ).toBeVisible();
    await expect(page.getByTestId('portal-qr')).toHaveAttribute(
      'data-qr-value',
      'https://ants.gouv.fr/',
    );
    await kiosk.expectAccessible('e-services when main cannot check the portal');
  });

  test('idle: the view gives the screen to the warning, activity in it starts over, then the visit ends before the attract screen', async ({
    kiosk,
    page,
  }) => {
    await page.clock.install();
    await kiosk.open(world().kioskUrl({ idle: '60', warning: '25' }));
    await kiosk.start();
    await kiosk.chooseEServices();
    await page.getByTestId('portal-impots').click();
    await expect(page.getByTestId('browser-overlay')).toBeVisible();

    // Touches in the view reach main, not this page: main's activity events keep the visit.
    await page.clock.fastForward(50_000);
    await emit(page, { kind: 'activity' });
    await page.clock.fastForward(50_000);
    const warning = page.getByRole('alertdialog');
    await expect(warning).toBeHidden();

    await page.clock.fastForward(11_000);
    await expect(warning).toBeVisible();
    const lastLayout = async () =>
      (await calls(page)).filter((c) => c.channel === 'browser:layout').at(-1)?.request;
    const height = await page.evaluate(
      () => (globalThis as unknown as { innerHeight: number }).innerHeight,
    );
    await expect.poll(lastLayout).toEqual({ top: height, bottom: 0 });
    await page.clock.fastForward(26_000);
    await kiosk.expectScreen('attract');
    await expect(page.getByTestId('browser-overlay')).toHaveCount(0);
    expect((await calls(page)).map((c) => c.channel)).toContain('browser:end');
  });
});
