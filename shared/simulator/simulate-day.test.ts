import { describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../demo/demo-site';
import { EngineHarness } from '../engine/engine-harness';
import { checkInvariants } from '../engine/test-support/queue-invariants';
import { replay } from '../engine';
import { dayProfiles } from './day-profiles';
import { simulateDay } from './simulate-day';
import { simulateDays } from './run-days';
import { dayFigures } from './day-figures';

const config = demoSiteConfig();
const tuesday = '2026-03-03';

function oneDay(seed: number, profile = 'normal', date = tuesday) {
  const hub = new EngineHarness(config, 0);
  const profileOf = dayProfiles[profile];
  if (!profileOf) throw new Error(profile);
  return { hub, day: simulateDay(hub, config, date, profileOf, seed) };
}

describe('a simulated day on the real engine', () => {
  it('is the same for the same seed, and another for another seed', () => {
    const a = oneDay(7).day;
    const b = oneDay(7).day;
    const c = oneDay(8).day;
    expect(JSON.stringify(a.events)).toBe(JSON.stringify(b.events));
    expect(a.events.length).toBeGreaterThan(500);
    expect(JSON.stringify(c.events)).not.toBe(JSON.stringify(a.events));
  });

  it('has what a real day has: walk-ins, appointments, priorities, transfers, recalls, no-shows, pauses', () => {
    const { day } = oneDay(3);
    const types = new Map<string, number>();
    for (const event of day.events) types.set(event.type, (types.get(event.type) ?? 0) + 1);
    for (const type of [
      'ticket:issued',
      'appointment:checked-in',
      'ticket:transferred',
      'ticket:recalled',
      'ticket:marked-no-show',
      'counter:paused',
      'counter:resumed',
      'counter:closed',
      'day:ended',
    ])
      expect(types.get(type), type).toBeGreaterThan(0);
    expect(day.tickets.some((t) => t.priority)).toBe(true);
    expect(day.tickets.some((t) => t.kind === 'appointment')).toBe(true);
    // Every counter opened has closed by the end of the day.
    expect(types.get('counter:closed')).toBe(types.get('counter:opened'));
    const figures = dayFigures(day, () => 10);
    expect(figures.visits).toBeGreaterThan(100);
    expect(figures.called).toBeGreaterThan(figures.visits * 0.9);
  });

  it('has a busier Monday than Tuesday and a short Saturday morning', () => {
    const monday = oneDay(5, 'normal', '2026-03-02').day;
    const saturday = oneDay(5, 'normal', '2026-03-07').day;
    const walkIns = (d: typeof monday) => d.tickets.filter((t) => t.kind === 'walk-in').length;
    expect(walkIns(monday)).toBeGreaterThan(walkIns(oneDay(5).day));
    const last = Math.max(...saturday.tickets.map((t) => t.issuedAt));
    expect(new Date(last).getUTCHours()).toBeLessThan(11); // before noon in Paris (UTC+1)
  });

  it('keeps the engine invariants after every command, and the log replays to the same state', () => {
    for (const seed of [1, 2, 3]) {
      let steps = 0;
      const days = simulateDays({
        days: 2,
        seed,
        profiles: ['peak', 'counter-closing'],
        onStep: (h) => {
          steps += 1;
          checkInvariants(h.state);
        },
      });
      expect(days).toHaveLength(2);
      expect(steps).toBeGreaterThan(1000);
    }
    const { hub } = oneDay(11, 'counter-closing');
    checkInvariants(hub.state);
    expect(JSON.stringify(replay(hub.log))).toBe(JSON.stringify(hub.state));
  });
});
