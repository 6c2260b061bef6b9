import { describe, expect, it } from 'vitest';
import { openingState } from '../../shared/calendar/opening-hours';
import { demoSiteConfig } from '../../shared/demo';
import { demoClock } from './demo-clock';

const config = demoSiteConfig();
const at = (iso: string) => () => Date.parse(iso);

describe('demoClock', () => {
  it('keeps real time while the site is open', () => {
    const clock = demoClock(config, at('2026-11-24T10:00:00+01:00')); // a Tuesday morning
    expect(clock.offsetMs).toBe(0);
  });

  it('moves a closed evening to the next morning, open', () => {
    const clock = demoClock(config, at('2026-11-24T21:00:00+01:00'));
    expect(new Date(clock.now()).toISOString()).toBe('2026-11-25T09:00:00.000Z'); // 10:00 Paris
    expect(openingState(config.calendar, config.timezone, clock.now()).open).toBe(true);
  });

  it('moves a minute before closing to the next morning: the demo needs time to live', () => {
    const clock = demoClock(config, at('2027-03-10T17:59:00+01:00')); // a Wednesday
    expect(clock.offsetMs).toBeGreaterThan(0);
    expect(new Date(clock.now()).toISOString()).toBe('2027-03-11T09:00:00.000Z'); // 10:00 Paris
    expect(openingState(config.calendar, config.timezone, clock.now()).open).toBe(true);
  });

  it('skips Sunday and public holidays', () => {
    const sunday = demoClock(config, at('2026-11-22T12:00:00+01:00'));
    expect(new Date(sunday.now()).toISOString()).toBe('2026-11-23T09:00:00.000Z');
    const christmas = demoClock(config, at('2026-12-25T09:00:00+01:00'));
    expect(openingState(config.calendar, config.timezone, christmas.now()).open).toBe(true);
    expect(christmas.now()).toBeGreaterThan(Date.parse('2026-12-26T00:00:00+01:00'));
  });
});
