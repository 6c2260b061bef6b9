import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FleetAnswer } from '../../shared/contracts/fleet';
import { morningAt } from './test-support/morning-clock';
import { connectStream } from './test-support/stream-client';
import { startTestHub, type TestHub } from './test-support/test-hub';

// The fleet as a floor manager reads it: each device's app version and address from its
// hello on the event stream, its last contact, nothing secret; revoked ones left out.
const now = morningAt();
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ clock: () => now });
});
afterAll(() => t.close());

const fleet = async (token: string) => {
  const answer = await t.api('GET', '/api/v1/fleet', { token });
  expect(answer.status).toBe(200);
  return (answer.body as FleetAnswer).devices;
};

describe('GET /api/v1/fleet', () => {
  it('gives managers each device’s version, address and last contact, and no secret', async () => {
    const manager = await t.agent('chef', 'manager');
    const kiosk = await t.device('kiosk', 'Borne du hall');
    const display = await t.device('display', 'Écran salle');
    const gone = await t.device('kiosk', 'Ancienne borne');

    const before = await fleet(manager);
    expect(before.find((d) => d.label === 'Borne du hall')).toMatchObject({
      appVersion: null,
      address: null,
      connected: false,
    });

    const stream = connectStream(t.hub.eventsUrl, {
      type: 'hello',
      token: kiosk,
      appVersion: '1.4.2',
    });
    const silentOnVersion = connectStream(t.hub.eventsUrl, { type: 'hello', token: display });
    await Promise.all([stream.next('snapshot'), silentOnVersion.next('snapshot')]);
    const goneId = (before.find((d) => d.label === 'Ancienne borne') ?? { id: '' }).id;
    expect(
      (await t.api('POST', `/api/v1/devices/${goneId}/revoke`, { token: t.adminToken })).status,
    ).toBe(200);

    const devices = await fleet(manager);
    expect(devices.map((d) => d.label).sort()).toEqual(['Borne du hall', 'Écran salle']);
    expect(devices.find((d) => d.label === 'Borne du hall')).toMatchObject({
      role: 'kiosk',
      appVersion: '1.4.2',
      address: '127.0.0.1',
      connected: true,
      lastContactAt: now,
    });
    expect(devices.find((d) => d.label === 'Écran salle')).toMatchObject({
      appVersion: null,
      address: '127.0.0.1',
      connected: true,
    });
    const text = JSON.stringify(devices);
    for (const secret of [kiosk, display, gone]) expect(text).not.toContain(secret);
    expect(Object.keys(devices[0] ?? {}).sort()).toEqual([
      'address',
      'appVersion',
      'connected',
      'enrolledAt',
      'id',
      'label',
      'lastContactAt',
      'role',
    ]);

    // A reconnection that says no version keeps the one known; closing drops "connected".
    await stream.close();
    const again = connectStream(t.hub.eventsUrl, { type: 'hello', token: kiosk });
    await again.next('snapshot');
    await again.close();
    await silentOnVersion.close();
    const after = await fleet(manager);
    expect(after.find((d) => d.label === 'Borne du hall')).toMatchObject({ appVersion: '1.4.2' });
    // The admin's device list carries the same two facts.
    const admin = await t.api('GET', '/api/v1/devices', { token: t.adminToken });
    expect(JSON.stringify(admin.body)).toContain('"appVersion":"1.4.2"');
  });

  it('is for managers and admins only, and refuses a malformed version at hello', async () => {
    const counter = await t.agent('guichet', 'counter');
    expect((await t.api('GET', '/api/v1/fleet', { token: counter })).status).toBe(403);
    const kiosk = await t.device('kiosk');
    expect((await t.api('GET', '/api/v1/fleet', { token: kiosk })).status).toBe(403);
    const bad = connectStream(t.hub.eventsUrl, {
      type: 'hello',
      token: kiosk,
      appVersion: '<script>',
    });
    expect((await bad.closed).code).toBe(4400);
  });
});
