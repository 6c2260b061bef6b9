import type { BrowserWindow } from 'electron';
import { browserEventName } from '../../../shared/ipc/browser-channels';
import { LockedBrowser } from './locked-browser';

// The kiosk window's locked browser: its events go to the kiosk page; a kiosk page that
// reloads (crash recovery, the admin shortcut, the power schedule) ends the visit first,
// so no portal stays open behind a page that no longer knows about it.

export function startLockedBrowser(
  window: BrowserWindow,
  /** The view's preload (dist/electron/portal-preload.cjs). */
  preload: string,
  log: (message: string) => void,
): LockedBrowser {
  const browser = new LockedBrowser({
    window,
    preload,
    notify: (event) => {
      if (!window.webContents.isDestroyed()) window.webContents.send(browserEventName, event);
    },
    log,
  });
  window.webContents.on('did-start-navigation', (details) => {
    if (details.isMainFrame && !details.isSameDocument) void browser.end();
  });
  window.on('closed', () => void browser.end());
  return browser;
}
