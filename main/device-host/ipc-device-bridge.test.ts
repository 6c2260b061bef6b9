import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeviceEventPayload } from '../../shared/ipc/device-api';
import type { DeviceBridge, PreloadDeviceApi } from '../../shared/ipc/device-bridge';
import { createIpcDeviceBridge } from '../../shared/ipc/ipc-device-bridge';
import { sampleTicket } from '../devices/printer/test-support/sample-content';
import { DeviceEventSource } from './device-events';
import { createDeviceHandlers } from './device-handlers';
import { openDevices, type OpenedDevices } from './open-devices';
import { inProcessPreload } from './test-support/in-process-preload';

// The IPC DeviceBridge over the real handlers and device events, through a stand-in for
// Electron's preload that clones everything as IPC does (Electron itself is not needed).

let devices: OpenedDevices;
let events: DeviceEventSource;
let preload: PreloadDeviceApi;
const bridges: DeviceBridge[] = [];

beforeEach(async () => {
  devices = await openDevices({
    printer: { kind: 'virtual', deviceId: 'kiosk-printer' },
    scanner: { kind: 'simulated', id: 'kiosk-scanner' },
    supervisor: { pollIntervalMs: 60_000 },
    log: () => {},
  });
  events = new DeviceEventSource({ supervisor: devices.supervisor, scanner: devices.scanner! });
  preload = inProcessPreload(createDeviceHandlers({ ...devices, log: () => {} }), events);
});

afterEach(async () => {
  for (const bridge of bridges.splice(0)) bridge.close();
  events.close();
  await devices.close();
});

function bridgeOver(api: PreloadDeviceApi): DeviceBridge {
  const bridge = createIpcDeviceBridge(api);
  bridges.push(bridge);
  return bridge;
}

describe('the IPC bridge', () => {
  it('prints through the main process and answers typed results', async () => {
    const bridge = bridgeOver(preload);
    expect(bridge.kind).toBe('ipc');
    expect(bridge.connection()).toBe('connected');
    const result = await bridge.invoke('printer:print-ticket', {
      jobId: 'ipc-ticket-0001',
      content: sampleTicket,
    });
    expect(result).toMatchObject({ ok: true, value: { outcome: 'printed' } });
    expect((await devices.virtualPrinter!.waitForJob()).text).toContain('A042');
    expect(
      await bridge.invoke('printer:print-ticket', { jobId: 'x', content: sampleTicket }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request' },
    });
  });

  it('keeps a scan made before the UI listened, and hands it over once', async () => {
    const bridge = bridgeOver(preload);
    const witnessed = new Promise<void>((resolve) => {
      const off = events.subscribe((message) => {
        if (message.event !== 'scanner:scanned') return;
        off();
        resolve();
      });
    });
    await devices.simulatedScanner!.scan('7A2KX9QW4M');
    await witnessed;
    const received: Array<DeviceEventPayload<'scanner:scanned'>> = [];
    bridge.on('scanner:scanned', (event) => received.push(event));
    await Promise.resolve();
    expect(received).toMatchObject([{ ok: true, payload: { number: '7A2KX9QW4M' } }]);
  });

  it('says unreachable when the main process fails, bad-response when it answers off contract', async () => {
    const failing = bridgeOver({
      ...preload,
      invoke: () => Promise.reject(new Error('no handler registered')),
    });
    expect(await failing.invoke('device:statuses')).toMatchObject({
      ok: false,
      error: { code: 'unreachable' },
    });
    const wrong = bridgeOver({
      ...preload,
      invoke: () => Promise.resolve({ ok: true, value: 'ready' }),
    });
    expect(await wrong.invoke('printer:status')).toMatchObject({
      ok: false,
      error: { code: 'bad-response' },
    });
  });

  it('unsubscribes from the preload when closed, and answers unavailable after', async () => {
    let active = 0;
    const counting: PreloadDeviceApi = {
      ...preload,
      on(event, listener) {
        active++;
        const off = preload.on(event, listener);
        return () => {
          active--;
          off();
        };
      },
    };
    const bridge = bridgeOver(counting);
    expect(active).toBe(2); // scanner:scanned and device:status-changed, from the start
    bridge.close();
    expect(active).toBe(0);
    expect(bridge.connection()).toBe('unavailable');
    expect(await bridge.invoke('device:statuses')).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });
});
