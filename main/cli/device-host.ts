// `npm run device-host -- --config FILE`: a kiosk machine's printer and scanner for the
// kiosk page in web mode (loopback HTTP), for IT deploying kiosks without Electron.
import { parseArgs } from 'node:util';
import type { DeviceStatus } from '../../shared/devices/status';
import { describeProblems, readValidatedJson } from '../config/validated-json-file';
import {
  deviceHostSettingsSchema,
  type DeviceHostSettings,
} from '../device-host/device-host-settings';
import { startDeviceHost, type StartDeviceHostOptions } from '../device-host';

const usage = `usage: npm run device-host -- --config FILE

FILE (JSON), for example:
  {
    "printer": { "kind": "config", "config": { "link": "network", "deviceId": "hall-printer",
                 "host": "192.168.1.50", "paperWidth": 80 }, "journalPath": "/var/lib/accueil/print-journal.db" },
    "scanner": { "kind": "serial", "config": { "id": "hall-scanner",
                 "device": { "vendorId": "05e0", "productId": "1200" }, "terminator": "CR" } },
    "allowedOrigins": ["https://hub.mairie.local:8443"],
    "port": 8090,
    "token": "a-long-random-token-for-this-kiosk"
  }
printer kinds: config (network | serial | device-file | os-queue), virtual, none
scanner kinds: serial (by path or USB vendor/product id), simulated, none`;

const log = (message: string) => console.log(`${new Date().toISOString()} ${message}`);

function options(settings: DeviceHostSettings): StartDeviceHostOptions {
  const { printer, scanner } = settings;
  return {
    allowedOrigins: settings.allowedOrigins,
    port: settings.port,
    ...(settings.token ? { token: settings.token } : {}),
    ...(printer.kind === 'config'
      ? {
          printer: {
            kind: 'config',
            config: printer.config,
            ...(printer.journalPath ? { journalPath: printer.journalPath } : {}),
          },
        }
      : printer.kind === 'virtual'
        ? {
            printer: {
              kind: 'virtual',
              paperWidthMm: printer.paperWidthMm,
              ...(printer.outputDir ? { outputDir: printer.outputDir } : {}),
            },
          }
        : {}),
    ...(scanner.kind === 'serial'
      ? { scanner: { kind: 'serial', config: scanner.config } }
      : scanner.kind === 'simulated'
        ? { scanner: { kind: 'simulated' } }
        : {}),
    log,
  };
}

async function main(): Promise<number> {
  let file: string | undefined;
  try {
    ({
      values: { config: file },
    } = parseArgs({ args: process.argv.slice(2), options: { config: { type: 'string' } } }));
  } catch (error) {
    console.error(
      `device-host: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`,
    );
    return 2;
  }
  if (!file) {
    console.error(`device-host: --config FILE is required\n\n${usage}`);
    return 2;
  }
  const read = readValidatedJson(file, deviceHostSettingsSchema);
  if (!read.ok) {
    console.error(`device-host: ${describeProblems(read.file, read.problems)}`);
    return 2;
  }
  // Listen for the stop signals first: one may come while the devices open.
  const stopRequested = new Promise<void>((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
  const host = await startDeviceHost(options(read.value));
  log(`device host listening on ${host.url}`);
  log(`open the kiosk page as <hub>/kiosk/#token=<kiosk device token>&${host.linkParams}`);
  // One line per change of state, not per retry of a missing device.
  const states = new Map<string, string>();
  const report = (status: DeviceStatus) => {
    if (states.get(status.deviceId) === status.state) return;
    states.set(status.deviceId, status.state);
    const detail = status.detail ? ` (${status.detail})` : '';
    log(`${status.kind} ${status.deviceId}: ${status.state}${detail}`);
  };
  host.statuses().forEach(report);
  host.onStatusChange(report);
  await stopRequested;
  await host.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`device-host: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
