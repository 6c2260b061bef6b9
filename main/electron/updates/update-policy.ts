import type { CalendarConfig } from '../../../shared/domain/calendar-config';
import { localParts } from '../../../shared/calendar/zoned-time';
import { powerState, type PowerSchedule } from '../staying-up/power-schedule';

// When a device looks for an update and when it installs one (pure). Never in front of a
// visitor: both happen only while the site is closed (the power schedule's sleeping time,
// from the site's opening hours), and the install, which restarts the app, only when
// nobody touched the screen for a while and there is time left before the screen wakes.
// A device without opening hours uses the night (01:00–05:00 local time) instead.

export interface UpdateTiming {
  /** How often to look for an update while closed. */
  checkEveryMs: number;
  /** No input for this long before the app restarts to install. */
  quietForMs: number;
  /** At least this long before the screen wakes, for the install and a restart. */
  installMarginMs: number;
  /** Local hours [from, to) used when the device knows no opening hours. */
  nightHours: readonly [number, number];
}

export const defaultUpdateTiming: UpdateTiming = {
  checkEveryMs: 4 * 3_600_000,
  quietForMs: 15 * 60_000,
  installMarginMs: 60 * 60_000,
  nightHours: [1, 5],
};

export interface UpdateFacts {
  now: number;
  timeZone: string;
  /** The site's opening hours and the device's power schedule, when it has them. */
  calendar: CalendarConfig | undefined;
  schedule: PowerSchedule;
  lastCheckAt: number | null;
  /** A version is downloaded and waits to be installed. */
  downloaded: boolean;
  lastInputAt: number;
  /** Something is under way on screen (a ticket printing, an admin screen open). */
  busy: boolean;
}

export type UpdateDecision =
  { action: 'check' } | { action: 'install' } | { action: 'wait'; why: string };

interface ClosedTime {
  closed: boolean;
  /** When the screen next wakes (opening soon); undefined when unknown. */
  opensAt: number | undefined;
}

function closedTime(facts: UpdateFacts, timing: UpdateTiming): ClosedTime {
  if (facts.calendar && facts.schedule.enabled) {
    const state = powerState(facts.calendar, facts.timeZone, facts.now, facts.schedule);
    return { closed: !state.awake, opensAt: state.awake ? undefined : state.nextChangeAt };
  }
  const { hour, minute } = localParts(facts.now, facts.timeZone);
  const [from, to] = timing.nightHours;
  if (hour < from || hour >= to) return { closed: false, opensAt: undefined };
  return { closed: true, opensAt: facts.now + ((to - hour) * 60 - minute) * 60_000 };
}

export function updateDecision(
  facts: UpdateFacts,
  timing: UpdateTiming = defaultUpdateTiming,
): UpdateDecision {
  const { closed, opensAt } = closedTime(facts, timing);
  if (!closed) return { action: 'wait', why: 'the site is open: nothing is checked or installed' };
  if (facts.downloaded) {
    if (facts.busy) return { action: 'wait', why: 'something is under way on screen' };
    if (facts.now - facts.lastInputAt < timing.quietForMs)
      return { action: 'wait', why: 'the screen was touched a moment ago' };
    if (opensAt !== undefined && opensAt - facts.now < timing.installMarginMs)
      return { action: 'wait', why: 'too close to opening: installed after closing' };
    return { action: 'install' };
  }
  if (facts.lastCheckAt !== null && facts.now - facts.lastCheckAt < timing.checkEveryMs)
    return { action: 'wait', why: 'checked a short while ago' };
  return { action: 'check' };
}
