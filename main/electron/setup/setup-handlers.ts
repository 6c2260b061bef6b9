import { createHubClient } from '../../../shared/contracts/hub-client';
import type { DeviceStatus } from '../../../shared/devices/status';
import type { ParsedRequestOf, ResultOf } from '../../../shared/ipc/device-api';
import { failure } from '../../../shared/ipc/envelope';
import type { SetupChannels } from '../../../shared/ipc/setup-channels';
import type { Implementation } from '../../device-host/handler-table';
import type { AdminSession } from '../admin/admin-session';
import type { DeviceConfig } from '../config/device-config';
import type { DeviceConfigService, SetupReason } from '../config/device-config-service';
import type { AppMode } from '../policy/web-preferences';
import { enrolDevice } from './enrol-device';
import type { PresentedChain } from './hub-certificate';
import { hubOriginOf, reachErrorOf, type HubFetchFor } from './hub-reach';
import { tailLines } from './log-tail';

// What the setup and admin channels do (no Electron here). On the setup screen (no
// configuration yet, or a refused one) they are open; once the device runs in a mode,
// every one of them asks for the admin PIN first (admin:unlock).

export interface SetupProblem {
  reason: SetupReason;
  message: string;
  keptAs?: string;
}

export interface SetupDeps {
  mode: () => AppMode | 'setup';
  version: string;
  problem: () => SetupProblem | null;
  config: DeviceConfigService;
  admin: AdminSession;
  hubFetch: HubFetchFor;
  readCertificate: (origin: string) => Promise<PresentedChain>;
  statuses: () => Promise<DeviceStatus[]>;
  /** Prints a test ticket; null where no printer is configured. */
  testPrint: (() => Promise<{ ok: true } | { ok: false; message: string }>) | null;
  logFile: () => string;
  restart: () => void;
  /** Shows the mode's page again (the admin screen is done). */
  backToApp: () => void;
  hashPin: (pin: string) => Promise<string>;
  clock: () => number;
  log: (message: string) => void;
}

type R<C extends keyof SetupChannels> = ResultOf<SetupChannels, C>;
type Q<C extends keyof SetupChannels> = ParsedRequestOf<SetupChannels, C>;

function describePrinter(printer: DeviceConfig['printer']): string | null {
  if (!printer) return null;
  const where =
    'host' in printer
      ? `${printer.host}:${printer.port}`
      : 'path' in printer
        ? printer.path
        : printer.queue;
  return `${printer.deviceId} (${printer.link}, ${where}, ${printer.paperWidth} mm)`;
}

function describeScanner(scanner: NonNullable<DeviceConfig['scanner']>): string {
  const where =
    'path' in scanner.device
      ? scanner.device.path
      : `USB ${scanner.device.vendorId}:${scanner.device.productId}`;
  return `${scanner.id} (${where})`;
}

/** What main gives the setup channels besides what every app channel has. */
export type SetupWiring = Omit<SetupDeps, 'mode' | 'version' | 'admin' | 'log'>;

/** Where the app was started without the setup wiring: every setup channel is unavailable. */
export function unavailableSetup(): Implementation<SetupChannels> {
  const no = async () => failure('unavailable', 'the setup screen is not wired in this app');
  return {
    'setup:problem': no,
    'setup:read-certificate': no,
    'setup:test-hub': no,
    'setup:enrol': no,
    'admin:overview': no,
    'admin:test-print': no,
    'admin:logs': no,
    'admin:done': no,
    'admin:restart': no,
  };
}

export function setupImplementation(deps: SetupDeps): Implementation<SetupChannels> {
  const open = () => deps.mode() === 'setup' || deps.admin.isUnlocked();
  const locked = () =>
    failure('locked', 'unlock the admin screen with the PIN first (admin:unlock)');

  return {
    async 'setup:problem'(): Promise<R<'setup:problem'>> {
      const problem = deps.problem();
      return {
        ok: true,
        value: {
          reason: problem?.reason ?? null,
          message: problem?.message ?? null,
          keptAs: problem?.keptAs ?? null,
        },
      };
    },

    async 'setup:read-certificate'({ hubUrl }: Q<'setup:read-certificate'>) {
      if (!open()) return locked();
      const hub = hubOriginOf(hubUrl);
      if (!hub.ok) return failure('invalid-url', `hubUrl: ${hub.message}`);
      if (!hub.origin.startsWith('https:'))
        return {
          ok: true,
          value: { origin: hub.origin, tls: false, trustedBySystem: false, chain: [] },
        };
      try {
        const { trustedBySystem, chain } = await deps.readCertificate(hub.origin);
        return {
          ok: true,
          value: {
            origin: hub.origin,
            tls: true,
            trustedBySystem,
            chain: chain.map((c) => c.view),
          },
        };
      } catch (error) {
        return failure('hub-unreachable', reachErrorOf(error, hub.origin).message);
      }
    },

    async 'setup:test-hub'({ hubUrl, fingerprint }: Q<'setup:test-hub'>) {
      if (!open()) return locked();
      const hub = hubOriginOf(hubUrl);
      if (!hub.ok) return failure('invalid-url', `hubUrl: ${hub.message}`);
      const client = createHubClient({
        baseUrl: hub.origin,
        fetch: deps.hubFetch(hub.origin, fingerprint),
      });
      try {
        const health = await client.health();
        if (health?.status !== 'ok' || typeof health.configured !== 'boolean')
          return failure('not-a-hub', `${hub.origin} answers, but not as an Accueil hub`);
        return {
          ok: true,
          value: { origin: hub.origin, configured: health.configured, now: health.now },
        };
      } catch (error) {
        const reach = reachErrorOf(error, hub.origin);
        return failure(reach.code, reach.message);
      }
    },

    async 'setup:enrol'(request: Q<'setup:enrol'>) {
      if (!open()) return locked();
      return enrolDevice(request, deps);
    },

    async 'admin:overview'(): Promise<R<'admin:overview'>> {
      const config = deps.config.config;
      if (!open() || !config) return locked();
      return {
        ok: true,
        value: {
          mode: config.mode,
          version: deps.version,
          hub: { url: config.hub.url, fingerprint: config.hub.fingerprint ?? null },
          enrolment: config.enrolment ?? null,
          language: config.language,
          printer: describePrinter(config.printer),
          scanner: config.scanner ? describeScanner(config.scanner) : null,
          statuses: await deps.statuses(),
          unlockedUntil: deps.admin.unlockedUntil(),
        },
      };
    },

    async 'admin:test-print'(): Promise<R<'admin:test-print'>> {
      if (!open()) return locked();
      if (!deps.testPrint) return failure('no-printer', 'no printer is configured on this device');
      const printed = await deps.testPrint();
      if (!printed.ok) return failure('print-failed', printed.message);
      deps.log('test ticket printed from the admin screen');
      return { ok: true, value: { printed: true } };
    },

    async 'admin:logs'({ lines }: Q<'admin:logs'>): Promise<R<'admin:logs'>> {
      if (!open()) return locked();
      const file = deps.logFile();
      return { ok: true, value: { file, lines: await tailLines(file, lines) } };
    },

    async 'admin:done'(): Promise<R<'admin:done'>> {
      deps.admin.lock();
      if (deps.mode() !== 'setup') deps.backToApp();
      return { ok: true, value: { locked: true } };
    },

    async 'admin:restart'(): Promise<R<'admin:restart'>> {
      if (!open()) return locked();
      deps.log('restarting at the admin’s request');
      deps.restart();
      return { ok: true, value: { restarting: true } };
    },
  };
}
