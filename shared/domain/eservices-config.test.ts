import { describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../demo/demo-site';
import { eservicesConfigSchema, portalOriginSchema, portalSchema } from './eservices-config';

const portal = {
  id: 'caf',
  names: { fr: 'CAF' },
  start: 'https://www.caf.fr/',
  origins: ['https://www.caf.fr'],
};

describe('the e-service portals of a site', () => {
  it.each([
    'https://www.caf.fr',
    'https://app.franceconnect.gouv.fr',
    'https://xn--mairie-sta.example:8443',
  ])('take the canonical origin %s', (origin) => {
    expect(portalOriginSchema.safeParse(origin).success).toBe(true);
  });

  it.each([
    'http://www.caf.fr',
    'https://www.caf.fr/',
    'https://www.caf.fr/mon-compte',
    'https://WWW.caf.fr',
    'https://www.caf.fr:443',
    'https://user@www.caf.fr',
    'https://www.caf.fr.',
    'https://localhost',
    'https://www.cаf.fr', // Cyrillic "а": write its xn-- form
    'javascript:alert(1)',
  ])('refuse %s as an origin', (origin) => {
    expect(portalOriginSchema.safeParse(origin).success).toBe(false);
  });

  it('need a French name and a start page on one of their origins', () => {
    expect(portalSchema.parse(portal).icon).toBe('generic');
    expect(portalSchema.safeParse({ ...portal, names: { en: 'CAF' } }).success).toBe(false);
    const elsewhere = portalSchema.safeParse({
      ...portal,
      start: 'https://www.caf.fr.evil.example/',
    });
    expect(elsewhere.success).toBe(false);
    expect(JSON.stringify(elsewhere.error?.issues)).toMatch(/start page/);
  });

  it('have distinct ids', () => {
    expect(eservicesConfigSchema.safeParse({ portals: [portal, portal] }).success).toBe(false);
  });

  it('are offered by the demo site: the town and the national portals, each with FranceConnect where it signs in', () => {
    const portals = demoSiteConfig().eservices?.portals ?? [];
    expect(portals.map((p) => p.id)).toEqual([
      'town',
      'service-public',
      'ants',
      'caf',
      'impots',
      'ameli',
    ]);
    for (const p of portals.slice(1))
      expect(p.origins, p.id).toContain('https://app.franceconnect.gouv.fr');
  });
});
