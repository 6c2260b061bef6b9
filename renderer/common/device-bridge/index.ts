// The kiosk's (and counter's) one door to the devices of its machine. The contract and
// the transport-free bridges live in shared/ipc; this folder wires them to the browser.
export {
  createDeviceBridge,
  createBrowserHttpBridge,
  type CreateDeviceBridgeOptions,
} from './create-device-bridge';
export {
  selectDeviceBridge,
  isPreloadDeviceApi,
  type BridgeSelection,
  type BridgeSources,
} from './select-device-bridge';
export type {
  BridgeConnection,
  DeviceBridge,
  DeviceBridgeKind,
  PreloadDeviceApi,
} from '../../../shared/ipc/device-bridge';
export type {
  DeviceApi,
  DeviceChannel,
  DeviceError,
  DeviceEventName,
  DeviceEventPayload,
  DeviceRequest,
  DeviceResult,
  DeviceValue,
} from '../../../shared/ipc/device-api';
export { createUnavailableBridge } from '../../../shared/ipc/unavailable-bridge';
