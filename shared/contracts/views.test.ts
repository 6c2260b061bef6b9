import { describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../demo/demo-site';
import { at, EngineHarness } from '../engine/engine-harness';
import { publicView } from './views';

describe('the public view (kiosks and displays)', () => {
  it('names the town as tickets print it, and carries nothing of the staff configuration', () => {
    const engine = new EngineHarness(demoSiteConfig(), at('2026-04-07', '09:00'));
    const view = publicView(engine.state, engine.now);
    expect(view.site).toEqual({
      name: 'Centre administratif municipal',
      townName: "Ville d'Issy-les-Moulineaux",
      languages: ['fr', 'en', 'es', 'ar', 'pt'],
    });
    const text = JSON.stringify(view);
    for (const staffOnly of ['agent-01', 'cni-passport-deposit', 'perAgentFigures'])
      expect(text).not.toContain(staffOnly);
  });
});

describe('the brand in the public view', () => {
  it('carries the town’s name, logo and colours when the site has a brand', () => {
    const engine = new EngineHarness(demoSiteConfig(), at('2026-04-07', '09:00'));
    const { brand } = publicView(engine.state, engine.now);
    expect(brand?.name).toBe("Ville d'Issy-les-Moulineaux");
    expect(brand?.colors).toEqual({ primary: '#1f4e8c', accent: '#b3261e' });
    expect(brand?.logoSvg).toMatch(/^<svg /);
  });

  it('is absent without a brand, and its name falls back to the town’s name', () => {
    const { brand: _brand, ...withoutBrand } = demoSiteConfig();
    const plain = new EngineHarness(withoutBrand, at('2026-04-07', '09:00'));
    expect(publicView(plain.state, plain.now)).not.toHaveProperty('brand');
    const colorsOnly = new EngineHarness(
      { ...withoutBrand, brand: { colors: { primary: '#0a4a94', accent: '#a3161b' } } },
      at('2026-04-07', '09:00'),
    );
    expect(publicView(colorsOnly.state, colorsOnly.now).brand).toEqual({
      name: "Ville d'Issy-les-Moulineaux",
      colors: { primary: '#0a4a94', accent: '#a3161b' },
    });
  });
});
