import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appointmentDaySchema } from '../../shared/central/appointment';
import { demoSiteConfig } from '../../shared/demo/demo-site';
import { errorBodySchema } from '../../shared/central/error';
import { exampleVisitBatch } from '../../shared/central/examples';
import { MAX_REQUEST_BYTES, centralPath } from '../../shared/central/http';
import { createCentralClient } from '../central/central-client';
import { startCentralSandbox, type CentralSandbox } from './sandbox';
import { seedAppointments } from './seed-appointments';

const SITE = 'centre-administratif';

describe('demo appointments', () => {
  it('are the same for the same site and day, and valid', () => {
    const day = seedAppointments(SITE, '2025-03-14');
    expect(seedAppointments(SITE, '2025-03-14')).toEqual(day);
    const parsed = appointmentDaySchema.parse({
      siteId: SITE,
      date: '2025-03-14',
      appointments: day,
    });
    expect(parsed.appointments.length).toBeGreaterThan(50);
    expect(new Set(day.map((a) => a.id)).size).toBe(day.length);
    expect(new Set(day.map((a) => a.qrToken)).size).toBe(day.length);
    expect(seedAppointments(SITE, '2025-03-14')).not.toEqual(seedAppointments(SITE, '2025-03-17'));
  });

  it("cover the demo site's appointment services, ANTS numbers for ID cards and passports only", () => {
    const day = seedAppointments(SITE, '2025-03-14');
    const byAppointment = demoSiteConfig()
      .services.filter((s) => s.mode !== 'walk-in')
      .map((s) => s.code);
    expect(new Set(day.map((a) => a.serviceCode))).toEqual(new Set(byAppointment));
    const withAnts = day.filter((a) => a.antsPreDemande !== null);
    expect(withAnts.length).toBeGreaterThan(5);
    expect(new Set(withAnts.map((a) => a.serviceCode))).toEqual(new Set(['cni-passeport']));
  });

  it('include cancellations, and a name on some bookings only', () => {
    const day = seedAppointments(SITE, '2025-03-14');
    expect(day.filter((a) => a.status === 'cancelled').length).toBeGreaterThan(0);
    expect(day.filter((a) => a.visitorDisplayName === undefined).length).toBeGreaterThan(0);
    expect(day.filter((a) => a.visitorDisplayName !== undefined).length).toBeGreaterThan(0);
  });

  it('follow the opening hours, holidays and the local time zone', () => {
    expect(seedAppointments(SITE, '2025-03-16')).toEqual([]); // a Sunday
    expect(seedAppointments(SITE, '2025-12-25')).toEqual([]); // Christmas
    const saturday = seedAppointments(SITE, '2025-03-15');
    expect(saturday.length).toBeGreaterThan(0);
    expect(
      saturday.every((a) => a.startsAt >= '2025-03-15T08:30' && a.startsAt < '2025-03-15T12:00'),
    ).toBe(true);
    expect(seedAppointments(SITE, '2025-03-14')[0]?.startsAt).toBe('2025-03-14T08:30:00+01:00');
    expect(seedAppointments(SITE, '2025-07-04')[0]?.startsAt).toBe('2025-07-04T08:30:00+02:00');
    expect(
      seedAppointments(SITE, '2025-03-13').some((a) => a.startsAt.startsWith('2025-03-13T18:')),
    ).toBe(true);
  });
});

describe('the sandbox keeps what it acknowledged', () => {
  it('across a restart on the same data directory, idempotency answers included', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'central-restart-'));
    const options = { dataDir, token: 'restart-token', seedDate: '2025-03-14' };
    try {
      let sandbox = await startCentralSandbox(options);
      let client = createCentralClient({
        baseUrl: sandbox.url,
        siteId: sandbox.siteId,
        token: 'restart-token',
      });
      const batch = exampleVisitBatch(50);
      const first = await client.pushVisits(batch, 'restart-key-1');
      const day = sandbox.appointments('2025-03-14');
      sandbox.cancelAppointment(day[0]!.id);
      client.close();
      await sandbox.close();

      sandbox = await startCentralSandbox(options);
      client = createCentralClient({
        baseUrl: sandbox.url,
        siteId: sandbox.siteId,
        token: 'restart-token',
      });
      expect(sandbox.visitCount()).toBe(50);
      const replay = await client.pushVisits(batch, 'restart-key-1');
      expect(replay).toEqual(
        first.ok ? { ok: true, value: { ...first.value, replayed: true } } : null,
      );
      expect(sandbox.appointments('2025-03-14')[0]?.status).toBe('cancelled');
      client.close();
      await sandbox.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('protocol errors and the admin API', () => {
  let sandbox: CentralSandbox;
  const api = (path: string, init: RequestInit = {}) =>
    fetch(sandbox.url + path, {
      ...init,
      headers: {
        authorization: `Bearer ${sandbox.token}`,
        ...(init.headers as Record<string, string>),
      },
    });
  const admin = (path: string, init: RequestInit = {}, token = sandbox.adminToken) =>
    fetch(sandbox.adminUrl + path, { ...init, headers: { authorization: `Bearer ${token}` } });
  const visits = () => centralPath('visitBatches', sandbox.siteId);
  const post = (body: string, headers: Record<string, string> = {}) =>
    api(visits(), {
      method: 'POST',
      body,
      headers: {
        'content-type': 'application/json',
        'idempotency-key': `k-${Math.random()}`,
        ...headers,
      },
    });

  async function errorOf(response: Response): Promise<[number, string, string]> {
    const body = errorBodySchema.parse(await response.json());
    return [response.status, body.error.code, body.error.message];
  }

  beforeAll(async () => {
    sandbox = await startCentralSandbox({ seedDate: '2025-03-14' });
  });
  afterAll(() => sandbox.close());

  it('answers typed errors that say what to do', async () => {
    expect(await errorOf(await api('/v1/nothing'))).toEqual([
      404,
      'not-found',
      'No such endpoint: /v1/nothing',
    ]);
    const badSite = await api('/v1/sites/%E0%A4%A/appointments?date=2025-03-14');
    expect((await errorOf(badSite)).slice(0, 2)).toEqual([400, 'bad-request']);
    const wrongMethod = await api(visits());
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect((await errorOf(wrongMethod)).slice(0, 2)).toEqual([405, 'method-not-allowed']);
    expect((await errorOf(await post('{}', { 'content-type': 'text/plain' }))).slice(0, 2)).toEqual(
      [415, 'unsupported-media-type'],
    );
    const noKey = await api(visits(), {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json' },
    });
    expect((await errorOf(noKey)).slice(0, 2)).toEqual([400, 'idempotency-key-missing']);
    expect(await errorOf(await post('{nope'))).toEqual([
      400,
      'bad-request',
      expect.stringMatching(/not valid JSON/),
    ]);
    expect(await errorOf(await post('{"visits":[]}'))).toEqual([
      400,
      'bad-request',
      expect.stringMatching(/1 to 1000/),
    ]);
    expect((await errorOf(await post('x'.repeat(MAX_REQUEST_BYTES + 1)))).slice(0, 2)).toEqual([
      413,
      'payload-too-large',
    ]);
    const badDate = await api(`${centralPath('appointments', sandbox.siteId)}?date=tomorrow`);
    expect((await errorOf(badDate)).slice(0, 2)).toEqual([400, 'bad-request']);
    const badHealth = await api(centralPath('healthReports', sandbox.siteId), {
      method: 'POST',
      body: '{"hubVersion":"1"}',
      headers: { 'content-type': 'application/json' },
    });
    expect(await errorOf(badHealth)).toEqual([
      400,
      'bad-request',
      expect.stringMatching(/reportedAt/),
    ]);
  });

  it('is controlled through its admin API, which stays up while the API is down', async () => {
    expect((await admin('/admin/stats', {}, 'wrong')).status).toBe(401);
    const invalid = await admin('/admin/faults', { method: 'PUT', body: '{"errorRate":2}' });
    expect(await errorOf(invalid)).toEqual([
      400,
      'bad-request',
      expect.stringMatching(/errorRate/),
    ]);

    const down = await admin('/admin/faults', { method: 'PUT', body: '{"down":true}' });
    expect(await down.json()).toMatchObject({ down: true });
    await expect(api(visits())).rejects.toThrow();
    await admin('/admin/faults', {
      method: 'PUT',
      body: '{"down":false,"errorRate":1,"errorStatus":502}',
    });
    expect((await api(visits())).status).toBe(502);
    await admin('/admin/faults', { method: 'PUT', body: '{"errorRate":0}' });

    const day = sandbox.appointments('2025-03-14');
    const booked = day.find((a) => a.status === 'booked')!;
    expect(
      (await admin(`/admin/appointments/${booked.id}/cancel`, { method: 'POST' })).status,
    ).toBe(200);
    expect(sandbox.appointments('2025-03-14').find((a) => a.id === booked.id)?.status).toBe(
      'cancelled',
    );
    expect((await admin('/admin/appointments/none/cancel', { method: 'POST' })).status).toBe(404);
    expect(
      await (await admin('/admin/days/2025-03-17/seed', { method: 'POST' })).json(),
    ).toMatchObject({
      date: '2025-03-17',
      appointments: seedAppointments(sandbox.siteId, '2025-03-17').length,
    });
    const stats = (await (await admin('/admin/stats')).json()) as {
      byStatus: Record<string, number>;
    };
    expect(stats.byStatus['502']).toBe(1);
  });
});
