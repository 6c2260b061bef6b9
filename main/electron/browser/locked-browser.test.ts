import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { demoSiteConfig } from '../../../shared/demo/demo-site';
import type { BrowserEvent } from '../../../shared/ipc/browser-channels';
import {
  MockBrowserWindow,
  MockEvent,
  MockWebContentsView,
  partitions,
  resetElectronMock,
  subFrame,
  type MockPartitionSession,
  type MockViewContents,
} from '../test-support/electron-mock';
import { LockedBrowser } from './locked-browser';
import { guardMarker, subFrameGuardScript, viewGuardScript } from './view-guards';
import { electronPermissions as permissions } from '../test-support/electron-permissions';

vi.mock('electron', () => import('../test-support/electron-mock'));

const caf = demoSiteConfig().eservices?.portals.find((p) => p.id === 'caf');
if (!caf) throw new Error('the demo site has no CAF portal');

let window: MockBrowserWindow;
let events: BrowserEvent[];
let logged: string[];
let browser: LockedBrowser;

beforeEach(() => {
  resetElectronMock();
  window = new MockBrowserWindow();
  events = [];
  logged = [];
  browser = new LockedBrowser({
    window: window as unknown as BrowserWindow,
    preload: '/opt/accueil/resources/app.asar/dist/electron/portal-preload.cjs',
    notify: (event) => events.push(event),
    log: (m) => logged.push(m),
  });
});

async function openCaf() {
  const opened = await browser.open(caf as NonNullable<typeof caf>);
  expect(opened.ok).toBe(true);
  const view = MockWebContentsView.all.at(-1) as MockWebContentsView;
  return {
    view,
    contents: view.webContents as MockViewContents,
    ses: view.webContents.session as MockPartitionSession,
  };
}

describe('the locked browser, opening a portal', () => {
  it('gives each visit a fresh in-memory session and a view isolated and sandboxed, with only its guards as preload', async () => {
    const first = await openCaf();
    expect(first.ses.persistent).toBe(false);
    expect(first.ses.partition).not.toMatch(/^persist:/);
    const preferences = first.view.options.webPreferences ?? {};
    expect(preferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
      spellcheck: false,
      enableWebSQL: false,
    });
    expect(preferences.preload).toBe(
      '/opt/accueil/resources/app.asar/dist/electron/portal-preload.cjs',
    );
    expect(first.contents.getURL()).toBe('https://www.caf.fr/');
    expect(window.contentView.children).toEqual([first.view]);

    const second = await openCaf();
    expect(second.ses).not.toBe(first.ses);
    expect(partitions.size).toBe(2);
    expect(window.contentView.children).toEqual([second.view]);
    expect(first.contents.destroyed).toBe(true);
  });

  it('refuses a portal whose start page is not on its origins, opening nothing', async () => {
    const opened = await browser.open({ ...caf!, start: 'https://evil.example/' });
    expect(opened).toMatchObject({ ok: false });
    expect(MockWebContentsView.all).toEqual([]);
  });

  it('sits below the kiosk bar and above its keyboard, never over them', async () => {
    const { view } = await openCaf();
    expect(browser.setLayout(96, 0)).toBe(true);
    expect(view.bounds).toEqual({ x: 0, y: 96, width: 1080, height: 1824 });
    browser.setLayout(96, 420);
    expect(view.bounds).toEqual({ x: 0, y: 96, width: 1080, height: 1404 });
  });
});

describe("the locked browser's session", () => {
  it.each(permissions)('denies %s, on request and on check', async (permission) => {
    const { ses } = await openCaf();
    expect(await ses.requestPermission(permission, 'https://www.caf.fr/')).toBe(false);
    expect(ses.checkPermission(permission, 'https://www.caf.fr')).toBe(false);
  });

  it('grants no device: USB, HID, serial, Bluetooth, screen capture; no spell checker', async () => {
    const { ses, contents } = await openCaf();
    expect(ses.devicePermissionHandler?.({} as never)).toBe(false);
    expect(ses.usbProtectedClassesHandler?.({ protectedClasses: ['audio'] } as never)).toEqual([]);
    for (const [name, args] of [
      ['select-hid-device', [{}]],
      ['select-usb-device', [{}]],
      ['select-serial-port', [[], contents]],
    ] as const) {
      const callback = vi.fn();
      expect(ses.fire(name, ...args, callback).defaultPrevented, name).toBe(true);
      expect(callback, name).toHaveBeenCalledOnce();
      expect(callback.mock.calls[0]?.[0] ?? '', name).toBe('');
    }
    const bluetooth = vi.fn();
    expect(contents.fire('select-bluetooth-device', [], bluetooth).defaultPrevented).toBe(true);
    expect(bluetooth).toHaveBeenCalledWith('');
    const pairing = vi.fn();
    ses.bluetoothPairingHandler?.({} as never, pairing);
    expect(pairing).toHaveBeenCalledWith({ confirmed: false });
    const capture = vi.fn();
    ses.displayMediaRequestHandler?.({} as never, capture);
    expect(capture).toHaveBeenCalledWith(null);
    expect(ses.spellChecker).toBe(false);
  });

  it('cancels every download and tells the visitor', async () => {
    const { ses } = await openCaf();
    const download = ses.fire(
      'will-download',
      { getURL: () => 'https://www.caf.fr/attestation.pdf' },
      {},
    );
    expect(download.defaultPrevented).toBe(true);
    expect(events).toContainEqual({ kind: 'download-refused' });
  });

  it('on "Terminer" closes the view, then wipes every kind of storage, the caches, auth and DNS, before it answers', async () => {
    const { view, contents, ses } = await openCaf();
    const order: string[] = [];
    contents.once('destroyed', () => order.push('closed'));
    const clear = ses.clearStorageData;
    ses.clearStorageData = async (options) => {
      order.push('wiped');
      return clear(options);
    };
    await browser.end();
    expect(order).toEqual(['closed', 'wiped']);
    expect(window.contentView.children).not.toContain(view);
    expect(contents.closedWith).toEqual({ waitForBeforeUnload: false });
    expect(ses.clearedStorages.sort()).toEqual(
      [
        'cachestorage',
        'cookies',
        'filesystem',
        'indexdb',
        'localstorage',
        'serviceworkers',
        'shadercache',
      ].sort(),
    );
    expect(ses.wiped).toEqual([
      'storage',
      'cache',
      'auth-cache',
      'host-resolver-cache',
      'code-caches',
      'connections',
    ]);
    expect(browser.isOpen()).toBe(false);
    expect(browser.go('home')).toBeNull();
    await browser.end(); // nothing open: nothing to do, no error
  });
});

describe("the locked browser's view", () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])(
    'on %s keeps to the portal and tells the visitor why it refused',
    async (name) => {
      const { contents } = await openCaf();
      expect(
        contents.navigate(name, 'https://wwwd.caf.fr/wps/portal/caffr/login').defaultPrevented,
      ).toBe(false);
      expect(
        contents.navigate(name, 'https://app.franceconnect.gouv.fr/api/v1/authorize?x=1')
          .defaultPrevented,
      ).toBe(false);
      for (const url of [
        'http://www.caf.fr/',
        'https://www.caf.fr@evil.example/',
        'file:///etc/passwd',
        'javascript:alert(1)',
        'data:text/html,x',
        'blob:https://www.caf.fr/1',
      ])
        expect(contents.navigate(name, url).defaultPrevented, url).toBe(true);
      expect(events.filter((e) => e.kind === 'refused')).toHaveLength(6);
      expect(events).toContainEqual({
        kind: 'refused',
        reason: 'credentials',
        host: 'evil.example',
      });
    },
  );

  it('lets a sub-frame be about:blank but not another site', async () => {
    const { contents } = await openCaf();
    expect(contents.navigate('will-frame-navigate', 'about:blank', false).defaultPrevented).toBe(
      false,
    );
    expect(
      contents.navigate('will-frame-navigate', 'https://ads.example/', false).defaultPrevented,
    ).toBe(true);
  });

  it('opens no window: an allowed pop-up or target=_blank form loads in the view, others nowhere', async () => {
    const { contents } = await openCaf();
    expect(contents.windowOpen('https://wwwd.caf.fr/aide')).toEqual({ action: 'deny' });
    await Promise.resolve();
    expect(contents.getURL()).toBe('https://wwwd.caf.fr/aide');
    expect(contents.windowOpen('https://evil.example/')).toEqual({ action: 'deny' });
    expect(contents.getURL()).toBe('https://wwwd.caf.fr/aide');
    expect(events.at(-1)).toEqual({ kind: 'refused', reason: 'origin', host: 'evil.example' });
  });

  it('shows no context menu, no devtools, no <webview>, refuses certificate errors and client certificates', async () => {
    const { contents } = await openCaf();
    expect(contents.fire('context-menu', {}).defaultPrevented).toBe(true);
    expect(contents.fire('will-attach-webview', {}, {}).defaultPrevented).toBe(true);
    contents.devToolsOpen = true;
    contents.fire('devtools-opened');
    expect(contents.devToolsOpen).toBe(false);
    const certificate = vi.fn();
    const error = contents.fire(
      'certificate-error',
      'https://www.caf.fr/',
      'net::ERR_CERT_AUTHORITY_INVALID',
      {},
      certificate,
    );
    expect(error.defaultPrevented).toBe(false);
    expect(certificate).toHaveBeenCalledWith(false);
    expect(events).toContainEqual({ kind: 'failed' });
    const client = vi.fn();
    expect(
      contents.fire('select-client-certificate', 'https://www.caf.fr/', [{}], client)
        .defaultPrevented,
    ).toBe(true);
    expect(client).toHaveBeenCalledWith();
    expect(contents.fire('login', {}, {}, vi.fn()).defaultPrevented).toBe(true);
  });

  it('blocks the escape shortcuts, reports activity, and guards every loaded page', async () => {
    const { contents } = await openCaf();
    const key = (k: string, control = false) => ({
      type: 'keyDown',
      key: k,
      code: '',
      control,
      alt: false,
      shift: false,
      meta: false,
    });
    expect(contents.fire('before-input-event', key('r', true)).defaultPrevented).toBe(true);
    expect(contents.fire('before-input-event', key('é')).defaultPrevented).toBe(false);
    expect(events.filter((e) => e.kind === 'activity')).toHaveLength(2);
    contents.fire('did-finish-load');
    await Promise.resolve();
    expect(contents.insertedCss.join()).toMatch(/@media print/);
    expect(contents.isolatedScripts).toEqual([viewGuardScript]);
    expect(contents.zoomLimits).toEqual([1, 1]);
  });

  it('tells the visitor when the page asked to print or to choose a file, once in a while', async () => {
    const { contents } = await openCaf();
    const say = (message: string) =>
      contents.emit(
        'console-message',
        Object.assign(new MockEvent(), { message, level: 'warning' }),
      );
    say(`${guardMarker}print`);
    say(`${guardMarker}print`);
    say(`${guardMarker}file`);
    say('accueil-view-guard:refused:everything');
    say('print');
    expect(events.filter((e) => e.kind !== 'activity')).toEqual([
      { kind: 'print-refused' },
      { kind: 'file-refused' },
    ]);
    expect(logged.filter((line) => line.includes('refused'))).toHaveLength(2);
  });

  it('guards each sub-frame once it has loaded (no preload runs there)', async () => {
    const { contents } = await openCaf();
    const frame = subFrame(7, 12);
    contents.fire('did-frame-finish-load', false, 7, 12);
    contents.fire('did-frame-finish-load', true, 7, 1);
    contents.fire('did-frame-finish-load', false, 7, 99); // gone already
    expect(frame.executed).toEqual([subFrameGuardScript]);
  });

  it('types the on-screen keyboard’s keys into the page, goes back and home, and sizes text in steps', async () => {
    const { contents } = await openCaf();
    expect(browser.key('é')).toBe(true);
    expect(browser.key('Backspace')).toBe(true);
    expect(contents.inputEvents).toEqual([
      { type: 'char', keyCode: 'é' },
      { type: 'keyDown', keyCode: 'Backspace' },
      { type: 'keyUp', keyCode: 'Backspace' },
    ]);
    await contents.loadURL('https://wwwd.caf.fr/mon-compte');
    expect(browser.go('back')).toMatchObject({ canGoBack: false });
    expect(contents.getURL()).toBe('https://www.caf.fr/');
    await contents.loadURL('https://wwwd.caf.fr/mon-compte');
    browser.go('home');
    await Promise.resolve();
    expect(contents.getURL()).toBe('https://www.caf.fr/');
    expect(browser.zoom('larger')?.zoomPercent).toBe(125);
    expect(contents.zoomFactor).toBe(1.25);
    for (let i = 0; i < 6; i += 1) browser.zoom('larger');
    expect(browser.zoom('larger')?.zoomPercent).toBe(200);
    contents.zoomFactor = 3;
    contents.fire('zoom-changed', 'in');
    expect(contents.zoomFactor).toBe(2);
    for (let i = 0; i < 6; i += 1) browser.zoom('smaller');
    expect(browser.zoom('smaller')?.zoomPercent).toBe(100);
  });
});
