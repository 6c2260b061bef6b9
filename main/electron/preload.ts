import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { appChannelNames, preloadAppGlobalName } from '../../shared/ipc/app-channels';
import { appEventNames } from '../../shared/ipc/browser-channels';
import { deviceChannelNames, deviceEventNames } from '../../shared/ipc/device-api';
import { preloadGlobalName, type PreloadDeviceApi } from '../../shared/ipc/device-bridge';
import { listeningChannel } from './ipc/channel-names';

// The page's only door to the main process: two small objects exposed through
// contextBridge, forwarding only the channel and event names of shared/ipc. Never
// ipcRenderer itself, never the IPC event (listeners get the payload alone). The page's
// DeviceBridge (shared/ipc/ipc-device-bridge.ts) checks every answer against the contract.

const deviceChannels: ReadonlySet<string> = new Set(deviceChannelNames);
const deviceEvents: ReadonlySet<string> = new Set(deviceEventNames);
const appChannels: ReadonlySet<string> = new Set(appChannelNames);
const appEvents: ReadonlySet<string> = new Set(appEventNames);

function invokeOnly(allowed: ReadonlySet<string>) {
  return (channel: string, request: unknown): Promise<unknown> =>
    allowed.has(channel)
      ? ipcRenderer.invoke(channel, request)
      : Promise.reject(new Error(`the preload does not forward ${String(channel).slice(0, 60)}`));
}

function listenOnly(allowed: ReadonlySet<string>, announce: boolean): PreloadDeviceApi['on'] {
  return (event, listener) => {
    if (!allowed.has(event))
      throw new Error(`the preload does not forward ${String(event).slice(0, 60)}`);
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, forward);
    // Device events wait in main until the page listens (ipc/event-relay.ts).
    if (announce) ipcRenderer.send(listeningChannel, event);
    return () => {
      ipcRenderer.removeListener(event, forward);
    };
  };
}

const devices: PreloadDeviceApi = {
  invoke: invokeOnly(deviceChannels),
  on: listenOnly(deviceEvents, true),
};

contextBridge.exposeInMainWorld(preloadGlobalName, devices);
contextBridge.exposeInMainWorld(preloadAppGlobalName, {
  invoke: invokeOnly(appChannels),
  // The locked browser's events only (`browser:event`).
  on: listenOnly(appEvents, false),
});
