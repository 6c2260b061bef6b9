import { BrowserWindow, screen, type BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences, type AppMode } from './policy/web-preferences';

// One window per mode. The kiosk fills its screen in kiosk mode, always on top, without
// a frame; the display goes full screen on the configured screen; the counter is an
// ordinary maximised window for the agent's desk.

export interface WindowInput {
  mode: AppMode;
  preload: string;
  production: boolean;
  /** The display's screen (0: the primary one). */
  screenIndex: number;
}

export function windowOptions(input: WindowInput): BrowserWindowConstructorOptions {
  const common: BrowserWindowConstructorOptions = {
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(input),
  };
  switch (input.mode) {
    case 'kiosk':
      return {
        ...common,
        kiosk: input.production,
        fullscreen: input.production,
        alwaysOnTop: input.production,
        frame: !input.production,
        closable: !input.production,
        minimizable: false,
      };
    case 'display': {
      const displays = screen.getAllDisplays();
      const target = displays[input.screenIndex] ?? screen.getPrimaryDisplay();
      return {
        ...common,
        ...target.bounds,
        fullscreen: true,
        frame: false,
        backgroundColor: '#000000',
      };
    }
    case 'counter':
      return { ...common, width: 1280, height: 800, minWidth: 1024, minHeight: 700 };
  }
}

export function createModeWindow(input: WindowInput): BrowserWindow {
  const window = new BrowserWindow(windowOptions(input));
  window.once('ready-to-show', () => window.show());
  return window;
}
