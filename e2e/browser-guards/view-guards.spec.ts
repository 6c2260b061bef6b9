import { expect, test, type Page } from '@playwright/test';
import {
  guardMarker,
  guardPageApis,
  guardPageEvents,
} from '../../main/electron/browser/view-guards';

// The locked view's guards (main/electron/browser/view-guards.ts) against a real DOM:
// Debian's Chromium, a page served from an https origin of its own. As the view's preload
// does, `guardPageApis` runs in the page's world before any of its scripts and
// `guardPageEvents` in an isolated world (here through CDP's `worldName`, which is what
// an isolated world of a preload is). Both run in every frame here, where Electron runs a
// preload in the main frame only (main guards sub-frames once they load): this checks
// what the guards do, not where Electron runs them. Electron itself is not here: the
// preload's wiring is covered by main/electron/browser/*.test.ts.

const origin = 'https://portail.test';

// A portal's page that asks for everything the kiosk refuses.
const portalPage = `<!doctype html><html><head><title>Portail</title></head><body>
<form><label id="label" for="upload">Pièce jointe</label>
<input id="upload" type="file"><input id="colour" type="color"><input id="name" type="text">
<button id="send" type="button">Envoyer</button></form>
<script>
  window.pageClicks = [];
  document.addEventListener('click', (event) => pageClicks.push(event.target.id), true);
</script></body></html>`;

async function openPortal(page: Page, guarded = true) {
  await page.route(`${origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: portalPage }),
  );
  if (guarded) {
    await page.addInitScript({
      content: `(${guardPageApis.toString()})(${JSON.stringify(guardMarker)});`,
    });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Page.enable');
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', {
      source: `(${guardPageEvents.toString()})(${JSON.stringify(guardMarker)});`,
      worldName: 'accueil-view-guard',
    });
  }
  const lines: string[] = [];
  page.on('console', (message) => lines.push(message.text()));
  const choosers: string[] = [];
  page.on('filechooser', (chooser) => choosers.push(chooser.isMultiple() ? 'multiple' : 'one'));
  await page.goto(`${origin}/demarche`);
  /** A round trip to the page: a chooser it asked for has been reported by then. */
  const settled = async () => {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
    await page.evaluate(() => 1);
    return choosers.length;
  };
  return { lines, choosers, settled };
}

test.describe('the locked view’s guards, in a real Chromium page', () => {
  test('without them, a click on the upload field opens a chooser (the check below can see one)', async ({
    page,
  }) => {
    const { settled } = await openPortal(page, false);
    const chooser = page.waitForEvent('filechooser');
    await page.locator('#upload').click();
    await chooser;
    expect(await settled()).toBe(1);
  });

  test('print() does nothing but say so, and the page cannot put it back', async ({ page }) => {
    const { lines } = await openPortal(page);
    const facts = await page.evaluate(() => {
      const scope = globalThis as unknown as { print?: () => unknown };
      const returned = scope.print?.();
      scope.print = () => 'restored';
      const deleted = delete scope.print;
      const descriptor = Object.getOwnPropertyDescriptor(scope, 'print');
      const current = (globalThis as unknown as { print?: () => unknown }).print;
      return {
        returned: returned === undefined,
        stillGuarded: current?.() === undefined && !String(current).includes('[native code]'),
        deleted,
        configurable: descriptor?.configurable,
        redefined: (() => {
          try {
            Object.defineProperty(scope, 'print', { value: () => 'restored' });
            return true;
          } catch {
            return false;
          }
        })(),
      };
    });
    expect(facts).toEqual({
      returned: true,
      stillGuarded: true,
      deleted: false,
      configurable: false,
      redefined: false,
    });
    await expect.poll(() => lines).toContain(`${guardMarker}print`);
  });

  test('showPicker() throws NotAllowedError on every field, and the File System Access pickers reject', async ({
    page,
  }) => {
    const { lines, settled } = await openPortal(page);
    await page.locator('#send').click(); // a user gesture, as a visitor's touch gives
    const facts = await page.evaluate(async () => {
      const doc = (globalThis as unknown as { document: { getElementById(id: string): unknown } })
        .document;
      const names: string[] = [];
      for (const id of ['upload', 'colour', 'name']) {
        try {
          (doc.getElementById(id) as { showPicker(): void }).showPicker();
          names.push('opened');
        } catch (error) {
          names.push((error as { name: string }).name);
        }
      }
      const scope = globalThis as unknown as Record<string, (() => Promise<unknown>) | undefined>;
      const pickers: string[] = [];
      for (const name of ['showOpenFilePicker', 'showSaveFilePicker', 'showDirectoryPicker']) {
        const picker = scope[name];
        if (!picker) continue;
        pickers.push(
          await picker().then(
            () => 'opened',
            (error: { name: string }) => error.name,
          ),
        );
      }
      return { names, pickers };
    });
    expect(facts.names).toEqual(['NotAllowedError', 'NotAllowedError', 'NotAllowedError']);
    expect(facts.pickers.length).toBeGreaterThan(0);
    expect(new Set(facts.pickers)).toEqual(new Set(['NotAllowedError']));
    expect(await settled()).toBe(0);
    await expect
      .poll(() => lines.filter((line) => line === `${guardMarker}file`).length)
      .toBe(3 + facts.pickers.length);
  });

  test('no touch, label, key or script opens a file or colour chooser', async ({ page }) => {
    const { settled } = await openPortal(page);
    await page.locator('#upload').click();
    await page.locator('#colour').click();
    await page.locator('#label').click();
    await page.locator('#upload').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Space');
    expect(await settled()).toBe(0);
    // The isolated world's listener ran first and stopped them: the page saw none of these.
    expect(
      await page.evaluate(() => (globalThis as unknown as { pageClicks: string[] }).pageClicks),
    ).toEqual([]);

    // Script, after a user gesture: click(), a synthetic click, an input outside the
    // document, with the page's own tricks (a lying getter, Reflect and call replaced).
    await page.locator('#send').click();
    await page.evaluate(() => {
      const scope = globalThis as unknown as {
        document: {
          getElementById(id: string): { click(): void; dispatchEvent(event: unknown): boolean };
          createElement(name: string): { type: string; click(): void };
        };
        MouseEvent: new (type: string, init: object) => unknown;
        HTMLInputElement: { prototype: object };
      };
      const upload = scope.document.getElementById('upload');
      upload.click();
      upload.dispatchEvent(new scope.MouseEvent('click', { bubbles: true }));
      const detached = scope.document.createElement('input');
      detached.type = 'file';
      detached.click();
      // A strict library that wraps dispatchEvent keeps running; its wrapper is ignored.
      (() => {
        'use strict';
        const target = (globalThis as unknown as { EventTarget: { prototype: object } }).EventTarget
          .prototype as { dispatchEvent: unknown };
        target.dispatchEvent = () => true;
      })();
      upload.dispatchEvent(new scope.MouseEvent('click', { bubbles: true }));
      Object.defineProperty(scope.HTMLInputElement.prototype, 'type', { get: () => 'text' });
      Reflect.apply = () => undefined;
      Function.prototype.call = () => undefined;
      detached.click();
      scope.document.getElementById('label').click();
    });
    expect(await settled()).toBe(0);
  });
});
