import { localDate } from '../../shared/engine';
import { startDeviceHost, type DeviceHost } from '../../main/device-host';
import type { Hub } from '../../main/hub';
import { startE2eHub, type E2eHub } from './e2e-hub';
import {
  kioskSiteConfig,
  siteTimeZone,
  todaysAppointments,
  tomorrowsAppointments,
} from './kiosk-site';
import { printedTexts, printedTicket, savePrintedTicket } from './printed-tickets';

// Everything a kiosk page needs, real: a hub on a free port with a fresh data folder and
// the test site (serving the built web apps), an enrolled kiosk device, and a device host
// with the virtual ESC/POS printer and a simulated serial scanner (a socat pair).

const adminPassword = 'mot de passe des tests de la borne';

export interface KioskWorld {
  hub: Hub;
  devices: DeviceHost;
  kioskToken: string;
  adminToken: string;
  /** The kiosk page's address, with its configuration in the fragment. */
  kioskUrl(extra?: Record<string, string>): string;
  /** An API call, as the administrator unless another token is given. */
  api: E2eHub['api'];
  /** Stops the hub (its clients see it vanish). */
  stopHub(): Promise<void>;
  /** Starts it again on the same port and data folder. */
  restartHub(): Promise<void>;
  setPrinter(conditions: {
    paperOut?: boolean;
    offline?: boolean;
    coverOpen?: boolean;
  }): Promise<void>;
  printedTexts(): string[];
  /** Waits until the ticket numbered `ticketNumber` is printed; answers the paper's text. */
  printedTicket(ticketNumber: string): Promise<string>;
  /**
   * Saves the paper of the printed job that holds `ticketNumber` as
   * `.test-results/screenshots/printed-<name>.png` (to look at) and answers its text form.
   */
  savePrintedTicket(ticketNumber: string, name: string): Promise<string>;
  scan(text: string): Promise<void>;
  close(): Promise<void>;
}

export interface KioskWorldOptions {
  /** How often the device host reads the printer's status (how soon the page learns). */
  printerPollMs?: number;
  /**
   * The host name the kiosk page is opened by, which the browser maps onto the loopback
   * hub (Chromium's --host-resolver-rules): a plain-HTTP origin that is not a secure
   * context, like a hub on the LAN. The hub's own address (127.0.0.1) unless said.
   */
  pageHost?: string;
}

export async function startKioskWorld(options: KioskWorldOptions = {}): Promise<KioskWorld> {
  const e2e = await startE2eHub({ siteConfig: kioskSiteConfig, adminPassword, name: 'kiosk' });
  const { adminToken, port } = e2e;
  const kioskToken = await e2e.enrol('kiosk', 'Borne du hall');

  const now = Date.now();
  const load = (date: string, appointments: unknown) =>
    e2e.must('POST', '/api/v1/appointments/load', { date, appointments }, adminToken);
  await load(localDate(now, siteTimeZone), todaysAppointments(now));
  await load(localDate(now + 86_400_000, siteTimeZone), tomorrowsAppointments(now));

  const pageOrigin = options.pageHost ? `http://${options.pageHost}:${port}` : e2e.hub.url;
  const devices = await startDeviceHost({
    printer: { kind: 'virtual', deviceId: 'borne-printer' },
    scanner: { kind: 'simulated', id: 'borne-scanner' },
    allowedOrigins: [pageOrigin],
    // Printer conditions switched by a test reach the page quickly.
    supervisor: { pollIntervalMs: options.printerPollMs ?? 200 },
    log: () => {},
  });
  e2e.hub.allowDeviceHostOrigin(devices.url);

  return {
    get hub() {
      return e2e.hub;
    },
    devices,
    kioskToken,
    adminToken,
    kioskUrl(extra = {}) {
      const params = new URLSearchParams({ token: kioskToken, ...extra });
      return `${pageOrigin}/kiosk/#${params.toString()}&${devices.linkParams}`;
    },
    api: (method, path, body, token = adminToken) => e2e.api(method, path, body, token),
    stopHub: () => e2e.hub.close(),
    async restartHub() {
      (await e2e.restart()).allowDeviceHostOrigin(devices.url);
    },
    async setPrinter(conditions) {
      if (!devices.virtualPrinter) throw new Error('no virtual printer');
      await devices.virtualPrinter.setCondition(conditions);
    },
    printedTexts: () => printedTexts(devices),
    printedTicket: (ticketNumber) => printedTicket(devices, ticketNumber),
    savePrintedTicket: (ticketNumber, name) => savePrintedTicket(devices, ticketNumber, name),
    scan: (text) => devices.injectScan(text),
    async close() {
      await devices.close();
      await e2e.close();
    },
  };
}
