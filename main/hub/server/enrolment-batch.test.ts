import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { morningAt } from '../test-support/morning-clock';
import { startTestHub, type TestHub } from '../test-support/test-hub';

const now = morningAt();
let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({ clock: () => now });
});
afterAll(() => t.close());

const batch = (body: unknown, query = '', token = t.adminToken) =>
  t.api('POST', `/api/v1/devices/enrolment-codes/batch${query}`, { token, body });

async function csv(style: 'fr' | 'intl'): Promise<string> {
  const response = await fetch(
    `${t.hub.url}/api/v1/devices/enrolment-codes/batch?format=csv&style=${style}`,
    {
      method: 'POST',
      headers: { authorization: `Bearer ${t.adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'display', labels: ['Écran; hall', 'Écran "état civil"'] }),
    },
  );
  expect(response.status).toBe(201);
  expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
  expect(response.headers.get('content-disposition')).toMatch(/enrolment-codes-display\.csv/u);
  // text() would drop a byte order mark: read the bytes, keep it.
  return Buffer.from(await response.arrayBuffer()).toString('utf8');
}

describe('enrolment codes for many devices at once', () => {
  it('gives one code per label, valid for the time asked, each enrolling its own device once', async () => {
    const labels = ['Borne hall 1', 'Borne hall 2', 'Borne CCAS'];
    const answer = await batch({ role: 'kiosk', labels, validHours: 48 });
    expect(answer.status).toBe(201);
    const { codes } = answer.body as {
      codes: { code: string; label: string; role: string; expiresAt: number }[];
    };
    expect(codes.map((c) => c.label)).toEqual(labels);
    expect(new Set(codes.map((c) => c.code)).size).toBe(3);
    for (const c of codes)
      expect(c).toMatchObject({ role: 'kiosk', expiresAt: now + 48 * 3_600_000 });
    for (const c of codes) {
      expect(
        (await t.api('POST', '/api/v1/devices/enrol', { body: { code: c.code } })).status,
      ).toBe(201);
      expect(
        (await t.api('POST', '/api/v1/devices/enrol', { body: { code: c.code } })).status,
      ).not.toBe(201);
    }
    const devices = (await t.api('GET', '/api/v1/devices', { token: t.adminToken })).body as {
      devices: { label: string }[];
    };
    expect(devices.devices.map((d) => d.label)).toEqual(expect.arrayContaining(labels));
  });

  it('writes the codes as a spreadsheet, in the French form and the international one', async () => {
    const fr = await csv('fr');
    const [header, first, second] = fr.replace(/^\uFEFF/u, '').split('\r\n');
    expect(fr.startsWith('\uFEFF')).toBe(true);
    expect(header).toBe('Appareil;Rôle;Code;Valable jusqu’au');
    expect(first).toMatch(/^"Écran; hall";display;[A-Z0-9-]+;\d{4}-\d\d-\d\dT/u);
    expect(second).toMatch(/^"Écran ""état civil""";display;/u);
    const intl = await csv('intl');
    expect(intl.startsWith('\uFEFF')).toBe(false);
    expect(intl.split('\r\n')[0]).toBe('Device,Role,Code,Valid until');
  });

  it('refuses a label given twice (naming it), an unknown format, and anyone but the admin', async () => {
    const twice = await batch({ role: 'kiosk', labels: ['A', 'B', 'A'] });
    expect(twice.status).toBe(400);
    expect(JSON.stringify(twice.body)).toMatch(/labels\[2\].*\\"A\\" is given twice/u);
    expect((await batch({ role: 'kiosk', labels: ['C'] }, '?format=xml')).status).toBe(400);
    expect((await batch({ role: 'kiosk', labels: [] })).status).toBe(400);
    const kiosk = await t.device('kiosk');
    expect((await batch({ role: 'kiosk', labels: ['D'] }, '', kiosk)).status).toBe(403);
  });
});
