import type { ClearStorageDataOptions, Session } from 'electron';
import { permissionVerdict } from '../policy/permissions';

// The session of one visit to the locked browser: in memory only (its partition has no
// `persist:`), every permission and device denied, downloads cancelled, certificate
// errors left refused (Chromium's verification, never overridden), no spell checker
// (it would send typed words to a dictionary service). At the end of the visit it is
// wiped of everything a page can leave, so nothing of one visitor reaches the next.

/** Every kind of storage Electron 45 can clear. (WebSQL is gone from Chromium since 119; the views also have it off.) */
export const wipedStorages = [
  'cookies',
  'localstorage',
  'indexdb',
  'serviceworkers',
  'cachestorage',
  'shadercache',
  'filesystem',
] as const satisfies NonNullable<ClearStorageDataOptions['storages']>;

export interface BrowserSessionOptions {
  onDownloadRefused: (url: string) => void;
  log: (message: string) => void;
}

/** A partition name for one visit: never `persist:`, so the session lives in memory only. */
export function visitPartition(visit: number): string {
  return `eservices-visit-${visit}`;
}

export function hardenBrowserSession(session: Session, options: BrowserSessionOptions): void {
  const { log } = options;
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const granted = permissionVerdict(permission);
    if (!granted)
      log(`e-services: permission ${permission} refused to ${details.requestingUrl.slice(0, 120)}`);
    callback(granted);
  });
  session.setPermissionCheckHandler((_contents, permission) => permissionVerdict(permission));
  session.setDevicePermissionHandler(() => false);
  session.setUSBProtectedClassesHandler(() => []);
  session.setBluetoothPairingHandler((_details, callback) => callback({ confirmed: false }));
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // The pickers a page can open: answered "none chosen" (an empty id cancels the request).
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  session.on('will-download', (event, item) => {
    event.preventDefault();
    const url = item.getURL().slice(0, 200);
    log(`e-services: download refused: ${url}`);
    options.onDownloadRefused(url);
  });
  session.setSpellCheckerEnabled(false);
}

/** Everything of the visit, gone: storage of every kind, the caches, HTTP auth, DNS, open sockets. */
export async function wipeBrowserSession(session: Session): Promise<void> {
  await session.clearStorageData({ storages: [...wipedStorages] });
  await session.clearCache();
  await session.clearAuthCache();
  await session.clearHostResolverCache();
  await session.clearCodeCaches({});
  await session.closeAllConnections();
}
