import { nextOpening, openingState } from '../../shared/calendar/opening-hours';
import type { SiteConfig } from '../../shared/engine';

/**
 * The demo is meant to be tried at any hour, but the site keeps its real opening hours.
 * When the site is closed now, or closes within half an hour (17:59 would leave one minute
 * of a living site), the demo runs on a clock shifted to an hour and a half after the next
 * opening, so every flow can be tried; the shift is said at start.
 */
export interface DemoClock {
  now: () => number;
  offsetMs: number;
}

/** The open time a demo needs ahead of it to be tried. */
const MIN_OPEN_AHEAD_MS = 30 * 60_000;

export function demoClock(config: SiteConfig, realNow: () => number = Date.now): DemoClock {
  const now = realNow();
  const state = openingState(config.calendar, config.timezone, now);
  if (state.open && (state.closesAt ?? Infinity) - now >= MIN_OPEN_AHEAD_MS)
    return { now: realNow, offsetMs: 0 };
  const opening = state.open
    ? nextOpening(config.calendar, config.timezone, state.closesAt ?? now)
    : state.nextOpening;
  if (opening === undefined) return { now: realNow, offsetMs: 0 };
  const offsetMs = opening + 90 * 60_000 - now;
  return { now: () => realNow() + offsetMs, offsetMs };
}
