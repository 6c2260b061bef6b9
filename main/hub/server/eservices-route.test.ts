import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nationalPortals } from '../../../shared/domain/eservices-config';
import { testSiteConfig } from '../test-support/site-config';
import { startTestHub, type TestHub } from '../test-support/test-hub';

// GET /api/v1/eservices: the site's portals, which a kiosk app's main process reads to
// decide what its locked browser may open (main/electron/browser/portal-catalogue.ts).

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub({
    siteConfig: { ...testSiteConfig, eservices: { portals: nationalPortals.slice(0, 2) } },
  });
});
afterAll(() => t.close());

describe('the e-service portals route', () => {
  it('answers every enrolled device and staff the portals as configured', async () => {
    for (const token of [await t.device('kiosk'), await t.device('display'), t.adminToken]) {
      const answer = await t.api('GET', '/api/v1/eservices', { token });
      expect(answer.status).toBe(200);
      const { portals } = answer.body as { portals: { id: string; origins: string[] }[] };
      expect(portals.map((p) => p.id)).toEqual(['service-public', 'ants']);
      expect(portals[1]?.origins).toEqual(nationalPortals[1]?.origins);
    }
  });

  it('needs a token, and answers an empty list for a site without portals', async () => {
    expect((await t.api('GET', '/api/v1/eservices')).status).toBe(401);
    const replaced = await t.api('POST', '/api/v1/config/replace', {
      token: t.adminToken,
      body: { config: testSiteConfig },
    });
    expect(replaced.status).toBe(200);
    const answer = await t.api('GET', '/api/v1/eservices', { token: await t.device('kiosk') });
    expect(answer.body).toEqual({ portals: [] });
  });
});
