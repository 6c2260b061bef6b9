import { addDays, weekdayOf } from '../calendar/zoned-time';
import { openingIntervals } from '../calendar/opening-hours';
import { demoSiteConfig } from '../demo/demo-site';
import type { SiteConfig } from '../domain/site-config';
import { EngineHarness } from '../engine/engine-harness';
import { dayProfiles, type DayProfile } from './day-profiles';
import { daySeed } from './random';
import { simulateDay, type SimulatedDay, type SimulateOptions } from './simulate-day';

// Several simulated days in a row on one engine, as a hub lives them: the service-time
// history carries from one day to the next. Days the site is closed are skipped.

export interface RunOptions extends SimulateOptions {
  days: number;
  seed: number;
  /** Profiles in turn, one per open day (e.g. ['quiet', 'normal', 'peak']). */
  profiles: readonly string[];
  /** The first date tried (default a Monday in March 2026, no holiday near). */
  from?: string;
  config?: SiteConfig;
}

export function profileNamed(name: string): DayProfile {
  const profile = dayProfiles[name];
  if (!profile) {
    throw new Error(
      `no day profile "${name}": choose one of ${Object.keys(dayProfiles).join(', ')}`,
    );
  }
  return profile;
}

export function simulateDays(options: RunOptions): SimulatedDay[] {
  const config = options.config ?? demoSiteConfig();
  const profiles = options.profiles.map(profileNamed);
  let date = options.from ?? '2026-03-02';
  const hub = new EngineHarness(config, 0);
  const days: SimulatedDay[] = [];
  for (let tries = 0; days.length < options.days && tries < options.days * 3 + 14; tries += 1) {
    const open =
      weekdayOf(date) !== 'sun' &&
      openingIntervals(config.calendar, config.timezone, date).length > 0;
    if (open) {
      const profile = profiles[days.length % profiles.length] ?? profileNamed('normal');
      days.push(
        simulateDay(hub, config, date, profile, daySeed(options.seed, days.length), options),
      );
    }
    date = addDays(date, 1);
  }
  return days;
}
