import { describe, expect, it } from 'vitest';
import { demoSiteConfig, demoSiteConfigInput } from '../demo/demo-site';
import { evolve } from '../engine/evolve';
import { initialState } from '../engine/state';
import { siteConfigSchema, townNameOf, withConfigDefaults, type SiteConfig } from './site-config';

function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = siteConfigSchema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

const clone = (): typeof demoSiteConfigInput =>
  JSON.parse(JSON.stringify(demoSiteConfigInput)) as typeof demoSiteConfigInput;

describe('siteConfigSchema', () => {
  it('accepts the demo site and fills in defaults', () => {
    const config = demoSiteConfig();
    expect(config.services).toHaveLength(8);
    expect(config.counters).toHaveLength(8);
    expect(config.agents).toHaveLength(8);
    expect(config.services.find((s) => s.code === 'iris')?.documents).toEqual([]);
    expect(
      config.services.every((s) => ['fr', 'en', 'es', 'ar', 'pt'].every((l) => s.names[l])),
    ).toBe(true);
    expect(config.services.filter((s) => s.mode === 'appointment').map((s) => s.code)).toContain(
      'cni-passeport',
    );
  });

  it('refuses two services with the same ticket prefix', () => {
    const input = clone();
    input.services = input.services.map((s) => (s.code === 'courrier' ? { ...s, prefix: 'A' } : s));
    expect(issuesOf(input)).toContainEqual({
      path: 'services.1.prefix',
      message: '"A" is used twice; each prefix must be unique',
    });
  });

  it('refuses references to unknown categories and services', () => {
    const input = clone();
    input.services = input.services.map((s) =>
      s.code === 'iris' ? { ...s, category: 'nowhere' } : s,
    );
    input.counters = [{ id: 'g9', label: 'Guichet 9', services: ['tax-office'] }];
    const paths = issuesOf(input).map((i) => i.path);
    expect(paths).toContain('services.0.category');
    expect(paths).toContain('counters.0.services.0');
  });

  it('refuses unknown fields, bad time zones and services without French names', () => {
    const input = { ...clone(), timezone: 'Mars/Olympus', colour: 'blue' };
    input.services = input.services.map((s) =>
      s.code === 'iris' ? { ...s, names: { en: 'IRIS' } } : s,
    );
    const issues = issuesOf(input);
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['timezone', 'services.0.names', '']),
    );
    expect(issues.find((i) => i.path === 'timezone')?.message).toMatch(/Europe\/Paris/);
  });

  it('refuses a malformed ticket prefix with a message saying what to write', () => {
    const input = clone();
    input.services = input.services.map((s) => (s.code === 'iris' ? { ...s, prefix: 'a1' } : s));
    expect(issuesOf(input).find((i) => i.path === 'services.0.prefix')?.message).toMatch(
      /capital letters/,
    );
  });

  it('keeps a file written before townName, reporting and receipt templates valid', () => {
    const { reporting: _r, receiptTemplates: _t, ...older } = clone();
    const site = { ...older.site };
    delete site.townName;
    const parsed = siteConfigSchema.parse({ ...older, site });
    expect(parsed.reporting).toEqual({ perAgentFigures: false });
    expect(parsed.receiptTemplates).toEqual([]);
    expect(townNameOf(parsed)).toBe('Centre administratif municipal');
    expect(townNameOf(demoSiteConfig())).toBe("Ville d'Issy-les-Moulineaux");
  });

  it('gives a configuration recorded before those fields their defaults on replay', () => {
    const { reporting: _r, receiptTemplates: _t, ...recorded } = demoSiteConfig();
    const state = evolve(initialState(), {
      type: 'config:replaced',
      at: 0,
      config: recorded as SiteConfig,
    });
    expect(state.config?.reporting.perAgentFigures).toBe(false);
    expect(state.config?.receiptTemplates).toEqual([]);
    const current = demoSiteConfig();
    expect(withConfigDefaults(current)).toBe(current);
  });

  it('refuses receipt templates that name unknown services, repeat an id or overflow the paper', () => {
    const input = clone();
    const [first, second] = input.receiptTemplates ?? [];
    input.receiptTemplates = [
      { ...first!, services: ['tax-office'] },
      { ...second!, id: first!.id, subject: { fr: 'x'.repeat(121) } },
      { ...second!, id: 'no-french', items: [{ en: 'Only English' }] },
    ];
    const issues = issuesOf(input);
    expect(issues).toContainEqual({
      path: 'receiptTemplates.0.services.0',
      message: 'unknown service "tax-office"; add it to "services" first',
    });
    expect(issues).toContainEqual({
      path: 'receiptTemplates.1.id',
      message: `"${first!.id}" is used twice; each id must be unique`,
    });
    expect(issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['receiptTemplates.1.subject.fr', 'receiptTemplates.2.items.0']),
    );
  });
});
