import { describe, expect, it } from 'vitest';
import { publicView } from '../../shared/contracts/views';
import { demoSiteConfig } from '../../shared/demo';
import { evolve, initialState } from '../../shared/engine';
import { readPublicView, withAvailability } from './public-view';

// The hub's own public view (shared/contracts), built from the demo site, read as the kiosk does.
const state = evolve(initialState(), { type: 'config:replaced', at: 0, config: demoSiteConfig() });
const monday10 = Date.UTC(2026, 10, 23, 9, 0);

describe('readPublicView', () => {
  it('joins the catalogue, the waits and the availability of each service', () => {
    const view = readPublicView(JSON.parse(JSON.stringify(publicView(state, monday10))));
    expect(view?.siteName).toBe('Centre administratif municipal');
    expect(view?.townName).toBe("Ville d'Issy-les-Moulineaux");
    expect(view?.categories.map((c) => c.code)).toEqual([
      'reception',
      'civil-status',
      'family',
      'solidarity',
    ]);
    const cni = view?.services.find((s) => s.code === 'cni-passeport');
    expect(cni).toMatchObject({
      category: 'civil-status',
      availability: { available: false, reason: 'appointment-only' },
      bookingUrl: expect.stringContaining('https://'),
    });
    expect(cni?.documents.length).toBeGreaterThan(0);
    expect(view?.services.find((s) => s.code === 'iris')?.availability.available).toBe(true);
  });

  it('puts every service in one list when the hub sends no catalogue', () => {
    const { catalogue: _none, ...older } = publicView(state, monday10);
    const view = readPublicView(older);
    expect(view?.categories).toHaveLength(1);
    expect(new Set(view?.services.map((s) => s.category))).toEqual(new Set(['all']));
  });

  it('refuses what is not a public view of a configured site', () => {
    expect(readPublicView(publicView(initialState(), monday10))).toBeNull();
    expect(readPublicView({ hello: 'world' })).toBeNull();
    expect(readPublicView(null)).toBeNull();
  });
});

describe('withAvailability', () => {
  it('takes the fresh availability of each service and ignores what it cannot read', () => {
    const view = readPublicView(publicView(state, monday10));
    if (!view) throw new Error('no view');
    const sunday = Date.UTC(2026, 10, 22, 9, 0);
    const fresh = withAvailability(view, publicView(state, sunday).services);
    expect(fresh.services.find((s) => s.code === 'iris')?.availability).toMatchObject({
      available: false,
      reason: 'closed',
    });
    expect(withAvailability(view, [{ nonsense: true }])).toBe(view);
  });
});

describe('readPublicView: the brand', () => {
  it('carries the town’s brand, and leaves out one that is not safe', () => {
    const view = JSON.parse(JSON.stringify(publicView(state, monday10))) as Record<string, unknown>;
    expect(readPublicView(view)?.brand).toMatchObject({
      name: "Ville d'Issy-les-Moulineaux",
      colors: { primary: '#1f4e8c', accent: '#b3261e' },
    });
    const tampered = { ...view, brand: { name: 'X', logoSvg: '<svg onload="x()"></svg>' } };
    expect(readPublicView(tampered)?.brand).toBeNull();
    expect(readPublicView(tampered)?.siteName).toBe('Centre administratif municipal');
  });
});
