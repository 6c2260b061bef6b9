import type { WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  hardenContents,
  hiddenCursorCss,
  lockdownCss,
  type HardenOptions,
} from './harden-contents';
import { normaliseOrigins } from './policy/navigation';
import {
  MockBrowserWindow,
  resetElectronMock,
  type MockWebContents,
} from './test-support/electron-mock';

vi.mock('electron', () => import('./test-support/electron-mock'));

const press = (key: string, modifiers: Record<string, boolean> = {}) => ({
  type: 'keyDown',
  key,
  code: '',
  control: false,
  alt: false,
  shift: false,
  meta: false,
  isAutoRepeat: false,
  isComposing: false,
  location: 0,
  modifiers: [],
  ...modifiers,
});

let contents: MockWebContents;
let logged: string[];
function harden(options: Partial<HardenOptions> = {}) {
  contents = new MockBrowserWindow().webContents;
  logged = [];
  hardenContents(contents as unknown as WebContents, {
    allowedOrigins: normaliseOrigins(['app://accueil']),
    production: true,
    lockdown: true,
    hideCursor: false,
    log: (m) => logged.push(m),
    ...options,
  });
}

beforeEach(() => resetElectronMock());

describe("a window's contents", () => {
  it.each(['will-navigate', 'will-redirect', 'will-frame-navigate'])(
    'stay on the app origin on %s',
    (name) => {
      harden();
      expect(contents.navigate(name, 'app://accueil/kiosk/#hub=x').defaultPrevented).toBe(false);
      for (const url of [
        'file:///etc/passwd',
        'javascript:alert(1)',
        'data:text/html,x',
        'https://hub.mairie.test/',
        'app://accueil.evil/',
        'https://app@evil.example/',
      ])
        expect(contents.navigate(name, url).defaultPrevented, url).toBe(true);
      expect(logged.length).toBe(6);
    },
  );

  it('open no window, for any URL, even an allowed one', () => {
    harden();
    for (const url of ['app://accueil/kiosk/', 'https://evil.example/', 'javascript:alert(1)'])
      expect(contents.windowOpen(url)).toEqual({ action: 'deny' });
  });

  it('attach no <webview>', () => {
    harden({ production: false, lockdown: false });
    expect(contents.fire('will-attach-webview', {}, {}).defaultPrevented).toBe(true);
  });

  it('in kiosk lockdown block the escape keys, open the admin screen on its shortcut, pass typing', () => {
    const onAdmin = vi.fn();
    harden({ onAdminShortcut: onAdmin });
    expect(contents.fire('before-input-event', press('F4', { alt: true })).defaultPrevented).toBe(
      true,
    );
    expect(
      contents.fire('before-input-event', press('r', { control: true })).defaultPrevented,
    ).toBe(true);
    expect(contents.fire('before-input-event', press('é')).defaultPrevented).toBe(false);
    const admin = contents.fire(
      'before-input-event',
      press('A', { control: true, alt: true, shift: true }),
    );
    expect(admin.defaultPrevented).toBe(true);
    expect(onAdmin).toHaveBeenCalledOnce();
  });

  it('at the counter in production block only the developer tools keys', () => {
    harden({ lockdown: false });
    expect(contents.fire('before-input-event', press('F12')).defaultPrevented).toBe(true);
    expect(
      contents.fire('before-input-event', press('I', { control: true, shift: true }))
        .defaultPrevented,
    ).toBe(true);
    expect(
      contents.fire('before-input-event', press('r', { control: true })).defaultPrevented,
    ).toBe(false);
  });

  it('in development keep devtools, the context menu and the keys', () => {
    harden({ production: false, lockdown: false });
    expect(contents.fire('before-input-event', press('F12')).defaultPrevented).toBe(false);
    expect(contents.fire('context-menu', {}).defaultPrevented).toBe(false);
  });

  it('in production show no context menu, close devtools, undo zoom and pinch', async () => {
    harden();
    expect(contents.fire('context-menu', {}).defaultPrevented).toBe(true);
    contents.devToolsOpen = true;
    contents.fire('devtools-opened');
    expect(contents.devToolsOpen).toBe(false);
    contents.zoomFactor = 1.5;
    contents.fire('zoom-changed', 'in');
    expect(contents.zoomFactor).toBe(1);
    contents.fire('did-finish-load');
    await Promise.resolve();
    expect(contents.zoomLimits).toEqual([1, 1]);
  });

  it('turn off selection and drag in lockdown, and hide the cursor when asked', () => {
    harden({ hideCursor: true });
    contents.fire('did-finish-load');
    expect(contents.insertedCss).toEqual([lockdownCss + hiddenCursorCss]);
    harden({ lockdown: false });
    contents.fire('did-finish-load');
    expect(contents.insertedCss).toEqual([]);
  });

  it('report every input, for the quiet moment of the memory watch', () => {
    const onInput = vi.fn();
    harden({ onInput });
    contents.fire('before-input-event', press('a'));
    contents.fire('input-event', { type: 'touchStart' });
    expect(onInput).toHaveBeenCalledTimes(2);
  });
});
