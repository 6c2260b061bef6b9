import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHubClient, type HubClient } from '../../../shared/contracts/hub-client';
import { startCentralSandbox, type CentralSandbox } from '../../../main/central-sandbox/sandbox';
import { startDeviceHost, type DeviceHost } from '../../../main/device-host/start-device-host';
import { startHub, type Hub, type StartHubOptions } from '../../../main/hub/start-hub';
import { siteConfigSchema } from '../../../shared/engine';
import { testTimeZone } from '../../support/midday-zone';
import { e2eAgents, e2eSiteConfig, passwordOf } from './e2e-site-config';

export interface CounterSiteOptions {
  /** The built web apps (see e2e/support/web-build.ts). */
  webDir: string;
  /** Start a device host with the virtual printer, for the counter's receipts. */
  devices?: boolean;
  /** How often the hub re-checks streams' tokens (short: a session expiry shows at once). */
  heartbeatMs?: number;
  /** Start the central sandbox and sync the hub with it. */
  central?: boolean;
  /** The site shows per-agent figures to managers (`reporting.perAgentFigures`). */
  perAgentFigures?: boolean;
}

/** An appointment a test loads: its booking references and the visitor's name. */
export interface AppointmentFixture {
  id: string;
  service: string;
  bookingCode: string;
  antsNumber?: string;
  visitorName: string;
}

/**
 * The sync worker's timing with a central sandbox: a failed attempt waits ten minutes, so
 * only "send now" tries again within a test (the jitter is pinned to its ceiling).
 */
const patientSync: NonNullable<StartHubOptions['syncTiming']> = {
  backoff: { baseMs: 600_000, capMs: 600_000, maxRetryAfterMs: 600_000 },
  random: () => 1,
  lingerMs: 5,
  idleCheckMs: 600_000,
};

/** The hub as a kiosk device (or an admin) uses it: a typed client with its own token. */
export function apiClient(baseUrl: string, token: () => string | undefined): HubClient {
  return createHubClient({
    baseUrl,
    fetch: (url, init) => fetch(url, init),
    token,
    newIdempotencyKey: () => randomUUID(),
  });
}

/**
 * One site for a test: a real hub on a free port (fresh SQLite folder, the e2e site, the
 * built console served at /counter/), agents with passwords, an enrolled kiosk, and
 * optionally a device host with the virtual printer. The hub's clock can be moved
 * forward (session expiry, waits over target) and the hub stopped and restarted on the
 * same port and data (offline, reconnect).
 */
export class CounterSite {
  hub!: Hub;
  devices: DeviceHost | null = null;
  central: CentralSandbox | null = null;
  private kioskToken = '';
  private adminToken = '';
  private skewMs = 0;
  private port = 0;
  private readonly dataDir = mkdtempSync(join(tmpdir(), 'accueil-counter-e2e-'));

  private constructor(private readonly options: CounterSiteOptions) {}

  /** The hub as the enrolled kiosk of the hall calls it. */
  get kiosk(): HubClient {
    return apiClient(this.url, () => this.kioskToken);
  }

  /** The hub as the site's administrator calls it. */
  get admin(): HubClient {
    return apiClient(this.url, () => this.adminToken);
  }

  static async start(options: CounterSiteOptions): Promise<CounterSite> {
    const site = new CounterSite(options);
    if (options.central)
      site.central = await startCentralSandbox({
        config: siteConfigSchema.parse(e2eSiteConfig),
        siteId: e2eSiteConfig.site.id,
      });
    await site.startHub();
    for (const { agentId, role } of e2eAgents)
      await site.hub.setAgentPassword(agentId, role, passwordOf(agentId));
    await site.hub.setAgentPassword('admin', 'admin', passwordOf('admin'));
    site.adminToken = (
      await site.admin.login({ agentId: 'admin', password: passwordOf('admin') })
    ).token;
    const code = site.hub.enrolmentCode('kiosk', 'Borne du hall');
    site.kioskToken = (await site.kiosk.enrol({ code: code.code })).token;
    if (options.devices) {
      site.devices = await startDeviceHost({
        printer: { kind: 'virtual' },
        supervisor: { pollIntervalMs: 300 },
        allowedOrigins: [site.url],
        log: () => {},
      });
      site.hub.allowDeviceHostOrigin(site.devices.url);
    }
    return site;
  }

  get url(): string {
    return this.hub.url;
  }

  /** The console's address; with the device host's link when the site has one. */
  counterUrl(withDevices = this.devices !== null): string {
    return `${this.url}/counter/${withDevices && this.devices ? `#${this.devices.linkParams}` : ''}`;
  }

  /** The kiosk page's address: its device token, and the device host's link if any. */
  kioskUrl(): string {
    const params = new URLSearchParams({ token: this.kioskToken });
    return `${this.url}/kiosk/#${params.toString()}${this.devices ? `&${this.devices.linkParams}` : ''}`;
  }

  /** Moves the hub's clock forward (or back): waits, session expiry. */
  advanceClock(ms: number): void {
    this.skewMs += ms;
  }

  now(): number {
    return Date.now() + this.skewMs;
  }

  private async startHub(): Promise<void> {
    this.hub = await startHub({
      siteConfig: {
        ...e2eSiteConfig,
        reporting: { perAgentFigures: this.options.perAgentFigures ?? false },
      },
      webDir: this.options.webDir,
      clock: () => this.now(),
      settings: {
        host: '127.0.0.1',
        port: this.port,
        dataDir: this.dataDir,
        ...(this.central && {
          central: {
            baseUrl: this.central.url,
            siteId: this.central.siteId,
            token: this.central.token,
            timeoutSeconds: 5,
          },
        }),
      },
      stream: { heartbeatMs: this.options.heartbeatMs ?? 1000 },
      ...(this.central && { syncTiming: patientSync }),
    });
    this.port = this.hub.port;
    if (this.devices) this.hub.allowDeviceHostOrigin(this.devices.url);
  }

  /** Stops the hub (its clients lose their link); `startAgain` brings it back on the same port. */
  async stopHub(): Promise<void> {
    await this.hub.close();
  }

  async startAgain(): Promise<void> {
    await this.startHub();
  }

  /** A walk-in ticket taken at the kiosk; answers its number and id. */
  async issueAtKiosk(
    service: string,
    priority = false,
  ): Promise<{ number: string; ticketId: string }> {
    const answer = await this.kiosk.command('ticket:issue', {
      service,
      priority,
      channel: 'kiosk',
      language: 'fr',
    });
    const event = answer.events.find((e) => e.type === 'ticket:issued');
    if (event?.type !== 'ticket:issued') throw new Error('the kiosk got no ticket');
    return { number: event.number, ticketId: event.ticketId };
  }

  /**
   * Loads one appointment of today, starting in five minutes unless told otherwise (within
   * its check-in window), with the visitor's name, which the hub keeps apart for the agent
   * who serves them. Five minutes ahead, a checked-in visitor is called before walk-ins;
   * further ahead, in their order of arrival.
   */
  async loadAppointment(appointment: AppointmentFixture, startsInMinutes = 5): Promise<void> {
    const start = this.now() + startsInMinutes * 60_000;
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: testTimeZone }).format(start);
    await this.admin.command('appointments:load', {
      date,
      appointments: [
        {
          id: appointment.id,
          service: appointment.service,
          start,
          durationMinutes: 20,
          bookingCode: appointment.bookingCode,
          ...(appointment.antsNumber ? { antsNumber: appointment.antsNumber } : {}),
          visitor: { name: appointment.visitorName },
        },
      ],
    });
  }

  /** Loads one appointment and checks it in at the kiosk (through the API). */
  async appointmentCheckedIn(
    appointment: AppointmentFixture,
  ): Promise<{ number: string; ticketId: string }> {
    await this.loadAppointment(appointment);
    const answer = await this.kiosk.command('appointment:check-in', {
      reference: appointment.bookingCode,
    });
    const event = answer.events.find((e) => e.type === 'ticket:issued');
    if (event?.type !== 'ticket:issued') throw new Error('the check-in gave no ticket');
    return { number: event.number, ticketId: event.ticketId };
  }

  /** Serves one visit at a counter through the API, as its agent would: it closes. */
  async serveVisit(service: string, counterId = 'g3', agentId = 'ag3'): Promise<string> {
    const { ticketId } = await this.issueAtKiosk(service);
    if (this.hub.context.authority.state.counters[counterId]?.status !== 'open')
      await this.admin.command('counter:open', { counterId, agentId, services: [] });
    await this.admin.command('counter:call-ticket', { counterId, ticketId });
    await this.admin.command('ticket:start', { ticketId });
    await this.admin.command('ticket:finish', { ticketId, outcome: 'answered' });
    return ticketId;
  }

  async close(): Promise<void> {
    await this.devices?.close();
    await this.hub.close();
    await this.central?.close();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}
