import type { PreloadDeviceApi } from '../../../shared/ipc/device-bridge';
import { parseDeviceHostLink, type DeviceHostLink } from '../../../shared/ipc/http-routes';

// Which door to the devices a page uses: Electron's preload when it is there, else the
// device host named by the page's configuration or address, else none (paperless).

export interface BridgeSources {
  /** `window.accueilDevices`, when Electron's preload exposed it. */
  preload?: unknown;
  /** A device host the page's configuration names (e.g. from a config endpoint); wins over the address. */
  link?: DeviceHostLink | null;
  /** The page's `location.hash` and `location.search`, read for `devices=…&deviceToken=…`. */
  hash?: string;
  search?: string;
}

export type BridgeSelection =
  | { kind: 'ipc'; api: PreloadDeviceApi }
  | { kind: 'http'; link: DeviceHostLink }
  | { kind: 'none'; reason: string };

export function isPreloadDeviceApi(value: unknown): value is PreloadDeviceApi {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.invoke === 'function' && typeof candidate.on === 'function';
}

export function selectDeviceBridge(sources: BridgeSources): BridgeSelection {
  if (isPreloadDeviceApi(sources.preload)) return { kind: 'ipc', api: sources.preload };
  if (sources.link) {
    const checked = parseDeviceHostLink(
      `devices=${encodeURIComponent(sources.link.url)}&deviceToken=${encodeURIComponent(sources.link.token)}`,
    );
    return checked.ok
      ? { kind: 'http', link: checked.link }
      : { kind: 'none', reason: `the configured device host is refused: ${checked.message}` };
  }
  const fromAddress = parseDeviceHostLink(sources.hash ?? '', sources.search ?? '');
  if (fromAddress.ok) return { kind: 'http', link: fromAddress.link };
  // A link that is there but wrong is said plainly rather than silently ignored.
  if (fromAddress.reason === 'invalid')
    return {
      kind: 'none',
      reason: `the device host in the page address is refused: ${fromAddress.message}`,
    };
  return {
    kind: 'none',
    reason:
      'no device host for this page (no Electron preload, no devices=… in its address): printing and scanning are off',
  };
}
