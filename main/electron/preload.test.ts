import { beforeEach, describe, expect, it, vi } from 'vitest';
import { appChannelNames } from '../../shared/ipc/app-channels';
import { deviceChannelNames } from '../../shared/ipc/device-api';
import { createIpcDeviceBridge } from '../../shared/ipc/ipc-device-bridge';
import type { PreloadDeviceApi } from '../../shared/ipc/device-bridge';
import { listeningChannel } from './ipc/channel-names';
import type * as ElectronMock from './test-support/electron-mock';

vi.mock('electron', () => import('./test-support/electron-mock'));

type Mock = typeof ElectronMock;
let exposed: Mock['exposed'];
let ipcRenderer: Mock['ipcRenderer'];

// A fresh preload (and mock) per test: the preload exposes its API when it is loaded.
beforeEach(async () => {
  vi.resetModules();
  // 'electron' is the mock: the very instance the preload will see.
  const mock = (await import('electron')) as unknown as Mock;
  mock.resetElectronMock();
  ({ exposed, ipcRenderer } = mock);
  await import('./preload');
});

const devices = () => exposed.get('accueilDevices') as PreloadDeviceApi;
const appApi = () => exposed.get('accueilApp') as Pick<PreloadDeviceApi, 'invoke' | 'on'>;

describe('the preload', () => {
  it('exposes exactly two small objects of functions: no ipcRenderer, nothing else', () => {
    expect([...exposed.keys()].sort()).toEqual(['accueilApp', 'accueilDevices']);
    expect(Object.keys(devices()).sort()).toEqual(['invoke', 'on']);
    expect(Object.keys(appApi()).sort()).toEqual(['invoke', 'on']);
    for (const api of [devices(), appApi()])
      for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(devices())).toBe(true);
  });

  it("forwards the contract's channels only", async () => {
    ipcRenderer.answer = (channel) => ({ ok: true, value: channel });
    for (const channel of deviceChannelNames) await devices().invoke(channel, {});
    for (const channel of appChannelNames) await appApi().invoke(channel, {});
    expect(ipcRenderer.invoked.map((call) => call.channel)).toEqual([
      ...deviceChannelNames,
      ...appChannelNames,
    ]);
    for (const channel of [
      'demo:scan',
      'admin:unlock',
      'electron-store-get-data',
      'toString',
      '__proto__',
    ])
      await expect(devices().invoke(channel, {})).rejects.toThrow(/does not forward/);
    await expect(appApi().invoke('printer:print-ticket', {})).rejects.toThrow(/does not forward/);
    expect(ipcRenderer.invoked).toHaveLength(deviceChannelNames.length + appChannelNames.length);
  });

  it('gives listeners the payload alone, never the IPC event, and tells main it listens', () => {
    const got: unknown[][] = [];
    const off = devices().on('scanner:scanned', (...args: unknown[]) => got.push(args));
    expect(ipcRenderer.sentToMain).toEqual([
      { channel: listeningChannel, args: ['scanner:scanned'] },
    ]);
    ipcRenderer.fromMain('scanner:scanned', {
      ok: false,
      scannerId: 's',
      at: 1,
      reason: 'unknown-format',
      message: 'x',
    });
    expect(got).toEqual([
      [{ ok: false, scannerId: 's', at: 1, reason: 'unknown-format', message: 'x' }],
    ]);
    off();
    ipcRenderer.fromMain('scanner:scanned', {});
    expect(got).toHaveLength(1);
    expect(() => devices().on('demo:printed', () => {})).toThrow(/does not forward/);
  });

  it("forwards the locked browser's event to the app page, and no device event", () => {
    const got: unknown[][] = [];
    const off = appApi().on('browser:event', (...args: unknown[]) => got.push(args));
    expect(ipcRenderer.sentToMain).toEqual([]);
    ipcRenderer.fromMain('browser:event', { kind: 'activity' });
    expect(got).toEqual([[{ kind: 'activity' }]]);
    off();
    expect(() => appApi().on('scanner:scanned', () => {})).toThrow(/does not forward/);
    expect(() => devices().on('browser:event', () => {})).toThrow(/does not forward/);
  });

  it("is what the page's IPC DeviceBridge runs on", async () => {
    ipcRenderer.answer = () => ({ ok: true, value: [] });
    const bridge = createIpcDeviceBridge(devices());
    expect(await bridge.invoke('device:statuses')).toEqual({ ok: true, value: [] });
    ipcRenderer.answer = () => ({ ok: true, value: 'not a status' });
    expect(await bridge.invoke('printer:status')).toMatchObject({
      ok: false,
      error: { code: 'bad-response' },
    });
    bridge.close();
  });
});
