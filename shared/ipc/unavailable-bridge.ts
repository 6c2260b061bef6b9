import type { DeviceBridge } from './device-bridge';
import { failure } from './envelope';

/**
 * The bridge of a page with no devices to reach (a kiosk in a plain browser without a
 * device host): every call answers `unavailable` with `reason`, no event ever comes.
 * The kiosk then runs paperless, with typed codes instead of scans.
 */
export function createUnavailableBridge(
  reason = 'no device host is configured for this page: printing and scanning are off',
): DeviceBridge {
  return {
    kind: 'none',
    invoke: async (channel, ..._request) => failure('unavailable', `${channel}: ${reason}`),
    on: () => () => {},
    connection: () => 'unavailable',
    onConnectionChange: () => () => {},
    close: () => {},
  };
}
