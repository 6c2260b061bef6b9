import { describe, expect, it } from 'vitest';
import { demoSiteConfig } from '../demo/demo-site';
import { dayToEnd } from './decide-day';
import { at, EngineHarness } from './engine-harness';

const config = demoSiteConfig();
const day = '2026-04-07'; // a Tuesday: 8:30–18:00
const grace = 30 * 60_000;

describe('dayToEnd: when the hub ends a day by itself', () => {
  it('waits until the grace after closing, then ends today once', () => {
    const hub = new EngineHarness(config, at(day, '09:00'));
    hub.issue('iris');
    expect(dayToEnd(hub.state, at(day, '17:59'), grace)).toBeUndefined();
    expect(dayToEnd(hub.state, at(day, '18:20'), grace)).toBeUndefined();
    expect(dayToEnd(hub.state, at(day, '18:31'), grace)).toBe(day);
    hub.now = at(day, '18:31');
    const [ended] = hub.ok({ type: 'day:end', day });
    expect(ended).toMatchObject({ type: 'day:ended', day });
    expect(dayToEnd(hub.state, at(day, '18:40'), grace)).toBeUndefined();
  });

  it('ends a quiet day for its report, and leaves a day without tickets alone', () => {
    const quiet = new EngineHarness(config, at(day, '09:00'));
    expect(dayToEnd(quiet.state, at(day, '19:00'), grace)).toBeUndefined();
    const served = new EngineHarness(config, at(day, '09:00'));
    served.open('g1', 'agent-01');
    served.issue('iris');
    served.serveNext('g1', 5);
    expect(dayToEnd(served.state, at(day, '19:00'), grace)).toBe(day);
  });

  it('ends at once an earlier day a stopped hub left open', () => {
    const hub = new EngineHarness(config, at(day, '16:00'));
    hub.issue('iris');
    expect(dayToEnd(hub.state, at('2026-04-08', '08:00'), grace)).toBe(day);
    expect(
      dayToEnd({ ...hub.state, config: null }, at('2026-04-08', '08:00'), grace),
    ).toBeUndefined();
  });
});
