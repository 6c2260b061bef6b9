import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { buildElectronApp } from '../../main/electron/binary/build-electron';
import { locateElectronBinary } from '../../main/electron/binary/electron-binary';
import { openConfStore } from '../../main/electron/config/conf-store';
import { DeviceConfigService } from '../../main/electron/config/device-config-service';
import type { AppMode } from '../../main/electron/policy/web-preferences';
import { startTestHub, type TestHub } from '../../main/hub/test-support/test-hub';
import { ensureWebBuild } from '../../main/web/build-web';

// The desktop app in each of its modes, driven through Playwright's _electron. It needs
// Electron's binary: where it is missing (this machine, CI without network) the suite is
// skipped with the reason, found without starting anything.

const binary = locateElectronBinary(process.cwd());
test.skip(!binary.ok, binary.ok ? '' : binary.reason);
if (!binary.ok) console.warn(`e2e/electron: skipped — ${binary.reason}`);

/** The page's globals this suite touches (the Node type check has no DOM library). */
interface PageWindow {
  open(url: string): unknown;
  location: { href: string };
}

let hub: TestHub;
let bundle: string;
const launched: { app: ElectronApplication; dir: string }[] = [];

test.beforeAll(async () => {
  ensureWebBuild();
  bundle = (await buildElectronApp(process.cwd())).outDir;
  hub = await startTestHub();
});

test.afterAll(async () => {
  for (const { app, dir } of launched.splice(0)) {
    await app.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
  await hub?.close();
});

async function launch(mode: AppMode): Promise<ElectronApplication> {
  const dir = mkdtempSync(join(tmpdir(), `accueil-electron-${mode}-`));
  const saved = new DeviceConfigService(openConfStore({ cwd: dir, configName: 'device' })).save({
    mode,
    hub: { url: hub.hub.url },
  });
  expect(saved.ok).toBe(true);
  const app = await electron.launch({
    executablePath: binary.ok ? binary.path : '',
    args: [join(bundle, 'main.cjs'), '--no-sandbox'],
    env: { ...process.env, ACCUEIL_USER_DATA: dir },
  });
  launched.push({ app, dir });
  return app;
}

for (const mode of ['kiosk', 'counter', 'display'] as const) {
  test(`${mode}: one window on app://accueil/${mode}/, isolated, sandboxed, no Node, no pop-up`, async () => {
    const app = await launch(mode);
    const page = await app.firstWindow();
    await expect.poll(() => page.url()).toMatch(new RegExp(`^app://accueil/${mode}/`));
    // Electron cannot read a window's web preferences back: the page's own view tells.
    const facts = await app.evaluate(({ BrowserWindow }) => {
      const windows = BrowserWindow.getAllWindows();
      return { count: windows.length, kiosk: windows[0]?.isKiosk() };
    });
    expect(facts.count).toBe(1);
    const inPage = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      ipcRenderer: typeof (globalThis as { ipcRenderer?: unknown }).ipcRenderer,
      devices: Object.keys((globalThis as { accueilDevices?: object }).accueilDevices ?? {}).sort(),
      popup: (globalThis as unknown as PageWindow).open('https://example.org/') === null,
    }));
    expect(inPage).toEqual({
      require: 'undefined',
      process: 'undefined',
      ipcRenderer: 'undefined',
      devices: ['invoke', 'on'],
      popup: true,
    });
    await page.evaluate(() => {
      (globalThis as unknown as PageWindow).location.href = 'file:///etc/passwd';
    });
    await page.waitForTimeout(300);
    expect(page.url()).toMatch(new RegExp(`^app://accueil/${mode}/`));
  });
}
