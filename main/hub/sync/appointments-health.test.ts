import { afterEach, describe, expect, it } from 'vitest';
import { addDays } from '../../../shared/calendar/zoned-time';
import type { AppointmentsRefreshAnswer } from '../../../shared/contracts/sync';
import { localDate, siteConfigSchema } from '../../../shared/engine';
import { startCentralSandbox } from '../../central-sandbox/sandbox';
import { testSiteConfig } from '../test-support/site-config';
import { closeVisits, startSyncedHub } from '../test-support/synced-hub';
import type { TestHub } from '../test-support/test-hub';

// Appointments pulled from the real central sandbox (ETag, cancellations, names kept
// apart), and the site's health report.

const config = siteConfigSchema.parse(testSiteConfig);
const opened: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const thing of opened.splice(0).reverse()) await thing.close();
});

async function setUp() {
  const sandbox = await startCentralSandbox({ config, siteId: 'test-site' });
  opened.push(sandbox);
  const t = await startSyncedHub(sandbox);
  opened.push(t);
  return { sandbox, t, manager: await t.agent('ag2', 'manager') };
}

describe('appointments from the central API', () => {
  it('loads a day, costs a 304 when unchanged, applies a cancellation, keeps names apart', async () => {
    const { sandbox, t, manager } = await setUp();
    const tomorrow = addDays(localDate(Date.now(), config.timezone), 1);
    const refresh = async () => {
      const answer = await t.api('POST', '/api/v1/appointments/refresh', {
        token: manager,
        body: { date: tomorrow },
      });
      expect(answer.status).toBe(200);
      return answer.body as AppointmentsRefreshAnswer;
    };
    const central = sandbox.seedDay(tomorrow);
    expect(central.length).toBeGreaterThan(0);
    const first = await refresh();
    expect(first).toMatchObject({
      date: tomorrow,
      outcome: 'loaded',
      appointments: central.length,
    });
    expect(first.cancelled).toBe(central.filter((a) => a.status === 'cancelled').length);
    const again = await refresh();
    expect(again.outcome).toBe('not-modified');
    expect(sandbox.stats().byStatus['304']).toBeGreaterThanOrEqual(1);

    const booked = central.find((a) => a.status === 'booked');
    if (!booked) throw new Error('the seed has no booked appointment');
    sandbox.cancelAppointment(booked.id);
    const changed = await refresh();
    expect(changed).toMatchObject({ outcome: 'loaded', cancelled: first.cancelled + 1 });
    const state = t.hub.context.authority.state;
    expect(state.appointments[booked.id]?.status).toBe('cancelled');
    expect(state.appointments[booked.id]).toMatchObject({
      service: booked.serviceCode,
      bookingCode: booked.bookingCode,
      start: Date.parse(booked.startsAt),
    });

    // Names go to the personal data table, never into the queue or its log.
    const named = central.filter((a) => a.visitorDisplayName);
    expect(named.length).toBeGreaterThan(0);
    for (const a of named)
      expect(t.hub.context.personal.get(a.id)).toEqual({ name: a.visitorDisplayName });
    const stateText = JSON.stringify(
      (await t.api('GET', '/api/v1/state', { token: manager })).body,
    );
    const logText = JSON.stringify(t.hub.context.authority.eventsAfter(0, 10_000));
    for (const a of named) {
      expect(stateText).not.toContain(a.visitorDisplayName);
      expect(logText).not.toContain(a.visitorDisplayName);
    }
  });

  it('refuses the route to counters and kiosks, and says when there is no central API', async () => {
    const { t } = await setUp();
    const agent = await t.agent('ag1');
    expect(
      (await t.api('POST', '/api/v1/appointments/refresh', { token: agent, body: {} })).status,
    ).toBe(403);
    const { startTestHub } = await import('../test-support/test-hub');
    const alone = await startTestHub();
    opened.push(alone);
    const manager = await alone.agent('ag2', 'manager');
    const answer = await alone.api('POST', '/api/v1/appointments/refresh', {
      token: manager,
      body: {},
    });
    expect(answer.status).toBe(503);
    expect(JSON.stringify(answer.body)).toContain('no central API');
  });
});

describe('the site health report', () => {
  it('tells the central API which clients and devices run and how far behind the sync is', async () => {
    const { sandbox, t } = await setUp();
    const kiosk = await t.device('kiosk', 'Borne, entrée');
    const who = (await t.api('GET', '/api/v1/auth/me', { token: kiosk })).body as {
      deviceId: string;
    };
    await t.api('POST', '/api/v1/devices/report', {
      token: kiosk,
      body: {
        statuses: [
          {
            kind: 'printer',
            deviceId: 'printer-1',
            state: 'paper-out',
            readsStatus: true,
            lastReadAt: 1_700_000_000_000,
          },
        ],
      },
    });
    await sandbox.setFaults({ down: true });
    closeVisits(t as TestHub, 2);
    await sandbox.setFaults({ down: false });
    expect(await t.hub.context.sync.reportHealth()).toBe('reported');
    const latest = sandbox.latestHealth('test-site')?.report;
    expect(latest?.hubVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(latest?.clients).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ clientId: 'hub', mode: 'hub', online: true }),
        expect.objectContaining({ clientId: who.deviceId, mode: 'kiosk', online: false }),
      ]),
    );
    expect(latest?.devices).toEqual([
      expect.objectContaining({
        deviceId: 'printer-1',
        clientId: who.deviceId,
        kind: 'printer',
        state: 'paper-out',
      }),
    ]);
    expect(latest?.sync.backlog).toBeGreaterThanOrEqual(0);
    expect(t.hub.context.sync.status().health).toMatchObject({ lastOutcome: 'reported' });
  });
});
