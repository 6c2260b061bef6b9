import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHub } from '../start-hub';
import { testSiteConfig } from '../test-support/site-config';
import { startTestHub, type TestHub } from '../test-support/test-hub';

let t: TestHub | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const issue = { service: 'iris', priority: false, channel: 'kiosk', language: 'fr' };
const codeOf = (body: unknown) => (body as { error: { code: string } }).error.code;
const messageOf = (body: unknown) => (body as { error: { message: string } }).error.message;

describe('roles', () => {
  it('each role reaches only its own commands', async () => {
    t = await startTestHub();
    const kiosk = await t.device('kiosk');
    const display = await t.device('display');
    const counterDevice = await t.device('counter');
    const agent = await t.agent('ag1');

    const displayIssue = await t.api('POST', '/api/v1/ticket/issue', {
      token: display,
      body: issue,
    });
    expect(displayIssue.status).toBe(403);
    expect(messageOf(displayIssue.body)).toMatch(/display may not send ticket:issue/);

    const kioskCall = await t.api('POST', '/api/v1/counter/call-next', {
      token: kiosk,
      body: { counterId: 'g1' },
    });
    expect(kioskCall.status).toBe(403);

    const agentConfig = await t.api('POST', '/api/v1/config/replace', {
      token: agent,
      body: { config: {} },
    });
    expect(agentConfig.status).toBe(403);
    const agentDayEnd = await t.api('POST', '/api/v1/day/end', { token: agent, body: {} });
    expect(agentDayEnd.status).toBe(403);
    const kioskDevices = await t.api('GET', '/api/v1/devices', { token: kiosk });
    expect(kioskDevices.status).toBe(403);
    const kioskState = await t.api('GET', '/api/v1/state', { token: kiosk });
    expect(kioskState.status).toBe(403);
    const displayBoard = await t.api('GET', '/api/v1/board', { token: display });
    expect(displayBoard.status).toBe(200);

    // A counter workstation without an agent logged in may not act at a counter.
    const deviceOpen = await t.api('POST', '/api/v1/counter/open', {
      token: counterDevice,
      body: { counterId: 'g1', agentId: 'ag1' },
    });
    expect(deviceOpen.status).toBe(403);
    // An agent opens a counter only under their own id.
    const otherAgent = await t.api('POST', '/api/v1/counter/open', {
      token: agent,
      body: { counterId: 'g1', agentId: 'ag2' },
    });
    expect(otherAgent.status).toBe(403);
    const own = await t.api('POST', '/api/v1/counter/open', {
      token: agent,
      body: { counterId: 'g1', agentId: 'ag1' },
    });
    expect(own.status).toBe(200);

    const manager = await t.agent('ag4', 'manager');
    const report = await t.api('GET', '/api/v1/reports/day', { token: manager });
    expect([200, 404]).toContain(report.status);
    const managerConfig = await t.api('POST', '/api/v1/config/replace', {
      token: manager,
      body: { config: {} },
    });
    expect(managerConfig.status).toBe(403);
  });

  it('no token, an unknown token → 401', async () => {
    t = await startTestHub();
    const none = await t.api('POST', '/api/v1/ticket/issue', { body: issue });
    expect(none.status).toBe(401);
    expect(messageOf(none.body)).toMatch(/Authorization: Bearer/);
    const unknown = await t.api('POST', '/api/v1/ticket/issue', { token: 'forged', body: issue });
    expect(unknown.status).toBe(401);
  });
});

describe('device enrolment', () => {
  it('a code works once; a revoked device is refused with 401', async () => {
    t = await startTestHub();
    const code = await t.api('POST', '/api/v1/devices/enrolment-codes', {
      token: t.adminToken,
      body: { role: 'kiosk', label: 'Entrée' },
    });
    expect(code.status).toBe(201);
    const { code: value } = code.body as { code: string };
    const first = await t.api('POST', '/api/v1/devices/enrol', { body: { code: value } });
    expect(first.status).toBe(201);
    const { token, deviceId } = first.body as { token: string; deviceId: string };
    const again = await t.api('POST', '/api/v1/devices/enrol', { body: { code: value } });
    expect(again.status).toBe(401);
    expect(messageOf(again.body)).toMatch(/already used/);

    expect((await t.api('POST', '/api/v1/ticket/issue', { token, body: issue })).status).toBe(200);
    const list = await t.api('GET', '/api/v1/devices', { token: t.adminToken });
    expect((list.body as { devices: { id: string }[] }).devices.map((d) => d.id)).toContain(
      deviceId,
    );

    const revoke = await t.api('POST', `/api/v1/devices/${deviceId}/revoke`, {
      token: t.adminToken,
    });
    expect(revoke.status).toBe(200);
    const after = await t.api('POST', '/api/v1/ticket/issue', { token, body: issue });
    expect(after.status).toBe(401);
    expect(codeOf(after.body)).toBe('token-revoked');
    expect(
      (await t.api('POST', '/api/v1/devices/nope/revoke', { token: t.adminToken })).status,
    ).toBe(404);
  });

  it('guessing codes is rate-limited per address', async () => {
    t = await startTestHub();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push(
        (await t.api('POST', '/api/v1/devices/enrol', { body: { code: `AAAAA-AAAA${i % 10}` } }))
          .status,
      );
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});

describe('agent login', () => {
  it('sessions expire and can be logged out', async () => {
    let now = Date.now();
    t = await startTestHub({ clock: () => now, settings: { sessionHours: 1 } });
    const token = await t.agent('ag1');
    const fresh = await t.agent('ag2');
    const me = await t.api('GET', '/api/v1/auth/me', { token });
    expect(me.body).toMatchObject({ kind: 'agent', agentId: 'ag1', role: 'counter' });
    now += 3_600_000;
    const expired = await t.api('GET', '/api/v1/auth/me', { token });
    expect(expired.status).toBe(401);
    expect(codeOf(expired.body)).toBe('session-expired');

    now -= 3_600_000;
    expect((await t.api('POST', '/api/v1/auth/logout', { token: fresh })).status).toBe(204);
    const gone = await t.api('GET', '/api/v1/auth/me', { token: fresh });
    expect(gone.status).toBe(401);
  });

  it('brute force → 429 with Retry-After, even in parallel, and the right password waits too', async () => {
    t = await startTestHub();
    await t.agent('ag1');
    const attempts = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t!.api('POST', '/api/v1/auth/login', { body: { agentId: 'ag1', password: `guess ${i}` } }),
      ),
    );
    const statuses = attempts.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(3);
    const limited = attempts.find((a) => a.status === 429);
    expect(Number(limited?.headers.get('retry-after'))).toBeGreaterThan(0);
    const right = await t.api('POST', '/api/v1/auth/login', {
      body: { agentId: 'ag1', password: 'secret of ag1' },
    });
    expect(right.status).toBe(429);
    expect(messageOf(right.body)).toMatch(/wait \d+ s/);
  });

  it('a wrong password and an unknown agent get the same answer', async () => {
    t = await startTestHub();
    await t.agent('ag1');
    const wrong = await t.api('POST', '/api/v1/auth/login', {
      body: { agentId: 'ag1', password: 'nope' },
    });
    const unknown = await t.api('POST', '/api/v1/auth/login', {
      body: { agentId: 'zz', password: 'nope' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.body).toEqual(wrong.body);
  });

  it('disabling an agent ends their sessions', async () => {
    t = await startTestHub();
    const token = await t.agent('ag3');
    expect(
      (await t.api('POST', '/api/v1/agents/ag3/disable', { token: t.adminToken })).status,
    ).toBe(204);
    expect((await t.api('GET', '/api/v1/auth/me', { token })).status).toBe(401);
  });
});

describe('first run', () => {
  it('without an admin password, gives a one-time admin enrolment code, once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'accueil-first-run-'));
    const settings = { host: '127.0.0.1', port: 0, dataDir: dir };
    const first = await startHub({ settings, siteConfig: testSiteConfig });
    try {
      const code = first.adminEnrolmentCode?.code;
      expect(code).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);
      const enrol = await fetch(`${first.url}/api/v1/devices/enrol`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code }),
      });
      const { token, role } = (await enrol.json()) as { token: string; role: string };
      expect(role).toBe('admin');
      const devices = await fetch(`${first.url}/api/v1/devices`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(devices.status).toBe(200);
    } finally {
      await first.close();
    }
    const second = await startHub({ settings, siteConfig: testSiteConfig });
    expect(second.adminEnrolmentCode).toBeNull();
    await second.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
