import { isDeviceChannel, isDeviceEvent } from '../../../shared/ipc/device-api';
import type { PreloadDeviceApi } from '../../../shared/ipc/device-bridge';
import type { DeviceEventSource } from '../device-events';
import type { DeviceHandlers } from '../device-handlers';
import { dispatch } from '../handler-table';

/**
 * What Electron's preload and main process will do, without Electron: the preload's
 * allowlist of channel and event names, structured cloning both ways (as IPC does), and
 * the main process's handlers and events behind it.
 */
export function inProcessPreload(
  handlers: DeviceHandlers,
  events: DeviceEventSource,
): PreloadDeviceApi {
  return {
    async invoke(channel, request) {
      if (!isDeviceChannel(channel)) throw new Error(`the preload does not forward ${channel}`);
      return structuredClone(await dispatch(handlers, channel, structuredClone(request)));
    },
    on(event, listener) {
      if (!isDeviceEvent(event)) throw new Error(`the preload does not forward ${event}`);
      return events.subscribe((message) => {
        if (message.event === event) listener(structuredClone(message.payload));
      });
    },
  };
}
