import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import { appChannelNames } from '../../../shared/ipc/app-channels';
import { deviceChannelNames, isDeviceEvent } from '../../../shared/ipc/device-api';
import { failure } from '../../../shared/ipc/envelope';
import { dispatch } from '../../device-host/handler-table';
import type { DeviceHandlers } from '../../device-host/device-handlers';
import { checkSender, type SenderFacts } from '../policy/ipc-sender';
import type { AppMode } from '../policy/web-preferences';
import type { AppHandlers } from './app-handlers';
import { listeningChannel } from './channel-names';
import { WindowEventRelay } from './event-relay';

// Every IPC channel the main process answers, registered once: the device channels and
// the app channels of shared/ipc, nothing else. Each message's sender is checked (an app
// window's main frame showing an app page) before its payload reaches the handler, which
// parses it with the channel's schema.

export { listeningChannel };

export interface IpcWiring {
  appOrigin: string;
  /** The app's windows by webContents id, and their mode. */
  windows: ReadonlyMap<number, AppMode>;
  /** Absent where the devices are not opened (display mode, setup): device calls answer `unavailable`. */
  deviceHandlers: DeviceHandlers | null;
  appHandlers: AppHandlers;
  log: (message: string) => void;
}

function factsOf(event: IpcMainInvokeEvent | IpcMainEvent): SenderFacts {
  const frame = event.senderFrame;
  return {
    webContentsId: event.sender.id,
    frameUrl: frame?.url,
    isMainFrame: frame !== null && frame === event.sender.mainFrame,
  };
}

export interface RegisteredIpc {
  /** The relay of device events to one window; created with the window. */
  relayFor(contents: WebContents): WindowEventRelay;
  relays(): Iterable<WindowEventRelay>;
  dispose(): void;
}

export function registerIpc(ipcMain: IpcMain, wiring: IpcWiring): RegisteredIpc {
  const { log } = wiring;
  const relays = new Map<number, WindowEventRelay>();
  const refuse = (channel: string, reason: string) => {
    log(`IPC ${channel} refused: ${reason}`);
    return failure('forbidden', `${channel}: ${reason}`);
  };

  for (const channel of deviceChannelNames)
    ipcMain.handle(channel, async (event, request: unknown) => {
      const verdict = checkSender(factsOf(event), {
        appOrigin: wiring.appOrigin,
        windows: wiring.windows,
      });
      if (!verdict.ok) return refuse(channel, verdict.reason);
      if (!wiring.deviceHandlers)
        return failure(
          'unavailable',
          `${channel}: this app opens no devices in ${verdict.mode} mode`,
        );
      return dispatch(wiring.deviceHandlers, channel, request);
    });

  for (const channel of appChannelNames)
    ipcMain.handle(channel, async (event, request: unknown) => {
      const verdict = checkSender(factsOf(event), {
        appOrigin: wiring.appOrigin,
        windows: wiring.windows,
      });
      if (!verdict.ok) return refuse(channel, verdict.reason);
      return dispatch(wiring.appHandlers, channel, request);
    });

  const onListening = (event: IpcMainEvent, name: unknown) => {
    const verdict = checkSender(factsOf(event), {
      appOrigin: wiring.appOrigin,
      windows: wiring.windows,
    });
    if (!verdict.ok) return void log(`IPC ${listeningChannel} refused: ${verdict.reason}`);
    if (!isDeviceEvent(name))
      return void log(`IPC ${listeningChannel}: no device event ${String(name).slice(0, 40)}`);
    relays.get(event.sender.id)?.pageListens(name);
  };
  ipcMain.on(listeningChannel, onListening);

  return {
    relayFor(contents) {
      let relay = relays.get(contents.id);
      if (relay) return relay;
      relay = new WindowEventRelay((name, payload) => {
        if (!contents.isDestroyed()) contents.send(name, payload);
      });
      relays.set(contents.id, relay);
      const gone = relay.pageGone.bind(relay);
      contents.on('did-start-navigation', (details) => {
        if (details.isMainFrame && !details.isSameDocument) gone();
      });
      contents.on('render-process-gone', gone);
      contents.on('destroyed', () => relays.delete(contents.id));
      return relay;
    },
    relays: () => relays.values(),
    dispose() {
      for (const channel of [...deviceChannelNames, ...appChannelNames])
        ipcMain.removeHandler(channel);
      ipcMain.removeListener(listeningChannel, onListening);
      relays.clear();
    },
  };
}
