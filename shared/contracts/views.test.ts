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
