import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHubClient, type FetchLike } from '../../../shared/contracts/hub-client';
import { nationalPortals, type EServicePortalInput } from '../../../shared/domain/eservices-config';
import { browserChannels } from '../../../shared/ipc/browser-channels';
import { createHandlers } from '../../device-host/handler-table';
import { testSiteConfig } from '../../hub/test-support/site-config';
import { startTestHub, type TestHub } from '../../hub/test-support/test-hub';
import { browserHandlers, type BrowserPort } from '../ipc/browser-handlers';
import { PortalCatalogue } from './portal-catalogue';

// Main's own list of the site's portals, read from a real hub (route `eservices`, the
// kiosk's device token) and, for a hub that answers nonsense or never, from a real
// HTTP server answering that route. The clock is the test's.

const [servicePublic, ants, caf] = nationalPortals;
const siteWith = (portals: (EServicePortalInput | undefined)[]) => ({
  ...testSiteConfig,
  eservices: { portals: portals.filter((p): p is EServicePortalInput => p !== undefined) },
});

let t: TestHub;
let kioskToken: string;
beforeAll(async () => {
  t = await startTestHub({ siteConfig: siteWith([servicePublic, ants]) });
  kioskToken = await t.device('kiosk', 'Borne du hall');
});
afterAll(() => t.close());

const nodeFetch: FetchLike = async (url, init) => {
  const response = await fetch(url, init);
  return { status: response.status, text: () => response.text() };
};

let now = 1_000_000;
let logged: string[] = [];
afterEach(() => {
  now = 1_000_000;
  logged = [];
});

/** The catalogue as main builds it (hub-portal-catalogue.ts), on a hub address that may change. */
function catalogueOn(baseUrl: () => string, token = kioskToken, timeoutMs = 2_000) {
  return new PortalCatalogue({
    fetchPortals: () =>
      createHubClient({ baseUrl: baseUrl(), fetch: nodeFetch, token: () => token }).eservices(),
    clock: () => now,
    log: (line) => logged.push(line),
    timeoutMs,
  });
}

async function replacePortals(portals: (EServicePortalInput | undefined)[]) {
  const replaced = await t.api('POST', '/api/v1/config/replace', {
    token: t.adminToken,
    body: { config: siteWith(portals) },
  });
  expect(replaced.status).toBe(200);
}

/** A real HTTP server answering the hub's route with whatever `answer` says. */
async function fakeHubRoute(answer: () => { status: number; body: string } | 'never') {
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url} ${request.headers.authorization ?? ''}`);
    const given = answer();
    if (given === 'never') return; // keeps the socket open, says nothing
    response.writeHead(given.status, { 'content-type': 'application/json' });
    response.end(given.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

describe("main's list of the site's portals", () => {
  it('finds a portal the hub lists, with its start page and origins as the site configured them', async () => {
    const catalogue = catalogueOn(() => t.hub.url);
    const found = await catalogue.find('ants');
    expect(found).toEqual({
      ok: true,
      portal: expect.objectContaining({ id: 'ants', start: 'https://ants.gouv.fr/' }),
    });
    if (found.ok) expect(found.portal.origins).toEqual(ants?.origins);
    expect(await catalogue.find('caf')).toMatchObject({ ok: false, code: 'refused' });
    expect(await catalogue.find('../config')).toMatchObject({ ok: false, code: 'refused' });
  });

  it('reads the list again once it is a minute old, and at once for an id it does not hold', async () => {
    const catalogue = catalogueOn(() => t.hub.url);
    expect((await catalogue.find('service-public')).ok).toBe(true);
    await replacePortals([servicePublic, caf]);
    // Fresh: service-public stays as read (no read), ants is still there for 60 s.
    now += 30_000;
    expect((await catalogue.find('ants')).ok).toBe(true);
    // caf is unknown to the list: read again (the site's configuration changed).
    expect((await catalogue.find('caf')).ok).toBe(true);
    expect(await catalogue.find('ants')).toMatchObject({ ok: false, code: 'refused' });
    await replacePortals([servicePublic]);
    now += 61_000;
    expect(await catalogue.find('caf')).toMatchObject({ ok: false, code: 'refused' });
    await replacePortals([servicePublic, ants]);
  });

  it('keeps the last good list when the hub is away or answers nonsense, and asks it at most every 5 s', async () => {
    let answer: { status: number; body: string } | 'never' = {
      status: 200,
      body: JSON.stringify({ portals: [servicePublic] }),
    };
    const hub = await fakeHubRoute(() => answer);
    try {
      const catalogue = catalogueOn(() => hub.url, kioskToken, 300);
      expect((await catalogue.find('service-public')).ok).toBe(true);
      expect(hub.requests).toEqual([`GET /api/v1/eservices Bearer ${kioskToken}`]);

      for (const broken of [
        { status: 503, body: JSON.stringify({ error: { code: 'internal', message: 'down' } }) },
        { status: 200, body: JSON.stringify({ sites: [] }) },
        'never' as const,
      ]) {
        answer = broken;
        now += 61_000;
        expect((await catalogue.find('service-public')).ok).toBe(true);
        // Asked again within 5 s: the last list answers without a read.
        now += 1_000;
        expect((await catalogue.find('service-public')).ok).toBe(true);
      }
      expect(hub.requests).toHaveLength(4);
      expect(logged.filter((line) => line.includes('stays'))).toHaveLength(3);

      // A portal of the list that does not parse is left out, not the list.
      answer = {
        status: 200,
        body: JSON.stringify({ portals: [{ ...ants, start: 'https://evil.example/' }, caf] }),
      };
      now += 61_000;
      expect(await catalogue.find('ants')).toMatchObject({ ok: false, code: 'refused' });
      expect((await catalogue.find('caf')).ok).toBe(true);
    } finally {
      await hub.close();
    }
  });

  it('has nothing to open before a first list: unavailable, and a refused token reads nothing', async () => {
    const away = catalogueOn(() => 'http://127.0.0.1:9');
    expect(await away.find('ants')).toMatchObject({ ok: false, code: 'unavailable' });
    const revoked = catalogueOn(() => t.hub.url, 'not-a-token-of-this-hub');
    now += 10_000;
    expect(await revoked.find('ants')).toMatchObject({ ok: false, code: 'unavailable' });
    expect(logged.join('\n')).toMatch(/could not be read from the hub/);
  });

  it('serves one read to callers that ask at the same time', async () => {
    const fetchPortals = vi.fn(
      () => new Promise((resolve) => setTimeout(() => resolve({ portals: [caf] }), 20)),
    );
    const catalogue = new PortalCatalogue({ fetchPortals, clock: () => now, log: () => {} });
    const answers = await Promise.all([catalogue.find('caf'), catalogue.find('caf')]);
    expect(answers.map((a) => a.ok)).toEqual([true, true]);
    expect(fetchPortals).toHaveBeenCalledOnce();
  });
});

describe('browser:open, from the kiosk page to the view', () => {
  it('opens the portal the hub describes for the id the page names; the page cannot describe one', async () => {
    const opened: unknown[] = [];
    const browser: BrowserPort = {
      open: async (portal) => {
        opened.push(portal);
        return {
          ok: true,
          state: { portalId: portal.id, canGoBack: false, loading: true, zoomPercent: 100 },
        };
      },
      go: () => null,
      zoom: () => null,
      key: () => false,
      setLayout: () => false,
      end: async () => {},
    };
    const handlers = createHandlers(
      browserChannels,
      browserHandlers(
        browser,
        catalogueOn(() => t.hub.url),
      ),
      () => {},
    );
    expect(await handlers['browser:open']({ portalId: 'ants' })).toMatchObject({
      ok: true,
      value: { portalId: 'ants' },
    });
    expect(opened).toEqual([expect.objectContaining({ id: 'ants', origins: ants?.origins })]);
    expect(await handlers['browser:open']({ portalId: 'caf' })).toMatchObject({
      ok: false,
      error: { code: 'refused' },
    });
    expect(
      await handlers['browser:open']({
        portalId: 'ants',
        portal: { ...ants, origins: ['https://evil.example'] },
      }),
    ).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(opened).toHaveLength(1);
  });
});
