import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as ElectronMock from './test-support/electron-mock';

// The entry itself, started against the electron mock: what happens before `ready`, and
// the window it opens. electron-log is replaced by a silent logger (logging is an edge).
// electron-store is loaded by Node, outside the mock, and would require the real electron
// package (whose index.js tries to download the binary): it is replaced by what it is,
// conf in Electron's userData folder.
vi.mock('electron', () => import('./test-support/electron-mock'));
vi.mock('electron-log/main', () => ({
  default: {
    transports: { file: {} },
    initialize: () => {},
    info: () => {},
    error: () => {},
  },
}));

vi.mock('electron-store', async () => {
  const { default: Conf } = await import('conf');
  const electron = (await import('electron')) as unknown as typeof ElectronMock;
  return {
    default: class ElectronStore extends Conf<Record<string, unknown>> {
      constructor({ name, ...options }: { name: string } & Record<string, unknown>) {
        super({ ...options, configName: name, cwd: electron.app.getPath('userData') });
        // What electron-store registers in main, for its renderer side.
        electron.ipcMain.on('electron-store-get-data', () => {});
      }
    },
  };
});

type Mock = typeof ElectronMock;
let mock: Mock;
let userData: string;

beforeEach(async () => {
  vi.resetModules();
  mock = (await import('electron')) as unknown as Mock;
  mock.resetElectronMock();
  userData = mkdtempSync(join(tmpdir(), 'accueil-main-'));
  mock.app.setPath('userData', userData);
});
afterEach(() => rmSync(userData, { recursive: true, force: true }));

async function started(): Promise<ElectronMock.MockBrowserWindow> {
  await import('./main');
  mock.app.becomeReady();
  await vi.waitFor(() => expect(mock.MockBrowserWindow.getAllWindows()).toHaveLength(1));
  const window = mock.MockBrowserWindow.getAllWindows()[0]!;
  await vi.waitFor(() => expect(window.webContents.getURL()).not.toBe(''));
  return window;
}

describe('the app entry', () => {
  it('registers app: as a standard, secure scheme before ready, then serves it', async () => {
    const window = await started();
    expect(mock.protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(mock.protocol.handlers.has('app')).toBe(true);
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true });
  });

  it('opens the setup screen on a first run, with the session and IPC hardened', async () => {
    const window = await started();
    expect(window.webContents.getURL()).toBe('app://accueil/setup/');
    const ses = mock.session.defaultSession;
    expect(ses.checkPermission('media', 'app://accueil')).toBe(false);
    expect(ses.certificateVerifyProc).not.toBeNull();
    expect(mock.ipcMain.handlers.has('printer:print-ticket')).toBe(true);
    expect(mock.ipcMain.handlers.has('admin:unlock')).toBe(true);
    // electron-store's own synchronous IPC listener is removed: no page needs it.
    expect(mock.ipcMain.listenerCount('electron-store-get-data')).toBe(0);
    expect(window.webContents.windowOpen('https://evil.example/')).toEqual({ action: 'deny' });
  });

  it('opens the configured mode, and the kiosk page with its hub and token', async () => {
    writeFileSync(
      join(userData, 'device.json'),
      JSON.stringify({
        version: 2,
        mode: 'display',
        hub: { url: 'https://accueil.mairie.test' },
        deviceToken: 'display-token-0123456789',
      }),
    );
    const window = await started();
    expect(window.webContents.getURL()).toBe(
      'app://accueil/display/#hub=https%3A%2F%2Faccueil.mairie.test&token=display-token-0123456789',
    );
    expect(window.options).toMatchObject({ fullscreen: true, frame: false });
  });

  it('quits at once when another instance runs', async () => {
    mock.app.singleInstance = false;
    await import('./main');
    expect(mock.app.quitting).toBe(true);
    mock.app.becomeReady();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(mock.MockBrowserWindow.getAllWindows()).toHaveLength(0);
  });
});
