import { describe, expect, it } from 'vitest';
import { publicView } from '../../../shared/contracts/views';
import { demoSiteConfig } from '../../../shared/demo/demo-site';
import { at, EngineHarness } from '../../../shared/engine/engine-harness';
import { readDisplayView } from './display-view';

describe("the floor manager's message on a display", () => {
  it('stands in for the information line while it is set', () => {
    const config = demoSiteConfig();
    const engine = new EngineHarness(
      {
        ...config,
        displays: { screens: [], information: [{ fr: 'Bienvenue' }], informationSeconds: 8 },
      },
      at('2026-04-07', '09:00'),
    );
    const manager = { role: 'manager', agentId: 'mgr-1' } as const;
    const read = () => readDisplayView(publicView(engine.state, engine.now), 'Écran')?.information;
    expect(read()).toEqual([{ fr: 'Bienvenue' }]);
    engine.ok({ type: 'display:message', text: 'Fermeture exceptionnelle à 16 h' }, manager);
    expect(read()).toEqual([{ fr: 'Fermeture exceptionnelle à 16 h' }]);
    engine.ok({ type: 'display:clear-message' }, manager);
    expect(read()).toEqual([{ fr: 'Bienvenue' }]);
  });
});
