import { describe, expect, it } from 'vitest';
import { FreshnessWatch, type FreshnessTiming } from './freshness';

// A fake clock: every instant is written out, nothing waits.

const timing: FreshnessTiming = {
  silentAfterMs: 20_000,
  lostAfterMs: 4_000,
  restoredShownMs: 5_000,
};
const t0 = 1_000_000;

describe('FreshnessWatch', () => {
  it('waits, then is fresh while the hub speaks at least once a heartbeat', () => {
    const watch = new FreshnessWatch(timing);
    expect(watch.state(t0)).toEqual({ kind: 'waiting' });
    watch.heard(t0);
    for (let beat = 1; beat <= 10; beat += 1) {
      expect(watch.state(t0 + beat * 15_000 - 1)).toEqual({ kind: 'fresh' });
      watch.heard(t0 + beat * 15_000);
    }
    expect(watch.state(t0 + 150_000 + 19_999)).toEqual({ kind: 'fresh' });
  });

  it('is stale after a silence longer than a heartbeat, though the link never said it was lost', () => {
    const watch = new FreshnessWatch(timing);
    watch.heard(t0);
    expect(watch.state(t0 + 19_999).kind).toBe('fresh');
    expect(watch.state(t0 + 20_000)).toEqual({ kind: 'stale', lastHeardAt: t0 });
    expect(watch.state(t0 + 600_000)).toEqual({ kind: 'stale', lastHeardAt: t0 });
  });

  it('is stale a few seconds after the link is lost, and says since when it heard nothing', () => {
    const watch = new FreshnessWatch(timing);
    watch.heard(t0);
    watch.heard(t0 + 10_000);
    watch.lost(t0 + 12_000);
    watch.lost(t0 + 13_000); // a failed reconnection: still lost since 12 s
    expect(watch.state(t0 + 15_999).kind).toBe('fresh');
    expect(watch.state(t0 + 16_000)).toEqual({ kind: 'stale', lastHeardAt: t0 + 10_000 });
  });

  it('a link lost and found again within the grace never shows stale nor restored', () => {
    const watch = new FreshnessWatch(timing);
    watch.heard(t0);
    watch.lost(t0 + 1_000);
    watch.heard(t0 + 3_000);
    expect(watch.state(t0 + 3_000)).toEqual({ kind: 'fresh' });
    // The loss is forgotten: a later silence counts from the last word only.
    expect(watch.state(t0 + 22_999).kind).toBe('fresh');
  });

  it('clears at the first word from the hub, says "restored" a while, then fresh', () => {
    const watch = new FreshnessWatch(timing);
    watch.heard(t0);
    watch.lost(t0 + 1_000);
    expect(watch.state(t0 + 30_000).kind).toBe('stale');
    watch.heard(t0 + 30_000);
    expect(watch.state(t0 + 30_000)).toEqual({ kind: 'restored' });
    expect(watch.state(t0 + 34_999)).toEqual({ kind: 'restored' });
    expect(watch.state(t0 + 35_000)).toEqual({ kind: 'fresh' });
    // A heartbeat while fresh does not say "restored" again.
    watch.heard(t0 + 45_000);
    expect(watch.state(t0 + 45_000)).toEqual({ kind: 'fresh' });
  });

  it('after silence alone (no loss reported), the next heartbeat restores it too', () => {
    const watch = new FreshnessWatch(timing);
    watch.heard(t0);
    watch.heard(t0 + 25_000);
    expect(watch.state(t0 + 25_000)).toEqual({ kind: 'restored' });
  });
});
