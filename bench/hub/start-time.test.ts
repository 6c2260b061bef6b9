import { describe, expect, it } from 'vitest';
import { measureStartTimes } from './start-time';

// The start-time bench on a short year: its figures are only printed by `npm run bench`,
// but what it compares must hold (timings are never asserted).

describe('the synthetic year of the start-time bench', () => {
  it('rebuilds the same state from its snapshots as from the whole log, and holds one day', () => {
    const times = measureStartTimes({ days: 4, ticketsPerDay: 40, partialDay: 7 });
    expect(times.snapshotsEqual).toBe(true);
    expect(times.tickets).toBe(4 * 40 + 7);
    expect(times.peakTickets).toBe(40);
    expect(times.ticketsInState).toBe(7);
    expect(times.tailEvents).toBeGreaterThan(7 * 4);
  });
});
