import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FetchLike } from '../../../shared/contracts/hub-client';
import { appChannels } from '../../../shared/ipc/app-channels';
import { startTestHub, type TestHub } from '../../hub/test-support/test-hub';
import { hashPin } from '../admin/admin-pin';
import { AdminSession } from '../admin/admin-session';
import { openConfStore } from '../config/conf-store';
import { DeviceConfigService } from '../config/device-config-service';
import { createAppHandlers, type AppHandlers } from '../ipc/app-handlers';
import type { AppMode } from '../policy/web-preferences';

// The setup and admin channels against a real hub (HTTP on loopback, which the device
// configuration allows) and a real configuration file: enrolment spends a code only when
// the form is acceptable, and the admin channels stay locked until the PIN is given.

const at = Date.UTC(2026, 3, 7, 8, 0);
const pin = '482913';
let t: TestHub;
let notAHub: Server;
let notAHubUrl: string;
let dir: string;
let config: DeviceConfigService;
let mode: AppMode | 'setup';
let restarts: number;
let backs: number;
let logFile: string;
const fetchedWith: (string | undefined)[] = [];

const nodeFetch: FetchLike = (url, init) => fetch(url, init);

beforeAll(async () => {
  t = await startTestHub();
  notAHub = createServer((_request, response) => response.end('<html>a router</html>'));
  await new Promise<void>((resolve) => notAHub.listen(0, '127.0.0.1', resolve));
  notAHubUrl = `http://127.0.0.1:${(notAHub.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await t.close();
  await new Promise<void>((resolve) => notAHub.close(() => resolve()));
});
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'accueil-setup-'));
  config = new DeviceConfigService(openConfStore({ cwd: dir, configName: 'device' }), () => at);
  config.load();
  mode = 'setup';
  restarts = 0;
  backs = 0;
  logFile = join(dir, 'main.log');
  fetchedWith.length = 0;
  return () => rmSync(dir, { recursive: true, force: true });
});

function handlers(admin = new AdminSession(config, () => at)): AppHandlers {
  return createAppHandlers({
    mode: () => mode,
    version: '0.1.0',
    setupReason: () => null,
    admin,
    leaveKiosk: () => {},
    log: () => {},
    setup: {
      problem: () => null,
      config,
      hubFetch: (_origin, fingerprint) => {
        fetchedWith.push(fingerprint);
        return nodeFetch;
      },
      readCertificate: () => Promise.reject(new Error('no TLS in this test')),
      statuses: async () => [],
      testPrint: null,
      logFile: () => logFile,
      restart: () => {
        restarts += 1;
      },
      backToApp: () => {
        backs += 1;
      },
      hashPin,
      clock: () => at,
    },
  });
}

async function code(role: 'kiosk' | 'display' | 'counter', label = 'Borne du hall') {
  const answer = await t.api('POST', '/api/v1/devices/enrolment-codes', {
    token: t.adminToken,
    body: { role, label },
  });
  return (answer.body as { code: string }).code;
}

const form = (over: Record<string, unknown> = {}) => ({
  hubUrl: ` ${t.hub.url}/ `,
  mode: 'kiosk',
  language: 'fr',
  adminPin: pin,
  ...over,
});

describe('the setup screen enrols the device', () => {
  it('with a one-time code, and saves what the device needs (not the code)', async () => {
    const kioskCode = await code('kiosk');
    const answer = await handlers()['setup:enrol'](form({ code: kioskCode }));
    expect(answer).toMatchObject({ ok: true, value: { mode: 'kiosk', label: 'Borne du hall' } });
    expect(appChannels['setup:enrol'].response.safeParse(answer.ok && answer.value).success).toBe(
      true,
    );
    const reloaded = new DeviceConfigService(
      openConfStore({ cwd: dir, configName: 'device' }),
    ).load();
    expect(reloaded).toMatchObject({
      kind: 'ready',
      config: {
        mode: 'kiosk',
        hub: { url: t.hub.url },
        language: 'fr',
        enrolment: { label: 'Borne du hall', at },
      },
    });
    const saved = reloaded.kind === 'ready' ? reloaded.config : null;
    expect(JSON.stringify(saved)).not.toContain(kioskCode);
    // The token saved is the one the hub gave: it opens the kiosk's session.
    const me = await t.api('GET', '/api/v1/auth/me', { token: saved?.deviceToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ role: 'kiosk' });
    // The code is spent.
    expect(await handlers()['setup:enrol'](form({ code: kioskCode }))).toMatchObject({
      ok: false,
      error: { code: 'code-refused', message: expect.stringMatching(/already used/) },
    });
  });

  it('asks for an admin PIN before spending the code', async () => {
    const kioskCode = await code('kiosk');
    expect(
      await handlers()['setup:enrol'](form({ code: kioskCode, adminPin: undefined })),
    ).toMatchObject({
      ok: false,
      error: { code: 'pin-required' },
    });
    expect(
      await handlers()['setup:enrol'](form({ code: kioskCode, adminPin: '12' })),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/adminPin/) },
    });
    expect(await handlers()['setup:enrol'](form({ code: kioskCode }))).toMatchObject({ ok: true });
  });

  it.each([
    ['a path after the origin', `/api`, /origin only/],
    ['plain http to another machine', 'http://10.1.2.3:8080', /https/],
    ['no URL at all', 'accueil mairie', /not a URL/],
  ])('refuses %s without reaching any hub', async (_, hubUrl, message) => {
    const url = hubUrl.startsWith('/') ? `${t.hub.url}${hubUrl}` : hubUrl;
    expect(await handlers()['setup:enrol'](form({ hubUrl: url, code: 'ABCD-EFGH' }))).toMatchObject(
      {
        ok: false,
        error: { code: 'invalid-url', message: expect.stringMatching(message) },
      },
    );
    expect(fetchedWith).toEqual([]);
  });

  it('refuses a code made for another mode, naming the device to revoke', async () => {
    const displayCode = await code('display', 'Écran salle');
    const answer = await handlers()['setup:enrol'](form({ code: displayCode }));
    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'role-mismatch',
        message: expect.stringMatching(/for a display, not a kiosk.*revoke/),
      },
    });
    expect(config.config).toBeNull();
  });

  it('says when the hub cannot be reached, or is no hub', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    expect(
      await handlers()['setup:test-hub']({ hubUrl: `http://127.0.0.1:${port}` }),
    ).toMatchObject({
      ok: false,
      error: { code: 'hub-unreachable', message: expect.stringMatching(/ECONNREFUSED/) },
    });
    expect(await handlers()['setup:test-hub']({ hubUrl: notAHubUrl })).toMatchObject({
      ok: false,
      error: { code: 'not-a-hub' },
    });
    expect(await handlers()['setup:test-hub']({ hubUrl: t.hub.url })).toMatchObject({
      ok: true,
      value: { origin: t.hub.url, configured: true },
    });
  });

  it('passes the fingerprint IT confirmed to the pinned fetch', async () => {
    const fingerprint = 'AB:'.repeat(31) + 'AB';
    await handlers()['setup:test-hub']({ hubUrl: t.hub.url, fingerprint });
    expect(fetchedWith).toEqual([fingerprint]);
    expect(
      await handlers()['setup:test-hub']({ hubUrl: t.hub.url, fingerprint: 'ab:cd' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: expect.stringMatching(/fingerprint/) },
    });
  });
});

describe('once the device runs in a mode', () => {
  beforeEach(async () => {
    config.save({
      mode: 'kiosk',
      hub: { url: t.hub.url },
      deviceToken: 'x'.repeat(32),
      adminPinHash: await hashPin(pin),
    });
    mode = 'kiosk';
  });

  it('keeps every setup and admin channel locked until the PIN is given', async () => {
    const locked = handlers();
    for (const [channel, request] of [
      ['setup:read-certificate', { hubUrl: t.hub.url }],
      ['setup:test-hub', { hubUrl: t.hub.url }],
      ['setup:enrol', form({ code: 'ABCD' })],
      ['admin:overview', {}],
      ['admin:test-print', {}],
      ['admin:logs', {}],
      ['admin:restart', {}],
    ] as const)
      expect(await locked[channel](request), channel).toMatchObject({
        ok: false,
        error: { code: 'locked' },
      });
    expect(restarts).toBe(0);
    expect(fetchedWith).toEqual([]);
    expect(await locked['setup:problem']({})).toEqual({
      ok: true,
      value: { reason: null, message: null, keptAs: null },
    });
  });

  it('shows the configuration without its secrets, the logs, and restarts, once unlocked', async () => {
    const admin = new AdminSession(config, () => at);
    const unlocked = handlers(admin);
    expect(await unlocked['admin:unlock']({ pin })).toMatchObject({ ok: true });
    const overview = await unlocked['admin:overview']({});
    expect(overview).toMatchObject({
      ok: true,
      value: {
        mode: 'kiosk',
        hub: { url: t.hub.url, fingerprint: null },
        printer: null,
        unlockedUntil: at + 5 * 60_000,
      },
    });
    expect(JSON.stringify(overview)).not.toMatch(/x{32}|scrypt/);
    expect(await unlocked['admin:test-print']({})).toMatchObject({
      ok: false,
      error: { code: 'no-printer' },
    });

    writeFileSync(
      logFile,
      Array.from({ length: 300 }, (_, i) => `[info] line ${i + 1}`).join('\n') + '\n',
    );
    const logs = await unlocked['admin:logs']({ lines: 3 });
    expect(logs).toEqual({
      ok: true,
      value: { file: logFile, lines: ['[info] line 298', '[info] line 299', '[info] line 300'] },
    });
    expect(await unlocked['admin:restart']({})).toMatchObject({ ok: true });
    expect(restarts).toBe(1);
    expect(await unlocked['admin:done']({})).toEqual({ ok: true, value: { locked: true } });
    expect(backs).toBe(1);
    expect(await unlocked['admin:overview']({})).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
  });

  it('re-enrols in another mode and keeps the PIN', async () => {
    const admin = new AdminSession(config, () => at);
    const unlocked = handlers(admin);
    await unlocked['admin:unlock']({ pin });
    const displayCode = await code('display', 'Écran salle');
    expect(
      await unlocked['setup:enrol'](
        form({ code: displayCode, mode: 'display', adminPin: undefined, language: 'en' }),
      ),
    ).toMatchObject({ ok: true, value: { mode: 'display', label: 'Écran salle' } });
    expect(config.config).toMatchObject({
      mode: 'display',
      language: 'en',
      enrolment: { label: 'Écran salle' },
    });
    expect(await new AdminSession(config, () => at).unlock(pin)).toMatchObject({ ok: true });
  });
});

describe('the test ticket', () => {
  it('is a valid print job, with a new id each time', async () => {
    const { printJobSchema } = await import('../../../shared/print/job');
    const { testTicketJob } = await import('./test-ticket');
    expect(printJobSchema.safeParse(testTicketJob(at)).success).toBe(true);
    expect(testTicketJob(at).id).not.toBe(testTicketJob(at + 1).id);
  });
});
