import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createModeWindow, windowOptions } from './create-window';
import type { AppMode } from './policy/web-preferences';
import type { MockBrowserWindow } from './test-support/electron-mock';
import { display, resetElectronMock, screen } from './test-support/electron-mock';

vi.mock('electron', () => import('./test-support/electron-mock'));

const modes: AppMode[] = ['kiosk', 'counter', 'display'];
const input = (mode: AppMode, production = true) => ({
  mode,
  preload: '/opt/accueil/dist/electron/preload.cjs',
  production,
  screenIndex: 1,
});

beforeEach(() => resetElectronMock());

describe('the windows of each mode', () => {
  it.each(modes)("%s: Electron's security checklist in its web preferences", (mode) => {
    for (const production of [true, false]) {
      const prefs = windowOptions(input(mode, production)).webPreferences;
      expect(prefs).toMatchObject({
        preload: '/opt/accueil/dist/electron/preload.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        experimentalFeatures: false,
        webviewTag: false,
        navigateOnDragDrop: false,
        devTools: !production,
      });
      // No Blink feature switched on or off, no other partition or session, no plugins.
      for (const key of [
        'enableBlinkFeatures',
        'disableBlinkFeatures',
        'plugins',
        'partition',
        'session',
      ])
        expect(prefs).not.toHaveProperty(key);
    }
  });

  it('kiosk: kiosk mode, full screen, always on top, no frame, in production', () => {
    expect(windowOptions(input('kiosk'))).toMatchObject({
      kiosk: true,
      fullscreen: true,
      alwaysOnTop: true,
      frame: false,
      closable: false,
      show: false,
    });
    expect(windowOptions(input('kiosk', false))).toMatchObject({ kiosk: false, frame: true });
  });

  it('display: full screen on the configured screen, the primary one if it is missing', () => {
    screen.displays = [display(1, 0), display(2, 1920, 1280, 720)];
    expect(windowOptions(input('display'))).toMatchObject({
      x: 1920,
      width: 1280,
      height: 720,
      fullscreen: true,
      frame: false,
    });
    expect(windowOptions(input('display')).webPreferences?.autoplayPolicy).toBe(
      'no-user-gesture-required',
    );
    screen.displays = [display(1, 0)];
    expect(windowOptions(input('display'))).toMatchObject({ x: 0, width: 1920 });
  });

  it('shows the window once it is ready, not before (no white flash)', () => {
    const window = createModeWindow(input('counter')) as unknown as MockBrowserWindow;
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
    expect(window.options.webPreferences?.webviewTag).toBe(false);
  });
});
