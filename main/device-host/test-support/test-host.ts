import { startDeviceHost, type DeviceHost } from '../start-device-host';

/** The origin the test hosts allow, as if the hub served the kiosk page there. */
export const kioskOrigin = 'http://127.0.0.1:5173';

/** A device host with the virtual printer and a simulated scanner on a socat pair. */
export function startTestHost(): Promise<DeviceHost> {
  return startDeviceHost({
    printer: { kind: 'virtual', deviceId: 'kiosk-printer' },
    scanner: { kind: 'simulated', id: 'kiosk-scanner' },
    allowedOrigins: [kioskOrigin],
    supervisor: { pollIntervalMs: 60_000 },
    log: () => {},
  });
}
