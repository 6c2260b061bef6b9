import type { DeviceBridge } from '../../../shared/ipc/device-bridge';
import { preloadGlobalName } from '../../../shared/ipc/device-bridge';
import { createHttpDeviceBridge } from '../../../shared/ipc/http-device-bridge';
import type { DeviceHostLink } from '../../../shared/ipc/http-routes';
import { createIpcDeviceBridge } from '../../../shared/ipc/ipc-device-bridge';
import { createUnavailableBridge } from '../../../shared/ipc/unavailable-bridge';
import { selectDeviceBridge, type BridgeSources } from './select-device-bridge';

// The page's DeviceBridge, built from the browser's own fetch, EventSource and timers.

export interface CreateDeviceBridgeOptions {
  /** A device host named by the page's configuration, rather than its address. */
  link?: DeviceHostLink | null;
  requestTimeoutMs?: number;
}

const reportError = (error: unknown) => console.error('[devices]', error);

/** The HTTP bridge to a device host on loopback, with the browser's fetch and EventSource. */
export function createBrowserHttpBridge(
  link: DeviceHostLink,
  options: Pick<CreateDeviceBridgeOptions, 'requestTimeoutMs'> = {},
): DeviceBridge {
  return createHttpDeviceBridge({
    link,
    fetch: (url, init) => window.fetch(url, { ...init, cache: 'no-store', credentials: 'omit' }),
    openEventSource: (url) => new EventSource(url),
    scheduler: {
      after(ms, task) {
        const timer = window.setTimeout(task, ms);
        return () => window.clearTimeout(timer);
      },
    },
    reportError,
    ...(options.requestTimeoutMs ? { requestTimeoutMs: options.requestTimeoutMs } : {}),
  });
}

/**
 * Electron's preload when present, else the device host in the configuration or in the
 * page's address (`#devices=…&deviceToken=…`), else a bridge answering `unavailable`.
 */
export function createDeviceBridge(options: CreateDeviceBridgeOptions = {}): DeviceBridge {
  const sources: BridgeSources = {
    preload: (window as unknown as Record<string, unknown>)[preloadGlobalName],
    link: options.link ?? null,
    hash: window.location.hash,
    search: window.location.search,
  };
  const selection = selectDeviceBridge(sources);
  switch (selection.kind) {
    case 'ipc':
      return createIpcDeviceBridge(selection.api, { reportError });
    case 'http':
      return createBrowserHttpBridge(selection.link, options);
    case 'none':
      console.info(`[devices] ${selection.reason}`);
      return createUnavailableBridge(selection.reason);
  }
}
