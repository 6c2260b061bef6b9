import type {
  DeviceChannel,
  DeviceChannels,
  DeviceEventListener,
  DeviceEventName,
  DeviceResult,
  RequestArgs,
} from './device-api';

// The one door between a UI and the devices of its machine. In Electron it is the
// preload's IPC (ipc-device-bridge.ts); in a browser, loopback HTTP to the device host
// (http-device-bridge.ts); with neither, a bridge that answers `unavailable` to every
// call (unavailable-bridge.ts), so a kiosk without devices still works paperless.

export type DeviceBridgeKind = 'ipc' | 'http' | 'none';

/**
 * `connected`: calls and events get through. `connecting`: the event stream is being
 * (re)opened. `unavailable`: there are no devices to reach (the "none" bridge, a closed bridge).
 */
export type BridgeConnection = 'connected' | 'connecting' | 'unavailable';

export interface DeviceBridge {
  readonly kind: DeviceBridgeKind;
  /** Never rejects: every failure, including the transport's, is an `{ok: false}` answer. */
  invoke<C extends DeviceChannel>(
    channel: C,
    ...request: RequestArgs<DeviceChannels, C>
  ): Promise<DeviceResult<C>>;
  /**
   * Listens to a pushed event; returns the function that stops listening. The first
   * listener of an event also receives, asynchronously, what arrived while none listened.
   */
  on<E extends DeviceEventName>(event: E, listener: DeviceEventListener<E>): () => void;
  connection(): BridgeConnection;
  onConnectionChange(listener: (connection: BridgeConnection) => void): () => void;
  /** Stops the event stream and listeners; later calls answer `unavailable`. */
  close(): void;
}

/**
 * What Electron's preload exposes as `window.accueilDevices` through contextBridge. It
 * stays this small on purpose: the preload checks `channel` and `event` against
 * `deviceChannelNames` / `deviceEventNames` and forwards; typing and checking of the
 * answers happen in the bridge.
 */
export interface PreloadDeviceApi {
  invoke(channel: string, request: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

/** The global name the preload exposes the device API under. */
export const preloadGlobalName = 'accueilDevices';
