import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { localDate } from '../../shared/calendar/zoned-time';
import { demoSiteConfig, demoSiteConfigInput } from '../../shared/demo';
import type { Appointment } from '../../shared/central/appointment';
import { startCentralSandbox, type CentralSandbox } from '../central-sandbox/sandbox';
import { startDeviceHost, type DeviceHost } from '../device-host';
import { startHub, type Hub } from '../hub';
import { ensureWebBuild, webDir } from '../web/build-web';
import { demoAccounts } from './demo-accounts';
import { startDemoActivity, type DemoActivity } from './demo-activity';
import { demoActivityAgents } from './demo-activity-agents';
import { demoClock, type DemoClock } from './demo-clock';

// `npm start`: a whole demo site on this machine — the central API sandbox, the hub
// with the demo site (Centre administratif municipal), the web apps, a kiosk's device
// host with the virtual printer and a simulated scanner.

export interface DemoOptions {
  dataDir: string;
  port: number;
  /** Keep the real time even when the site is closed now. */
  realTime: boolean;
  log: (line: string) => void;
  /**
   * The living day (demo-activity.ts): demo agents serve and kiosk visitors arrive, at
   * this many simulated minutes per real minute. Absent or 0: a still demo (`--quiet`).
   */
  activityTimeScale?: number;
}

export interface Demo {
  hub: Hub;
  central: CentralSandbox;
  devices: DeviceHost;
  clock: DemoClock;
  /** The demo site's IANA time zone: its day and hours are said there. */
  timeZone: string;
  kioskUrl: string;
  /** The waiting-room display, enrolled as a display device. */
  displayUrl: string;
  ticketsDir: string;
  /** The counters' device host (their receipt printer) and the console's URL linked to it. */
  counterDevices: DeviceHost;
  counterUrl: string;
  receiptsDir: string;
  /** The living day, unless started quiet. */
  activity?: DemoActivity;
  appointments: Appointment[];
  close(): Promise<void>;
}

const townName = "Ville d'Issy-les-Moulineaux";

export async function startDemo(options: DemoOptions): Promise<Demo> {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const config = demoSiteConfig();
  const clock = options.realTime ? { now: Date.now, offsetMs: 0 } : demoClock(config);
  const today = localDate(clock.now(), config.timezone);

  ensureWebBuild({ log: options.log });

  const opened: Array<{ close(): Promise<void> }> = [];
  const closeAll = async () => {
    for (const thing of opened.splice(0).reverse()) await thing.close().catch(() => {});
  };
  try {
    const central = await startCentralSandbox({
      dataDir: join(dataDir, 'central'),
      seedDate: today,
      now: () => new Date(clock.now()),
    });
    opened.push(central);

    const hub = await startHub({
      siteConfig: demoSiteConfigInput,
      adminPassword: demoAccounts.admin.password,
      webDir,
      clock: clock.now,
      log: (line) => options.log(`hub: ${line}`),
      settings: {
        host: '127.0.0.1',
        port: options.port,
        dataDir: join(dataDir, 'hub'),
        central: { baseUrl: central.url, siteId: central.siteId, token: central.token },
      },
    });
    opened.push(hub);
    for (const agent of demoAccounts.agents)
      await hub.setAgentPassword(agent.id, agent.role, agent.password);

    const ticketsDir = join(dataDir, 'tickets');
    const devices = await startDeviceHost({
      printer: { kind: 'virtual', outputDir: ticketsDir, paperWidthMm: 80 },
      scanner: { kind: 'simulated' },
      allowedOrigins: [hub.url],
      log: (line) => options.log(`devices: ${line}`),
    });
    opened.push(devices);
    hub.allowDeviceHostOrigin(devices.url);

    // The counters' receipt printer: a second virtual printer, behind its own device host
    // (a counter workstation has its printer, not the kiosk's), linked from the console's URL.
    const receiptsDir = join(dataDir, 'receipts');
    const counterDevices = await startDeviceHost({
      printer: { kind: 'virtual', outputDir: receiptsDir, paperWidthMm: 80 },
      allowedOrigins: [hub.url],
      log: (line) => options.log(`counter devices: ${line}`),
    });
    opened.push(counterDevices);
    hub.allowDeviceHostOrigin(counterDevices.url);
    const counterUrl = `${hub.url}/counter/#${counterDevices.linkParams}`;

    const kioskToken = await enrolDevice(hub, 'kiosk', 'Borne du hall (démo)');
    const displayToken = await enrolDevice(hub, 'display', 'Écran du hall (démo)');
    const displayUrl = `${hub.url}/display/#${new URLSearchParams({ token: displayToken }).toString()}`;
    let activity: DemoActivity | undefined;
    if (options.activityTimeScale) {
      activity = startDemoActivity({
        hubUrl: hub.url,
        kioskToken,
        agents: demoActivityAgents(),
        timeScale: options.activityTimeScale,
        seed: Number(today.replaceAll('-', '')),
        log: options.log,
      });
      const running = activity;
      opened.push({ close: () => running.stop() });
    }
    const fragment = new URLSearchParams({ token: kioskToken, town: townName });
    const kioskUrl = `${hub.url}/kiosk/#${fragment.toString()}&${devices.linkParams}`;

    return {
      hub,
      central,
      devices,
      clock,
      timeZone: config.timezone,
      kioskUrl,
      displayUrl,
      ticketsDir,
      counterDevices,
      counterUrl,
      receiptsDir,
      ...(activity ? { activity } : {}),
      appointments: central.appointments(today),
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/** The demo's devices enrol like real ones: a one-time code exchanged for a token. */
async function enrolDevice(hub: Hub, role: 'kiosk' | 'display', label: string): Promise<string> {
  const { code } = hub.enrolmentCode(role, label);
  const response = await fetch(`${hub.url}/api/v1/devices/enrol`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code }),
  });
  const answer = (await response.json()) as { token?: string; error?: { message: string } };
  if (!response.ok || !answer.token)
    throw new Error(
      `the demo ${role} could not enrol: ${answer.error?.message ?? response.status}`,
    );
  return answer.token;
}
