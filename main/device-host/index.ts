// The device host: this machine's devices behind the device channels of shared/ipc.
// Web mode serves them over loopback HTTP (startDeviceHost); the Electron app registers
// the same handlers and events on IPC (createDeviceHandlers, DeviceEventSource).
export { startDeviceHost, type DeviceHost, type StartDeviceHostOptions } from './start-device-host';
export {
  openDevices,
  type OpenDevicesOptions,
  type OpenedDevices,
  type PrinterChoice,
  type ScannerChoice,
} from './open-devices';
export {
  createDeviceHandlers,
  type DeviceHandlerDeps,
  type DeviceHandlers,
} from './device-handlers';
export { createDemoHandlers, type DemoHandlers } from './demo-handlers';
export { DeviceEventSource } from './device-events';
export { dispatch } from './handler-table';
export { DeviceHostStartError } from './http/loopback';
