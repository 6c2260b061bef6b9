import type { IpcMain, WebContents } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeviceHandlers } from '../../device-host/device-handlers';
import { DeviceSupervisor } from '../../devices/supervisor/device-supervisor';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdminSession } from '../admin/admin-session';
import { hashPin } from '../admin/admin-pin';
import { openConfStore } from '../config/conf-store';
import { DeviceConfigService } from '../config/device-config-service';
import type { AppMode } from '../policy/web-preferences';
import {
  ipcEventFrom,
  ipcMain,
  MockBrowserWindow,
  resetElectronMock,
  type MockWebContents,
} from '../test-support/electron-mock';
import { createAppHandlers } from './app-handlers';
import { listeningChannel, registerIpc, type RegisteredIpc } from './register-ipc';

vi.mock('electron', () => import('../test-support/electron-mock'));

const page = 'app://accueil/kiosk/#hub=https%3A%2F%2Fhub.test';
let kiosk: MockWebContents;
let stranger: MockWebContents;
let ipc: RegisteredIpc;
let config: DeviceConfigService;
let now: number;
const leaveKiosk = vi.fn();

beforeEach(async () => {
  resetElectronMock();
  now = Date.UTC(2026, 3, 7, 8);
  kiosk = new MockBrowserWindow().webContents;
  stranger = new MockBrowserWindow().webContents;
  await kiosk.loadURL(page);
  const windows = new Map<number, AppMode>([[kiosk.id, 'kiosk']]);
  config = new DeviceConfigService(
    openConfStore({ cwd: mkdtempSync(join(tmpdir(), 'accueil-ipc-')), configName: 'device' }),
  );
  config.save({
    mode: 'kiosk',
    hub: { url: 'https://hub.test' },
    adminPinHash: await hashPin('482913'),
  });
  config.load();
  ipc = registerIpc(ipcMain as unknown as IpcMain, {
    appOrigin: 'app://accueil',
    windows,
    deviceHandlers: createDeviceHandlers({ supervisor: new DeviceSupervisor(), log: () => {} }),
    appHandlers: createAppHandlers({
      mode: () => 'kiosk',
      version: '0.1.0',
      setupReason: () => null,
      admin: new AdminSession(config, () => now),
      leaveKiosk,
      log: () => {},
    }),
    log: () => {},
  });
});

describe('the IPC channels', () => {
  it('answer the main frame of an app window, through the contract', async () => {
    expect(await ipcMain.invoke(ipcEventFrom(kiosk), 'device:statuses', {})).toEqual({
      ok: true,
      value: [],
    });
    expect(await ipcMain.invoke(ipcEventFrom(kiosk), 'app:info', {})).toEqual({
      ok: true,
      value: { mode: 'kiosk', version: '0.1.0', setupReason: null },
    });
  });

  it.each<[string, () => ReturnType<typeof ipcEventFrom>]>([
    ['a window the app did not open', () => ipcEventFrom(stranger, { url: page })],
    ['a sub-frame of the kiosk page', () => ipcEventFrom(kiosk, { url: page, main: false })],
    [
      'the kiosk window showing another origin',
      () => ipcEventFrom(kiosk, { url: 'https://evil.example/' }),
    ],
    [
      'the kiosk window showing a file: page',
      () => ipcEventFrom(kiosk, { url: 'file:///tmp/x.html' }),
    ],
  ])('refuse %s', async (_, event) => {
    for (const channel of [
      'device:statuses',
      'printer:status',
      'admin:unlock',
      'admin:leave-kiosk',
    ])
      expect(await ipcMain.invoke(event(), channel, { pin: '482913' })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    expect(leaveKiosk).not.toHaveBeenCalled();
  });

  it("parse every payload with the channel's schema", async () => {
    const answer = await ipcMain.invoke(ipcEventFrom(kiosk), 'printer:status', { refresh: 'yes' });
    expect(answer).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/refresh/) },
    });
    expect(await ipcMain.invoke(ipcEventFrom(kiosk), 'admin:unlock', { pin: '12' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
    expect(
      await ipcMain.invoke(ipcEventFrom(kiosk), 'admin:unlock', { pin: '482913', extra: 1 }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('leave kiosk mode only after the admin PIN, and slow down wrong ones (persisted)', async () => {
    const event = () => ipcEventFrom(kiosk);
    expect(await ipcMain.invoke(event(), 'admin:leave-kiosk', {})).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
    for (let i = 0; i < 3; i += 1) await ipcMain.invoke(event(), 'admin:unlock', { pin: '000000' });
    expect(config.config?.pinAttempts.failures).toBe(3);
    expect(await ipcMain.invoke(event(), 'admin:unlock', { pin: '482913' })).toMatchObject({
      ok: false,
      error: { code: 'wait', details: { retryAt: now + 30_000 } },
    });
    now += 30_000;
    expect(await ipcMain.invoke(event(), 'admin:unlock', { pin: '482913' })).toMatchObject({
      ok: true,
    });
    expect(await ipcMain.invoke(event(), 'admin:leave-kiosk', {})).toEqual({
      ok: true,
      value: { leaving: true },
    });
    expect(leaveKiosk).toHaveBeenCalledOnce();
  });

  it('refuse a second registration of the same channels (one handler per channel)', () => {
    expect(() => registerIpc(ipcMain as unknown as IpcMain, {} as never)).toThrow(/second handler/);
  });

  it('keep the scans made before the page listens, and after a reload until it listens again', () => {
    const relay = ipc.relayFor(kiosk as unknown as WebContents);
    const scan = {
      ok: true as const,
      scannerId: 'desk',
      at: 1,
      payload: { kind: 'booking-code' as const, code: 'K7M2QX' },
    };
    relay.push({ event: 'scanner:scanned', payload: scan as never });
    expect(kiosk.sent).toEqual([]);
    // A stranger announcing it listens changes nothing.
    ipcMain.deliver(ipcEventFrom(stranger, { url: page }), listeningChannel, 'scanner:scanned');
    expect(kiosk.sent).toEqual([]);
    ipcMain.deliver(ipcEventFrom(kiosk), listeningChannel, 'scanner:scanned');
    return Promise.resolve().then(() => {
      expect(kiosk.sent).toEqual([{ channel: 'scanner:scanned', args: [scan] }]);
      kiosk.emit('did-start-navigation', { isMainFrame: true, isSameDocument: false, url: page });
      relay.push({ event: 'scanner:scanned', payload: scan as never });
      expect(kiosk.sent).toHaveLength(1);
      expect(relay.waiting('scanner:scanned')).toBe(1);
    });
  });
});
