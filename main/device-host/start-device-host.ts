import { randomBytes } from 'node:crypto';
import type { DeviceStatus } from '../../shared/devices/status';
import { deviceHostLinkParams } from '../../shared/ipc/http-routes';
import type { VirtualPrinter } from '../devices/virtual-printer';
import { createDemoHandlers } from './demo-handlers';
import { DeviceEventSource } from './device-events';
import { createDeviceHandlers, type DeviceHandlers } from './device-handlers';
import { startDeviceHttpServer } from './http/device-http-server';
import { DeviceHostStartError } from './http/loopback';
import { openDevices, type OpenDevicesOptions } from './open-devices';

// Web mode's device host: this machine's printer and scanner, supervised, behind the
// device channels over loopback HTTP for a kiosk page served by the hub.

export interface StartDeviceHostOptions extends OpenDevicesOptions {
  /** Origins of the pages that may use the devices, e.g. the hub's `http://127.0.0.1:8080`. */
  allowedOrigins: readonly string[];
  /** 127.0.0.1 (default) or ::1; anything else is refused. */
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** The bearer token; a random one per run by default. */
  token?: string;
  /**
   * Serves the demo controls (`demo:scan`, `demo:printer-conditions`, `demo:printed-jobs`).
   * Default: on when the scanner is simulated or the printer virtual, off otherwise.
   */
  demo?: boolean;
  bodyLimitBytes?: number;
  heartbeatMs?: number;
}

export interface DeviceHost {
  /** e.g. `http://127.0.0.1:43117` */
  url: string;
  token: string;
  /** `devices=…&deviceToken=…`: append after `#` to the kiosk page's address. */
  linkParams: string;
  /** The handlers behind the routes, for in-process callers. */
  handlers: DeviceHandlers;
  /** The virtual printer, when the host runs one (demo, tests). */
  virtualPrinter: VirtualPrinter | null;
  /** Types a line into the simulated scanner; it comes back as a `scanner:scanned` event. */
  injectScan(text: string): Promise<void>;
  statuses(): DeviceStatus[];
  /** Each change of a device's status, with all of them: for the hub's reports and staff alerts. */
  onStatusChange(listener: (status: DeviceStatus, snapshot: DeviceStatus[]) => void): () => void;
  /** Event streams open now. */
  streamCount(): number;
  close(): Promise<void>;
}

const tokenPattern = /^[A-Za-z0-9_-]{16,128}$/;

export async function startDeviceHost(options: StartDeviceHostOptions): Promise<DeviceHost> {
  const log = options.log ?? ((message: string) => console.log(message));
  const token = options.token ?? randomBytes(24).toString('base64url');
  if (!tokenPattern.test(token))
    throw new DeviceHostStartError('the device host token is 16 to 128 of A-Z a-z 0-9 _ -');

  const devices = await openDevices(options);
  const { supervisor, scanner, printer, virtualPrinter, simulatedScanner } = devices;
  const events = new DeviceEventSource({ supervisor, ...(scanner ? { scanner } : {}) });
  const handlers = createDeviceHandlers({
    supervisor,
    ...(printer ? { printer } : {}),
    ...(scanner ? { scanner } : {}),
    log,
  });
  const demo = options.demo ?? (simulatedScanner !== undefined || virtualPrinter !== undefined);
  const demoHandlers = demo
    ? createDemoHandlers({
        ...(simulatedScanner ? { simulatedScanner } : {}),
        ...(virtualPrinter ? { virtualPrinter } : {}),
        ...(printer ? { printer } : {}),
        log,
      })
    : undefined;

  let server;
  try {
    server = await startDeviceHttpServer({
      handlers,
      ...(demoHandlers ? { demoHandlers } : {}),
      events,
      statuses: () => supervisor.snapshot(),
      token,
      allowedOrigins: options.allowedOrigins,
      ...(options.host ? { host: options.host } : {}),
      ...(options.port !== undefined ? { port: options.port } : {}),
      ...(options.bodyLimitBytes ? { bodyLimitBytes: options.bodyLimitBytes } : {}),
      ...(options.heartbeatMs ? { heartbeatMs: options.heartbeatMs } : {}),
      log,
    });
  } catch (error) {
    events.close();
    await devices.close();
    throw error;
  }
  const http = server;

  return {
    url: http.url,
    token,
    linkParams: deviceHostLinkParams({ url: http.url, token }),
    handlers,
    virtualPrinter: virtualPrinter ?? null,
    async injectScan(text) {
      if (!simulatedScanner)
        throw new Error('injectScan needs the simulated scanner (scanner: { kind: "simulated" })');
      await simulatedScanner.scan(text);
    },
    statuses: () => supervisor.snapshot(),
    onStatusChange: (listener) =>
      supervisor.subscribe(({ status, snapshot }) => listener(status, snapshot)),
    streamCount: () => http.streamCount(),
    async close() {
      await http.close();
      events.close();
      await devices.close();
    },
  };
}
