import { openingState } from '../../shared/calendar/opening-hours';
import type { SiteConfig } from '../../shared/engine';

/**
 * The demo is meant to be tried at any hour, but the site keeps its real opening hours.
 * When the site is closed now, the demo runs on a clock shifted to an hour and a half
 * after the next opening, so every flow can be tried; the shift is said at start.
 */
export interface DemoClock {
  now: () => number;
  offsetMs: number;
}

export function demoClock(config: SiteConfig, realNow: () => number = Date.now): DemoClock {
  const state = openingState(config.calendar, config.timezone, realNow());
  if (state.open || state.nextOpening === undefined) return { now: realNow, offsetMs: 0 };
  const offsetMs = state.nextOpening + 90 * 60_000 - realNow();
  return { now: () => realNow() + offsetMs, offsetMs };
}
