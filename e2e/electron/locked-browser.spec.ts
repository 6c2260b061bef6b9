import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  _electron as electron,
  expect,
  test,
  type ElectronApplication,
  type Page,
} from '@playwright/test';
import { buildElectronApp } from '../../main/electron/binary/build-electron';
import { locateElectronBinary } from '../../main/electron/binary/electron-binary';
import { openConfStore } from '../../main/electron/config/conf-store';
import { DeviceConfigService } from '../../main/electron/config/device-config-service';
import { testSiteConfig } from '../../main/hub/test-support/site-config';
import { startTestHub, type TestHub } from '../../main/hub/test-support/test-hub';
import { ensureWebBuild } from '../../main/web/build-web';
import { escapes, startEscapeSite, type EscapeSite } from './support/escape-site';

// The locked e-services browser in the real app: a kiosk whose site offers one portal
// (main reads it from the hub itself), a local HTTPS site whose start page tries every
// way out (support/escape-site.ts). It needs Electron's binary: where it is missing (this
// machine, CI without network) the suite is skipped with the reason, found without
// starting anything.

const binary = locateElectronBinary(process.cwd());
test.skip(!binary.ok, binary.ok ? '' : binary.reason);
if (!binary.ok) console.warn(`e2e/electron (locked browser): skipped — ${binary.reason}`);

let hub: TestHub;
let site: EscapeSite;
let bundle: string;
let app: ElectronApplication | undefined;
let dir = '';

test.beforeAll(async () => {
  ensureWebBuild();
  bundle = (await buildElectronApp(process.cwd())).outDir;
  site = await startEscapeSite();
  hub = await startTestHub({
    siteConfig: {
      ...testSiteConfig,
      eservices: {
        portals: [
          {
            id: 'escape',
            names: { fr: 'Portail de test' },
            start: `${site.origin}/`,
            origins: [site.origin],
          },
        ],
      },
    },
  });
});

test.afterAll(async () => {
  await app?.close().catch(() => {});
  if (dir) rmSync(dir, { recursive: true, force: true });
  await hub?.close();
  await site?.close();
});

async function launchKiosk(): Promise<{ app: ElectronApplication; kiosk: Page }> {
  dir = mkdtempSync(join(tmpdir(), 'accueil-electron-browser-'));
  const deviceToken = await hub.device('kiosk', 'Borne du test');
  const saved = new DeviceConfigService(openConfStore({ cwd: dir, configName: 'device' })).save({
    mode: 'kiosk',
    hub: { url: hub.hub.url },
    deviceToken,
  });
  expect(saved.ok).toBe(true);
  app = await electron.launch({
    executablePath: binary.ok ? binary.path : '',
    args: [
      join(bundle, 'main.cjs'),
      '--no-sandbox',
      `--ignore-certificate-errors-spki-list=${site.spki}`,
    ],
    env: { ...process.env, ACCUEIL_USER_DATA: dir },
  });
  const kiosk = await app.firstWindow();
  return { app, kiosk };
}

/** The view's URL and a script run in it, from main (the page itself has no door to it). */
const inView = (running: ElectronApplication, code: string) =>
  running.evaluate(async ({ webContents }, script) => {
    const view = webContents.getAllWebContents().find((c) => c.getURL().startsWith('https://'));
    if (!view) return { url: null, result: null };
    const result: unknown = await view
      .executeJavaScript(script, true)
      .catch((e: unknown) => String(e));
    return { url: view.getURL(), result };
  }, code);

test('the portal opens under the bar; every escape stays in, permissions are denied; Terminer leaves nothing', async () => {
  const { app: running, kiosk } = await launchKiosk();
  await kiosk.getByTestId('start').click();
  await kiosk.getByTestId('choose-eservices').click();
  await kiosk.getByTestId('portal-escape').click();
  await expect(kiosk.getByTestId('browser-portal')).toHaveText('Portail de test');
  await expect
    .poll(async () => (await inView(running, 'document.title')).result)
    .toBe('Portail de test');

  for (const id of Object.keys(escapes)) {
    await inView(
      running,
      `document.getElementById(${JSON.stringify(id)})?.${id === 'form' ? 'submit' : 'click'}()`,
    );
    await kiosk.waitForTimeout(300);
    const { url } = await inView(running, '1');
    expect(url, id).toBe(`${site.origin}/`);
  }
  await expect(kiosk.getByTestId('browser-notice')).toBeVisible();
  const frame = await inView(running, 'document.getElementById("frame").contentWindow.length');
  expect(frame.url).toBe(`${site.origin}/`);

  const facts = await inView(
    running,
    `Promise.all([
      navigator.permissions.query({ name: 'geolocation' }).then((p) => p.state),
      navigator.permissions.query({ name: 'notifications' }).then((p) => p.state),
      navigator.mediaDevices.getUserMedia({ video: true }).then(() => 'granted', () => 'denied'),
      typeof require, typeof process, typeof accueilApp, typeof accueilDevices,
      window.open('${site.origin}/second') === null,
    ])`,
  );
  expect(facts.result).toEqual([
    'denied',
    'denied',
    'denied',
    'undefined',
    'undefined',
    'undefined',
    'undefined',
    true,
  ]);

  // The view's preload: no print, no picker; the visitor is told (view-guards.ts).
  const guards = await inView(
    running,
    `(() => {
      const picker = (() => {
        try { document.createElement('input').showPicker(); return 'opened'; }
        catch (error) { return error.name; }
      })();
      return [typeof window.print(), picker, Object.getOwnPropertyDescriptor(window, 'print').configurable];
    })()`,
  );
  expect(guards.result).toEqual(['undefined', 'NotAllowedError', false]);
  await expect(kiosk.getByTestId('browser-notice')).toContainText(
    'L’impression n’est pas possible sur la borne',
  );
  await inView(running, 'document.getElementById("picker").click()');
  await expect(kiosk.getByTestId('browser-notice')).toContainText(
    'Joindre un fichier n’est pas possible sur la borne',
  );

  await inView(
    running,
    'document.cookie = "visitor=1; max-age=3600"; localStorage.setItem("visitor", "1")',
  );
  await kiosk.getByTestId('browser-end').click();
  await expect(kiosk.getByTestId('screen')).toHaveAttribute('data-screen', 'home');
  expect((await inView(running, '1')).url).toBeNull();

  await kiosk.getByTestId('choose-eservices').click();
  await kiosk.getByTestId('portal-escape').click();
  await expect
    .poll(async () => (await inView(running, 'document.title')).result)
    .toBe('Portail de test');
  const left = await inView(running, '[document.cookie, localStorage.getItem("visitor")]');
  expect(left.result).toEqual(['', null]);
});
