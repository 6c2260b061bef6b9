import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDate } from '../../shared/engine';
import { startDeviceHost, type DeviceHost } from '../../main/device-host';
import { startHub, type Hub } from '../../main/hub';
import {
  kioskSiteConfig,
  siteTimeZone,
  todaysAppointments,
  tomorrowsAppointments,
} from './kiosk-site';
import { printedTexts, printedTicket, savePrintedTicket } from './printed-tickets';
import { ensureTestWebBuild } from './web-build';

// Everything a kiosk page needs, real: a hub on a free port with a fresh data folder and
// the test site (serving the built web apps), an enrolled kiosk device, and a device host
// with the virtual ESC/POS printer and a simulated serial scanner (a socat pair).

const adminPassword = 'mot de passe des tests de la borne';

export interface ApiAnswer<T = unknown> {
  status: number;
  body: T;
}

export interface KioskWorld {
  hub: Hub;
  devices: DeviceHost;
  kioskToken: string;
  adminToken: string;
  /** The kiosk page's address, with its configuration in the fragment. */
  kioskUrl(extra?: Record<string, string>): string;
  api<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    token?: string,
  ): Promise<ApiAnswer<T>>;
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
  const webDir = await ensureTestWebBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'accueil-kiosk-e2e-'));
  const hubOptions = (port: number) => ({
    siteConfig: kioskSiteConfig,
    adminPassword,
    webDir,
    settings: { host: '127.0.0.1', port, dataDir },
  });
  let hub = await startHub(hubOptions(0));
  const port = hub.port;

  const api = async <T>(method: string, path: string, body?: unknown, token?: string) => {
    const response = await fetch(`${hub.url}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as T };
  };
  const must = async <T>(answer: Promise<ApiAnswer<T>>, what: string): Promise<T> => {
    const { status, body } = await answer;
    if (status >= 300) throw new Error(`${what} failed (${status}): ${JSON.stringify(body)}`);
    return body;
  };

  const adminToken = (
    await must(
      api<{ token: string }>('POST', '/api/v1/auth/login', {
        agentId: 'admin',
        password: adminPassword,
      }),
      'admin login',
    )
  ).token;
  const code = await must(
    api<{ code: string }>(
      'POST',
      '/api/v1/devices/enrolment-codes',
      { role: 'kiosk', label: 'Borne du hall' },
      adminToken,
    ),
    'enrolment code',
  );
  const kioskToken = (
    await must(
      api<{ token: string }>('POST', '/api/v1/devices/enrol', { code: code.code }),
      'enrol',
    )
  ).token;

  const now = Date.now();
  const today = localDate(now, siteTimeZone);
  const tomorrow = localDate(now + 86_400_000, siteTimeZone);
  await must(
    api(
      'POST',
      '/api/v1/appointments/load',
      { date: today, appointments: todaysAppointments(now) },
      adminToken,
    ),
    'appointments',
  );
  await must(
    api(
      'POST',
      '/api/v1/appointments/load',
      { date: tomorrow, appointments: tomorrowsAppointments(now) },
      adminToken,
    ),
    'appointments of tomorrow',
  );

  const pageOrigin = options.pageHost ? `http://${options.pageHost}:${port}` : hub.url;
  const devices = await startDeviceHost({
    printer: { kind: 'virtual', deviceId: 'borne-printer' },
    scanner: { kind: 'simulated', id: 'borne-scanner' },
    allowedOrigins: [pageOrigin],
    // Printer conditions switched by a test reach the page quickly.
    supervisor: { pollIntervalMs: options.printerPollMs ?? 200 },
    log: () => {},
  });
  hub.allowDeviceHostOrigin(devices.url);

  return {
    get hub() {
      return hub;
    },
    devices,
    kioskToken,
    adminToken,
    kioskUrl(extra = {}) {
      const params = new URLSearchParams({ token: kioskToken, ...extra });
      return `${pageOrigin}/kiosk/#${params.toString()}&${devices.linkParams}`;
    },
    api: (method, path, body, token = adminToken) => api(method, path, body, token),
    stopHub: () => hub.close(),
    async restartHub() {
      hub = await startHub(hubOptions(port));
      hub.allowDeviceHostOrigin(devices.url);
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
      await hub.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
