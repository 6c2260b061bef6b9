import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteConfig } from '../../../shared/engine';
import { testSiteConfig } from '../test-support/site-config';
import { startTestHub, type TestHub } from '../test-support/test-hub';

let t: TestHub;
beforeAll(async () => {
  t = await startTestHub();
});
afterAll(() => t.close());

const currentConfig = async () =>
  ((await t.api('GET', '/api/v1/config', { token: t.adminToken })).body as { config: SiteConfig })
    .config;

describe('changing the site configuration through the API', () => {
  it('an administrator replaces it; a bad one is refused by field and nothing changes', async () => {
    const renamed = { ...testSiteConfig, site: { ...testSiteConfig.site, name: 'Mairie annexe' } };
    const ok = await t.api('POST', '/api/v1/config/replace', {
      token: t.adminToken,
      body: { config: renamed },
    });
    expect(ok.status).toBe(200);
    expect((await currentConfig()).site.name).toBe('Mairie annexe');

    const services = testSiteConfig.services.map((s, i) => (i === 0 ? { ...s, prefix: 'a1' } : s));
    const bad = await t.api('POST', '/api/v1/config/replace', {
      token: t.adminToken,
      body: { config: { ...renamed, services } },
    });
    expect(bad.status).toBe(400);
    const { error } = bad.body as {
      error: { message: string; details: { issues: { field: string }[] } };
    };
    expect(error.details.issues.map((i) => i.field)).toContain('config.services[0].prefix');
    expect((await currentConfig()).services[0]?.prefix).toBe('A');
  });

  it('the engine refuses a configuration that would strand waiting visitors', async () => {
    const kiosk = await t.device('kiosk');
    await t.api('POST', '/api/v1/ticket/issue', {
      token: kiosk,
      body: { service: 'etat-civil', priority: false, channel: 'kiosk', language: 'fr' },
    });
    const without = {
      ...testSiteConfig,
      services: testSiteConfig.services.filter((s) => s.code !== 'etat-civil'),
      counters: testSiteConfig.counters?.map((c) => ({ ...c, services: ['iris', 'cni'] })),
      agents: testSiteConfig.agents?.map((a) => ({ ...a, services: ['iris', 'cni'] })),
    };
    const refused = await t.api('POST', '/api/v1/config/replace', {
      token: t.adminToken,
      body: { config: without },
    });
    expect(refused.status).toBe(409);
    expect((refused.body as { error: { code: string } }).error.code).toBe('conflict');
    expect((await currentConfig()).services.map((s) => s.code)).toContain('etat-civil');
  });
});
