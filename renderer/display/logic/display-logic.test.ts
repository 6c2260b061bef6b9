import { describe, expect, it } from 'vitest';
import { publicView } from '../../../shared/contracts/views';
import { at, EngineHarness } from '../../../shared/engine/engine-harness';
import { demoSiteConfig } from '../../../shared/demo/demo-site';
import { CallTracker } from './call-tracker';
import { readDisplayView } from './display-view';

const call = (n: number, counterId = 'g1', recall = false) => ({
  ticketId: `t${n}`,
  number: `A${String(n).padStart(3, '0')}`,
  counterId,
  counterLabel: 'Guichet 1',
  at: n * 1_000,
  recall,
});

describe('CallTracker', () => {
  it('says nothing of the calls on the first board, then each new call once, oldest first', () => {
    const tracker = new CallTracker();
    expect(tracker.newCalls([call(2), call(1)])).toEqual([]);
    expect(tracker.newCalls([call(4), call(3), call(2), call(1)])).toEqual([call(3), call(4)]);
    expect(tracker.newCalls([call(4), call(3), call(2)])).toEqual([]);
    // A recall is a call of its own.
    expect(tracker.newCalls([call(5, 'g1', true), call(4)])).toEqual([call(5, 'g1', true)]);
  });
});

describe('readDisplayView', () => {
  it('reads the hub’s public view and narrows it to this screen', () => {
    const config = demoSiteConfig();
    const engine = new EngineHarness(
      {
        ...config,
        displays: {
          screens: [
            {
              label: 'Écran du premier étage',
              counters: [config.counters[0]!.id],
              layout: 'portrait',
              volume: 0.5,
              previousCalls: 3,
              showWaiting: true,
              chime: true,
            },
          ],
          information: [{ fr: 'Fermé le 14 juillet', en: 'Closed on 14 July' }],
          informationSeconds: 8,
        },
      },
      at('2026-04-07', '09:00'),
    );
    const view = publicView(engine.state, engine.now);
    const mine = readDisplayView(view, 'Écran du premier étage');
    expect(mine).toMatchObject({
      siteName: 'Centre administratif municipal',
      screen: { layout: 'portrait', volume: 0.5, previousCalls: 3 },
      information: [{ fr: 'Fermé le 14 juillet', en: 'Closed on 14 July' }],
    });
    // Another display gets the defaults.
    expect(readDisplayView(view, 'Écran du hall')?.screen).toMatchObject({
      layout: 'auto',
      previousCalls: 6,
      volume: 0.8,
    });
    expect(JSON.stringify(mine)).not.toMatch(/agent-\d/);
  });

  it('shows the screen’s own language, else the first it speaks, else the site’s first', () => {
    const config = demoSiteConfig();
    const screens = [
      { label: 'Écran arabe', language: 'ar', languages: ['fr', 'ar'] },
      { label: 'Écran espagnol', languages: ['de', 'es', 'fr'] },
    ].map((screen) => ({
      layout: 'auto' as const,
      volume: 0.8,
      previousCalls: 6,
      showWaiting: false,
      chime: true,
      ...screen,
    }));
    const engine = new EngineHarness(
      { ...config, displays: { screens, information: [], informationSeconds: 8 } },
      at('2026-04-07', '09:00'),
    );
    const view = publicView(engine.state, engine.now);
    expect(readDisplayView(view, 'Écran arabe')?.language).toBe('ar');
    // German is not a display language: the next one it speaks is taken.
    expect(readDisplayView(view, 'Écran espagnol')?.language).toBe('es');
    expect(readDisplayView(view, 'Écran du hall')?.language).toBe('fr');
  });

  it('carries the town’s brand (name, logo, colours), and none when it has none', () => {
    const config = demoSiteConfig();
    const engine = new EngineHarness(config, at('2026-04-07', '09:00'));
    const branded = readDisplayView(publicView(engine.state, engine.now), '');
    expect(branded?.brand?.name).toBe(config.brand?.name ?? "Ville d'Issy-les-Moulineaux");
    expect(branded?.brand?.logoSvg).toMatch(/^<svg/u);
    expect(branded?.brand?.colors).toEqual(config.brand?.colors);
    const { brand: _brand, ...plain } = config;
    const unbranded = new EngineHarness(plain, at('2026-04-07', '09:00'));
    expect(readDisplayView(publicView(unbranded.state, unbranded.now), '')?.brand).toBeNull();
  });

  it('is null for anything that is not a public view', () => {
    expect(readDisplayView({ hello: 'world' }, '')).toBeNull();
    expect(readDisplayView(null, '')).toBeNull();
  });
});
