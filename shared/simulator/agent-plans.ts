import { zonedEpoch } from '../calendar/zoned-time';
import { minutesOfDay } from '../domain/primitives';
import type { Shift } from './day-profiles';
import type { Random } from './random';

// What the agents mean to do at their counters during the day. A pause or a close waits
// for the visit in progress to end (agents do not leave a visitor at the counter); a close
// also waits for the counter's queue to empty, up to `CLOSE_GRACE_MINUTES` after its time.

export type AgentAction =
  | { kind: 'open'; counterId: string; agentId: string; services: string[] }
  | { kind: 'pause'; counterId: string; reason: string; minutes: number }
  | { kind: 'close'; counterId: string };

export interface PlannedAction {
  at: number;
  action: AgentAction;
}

export const CLOSE_GRACE_MINUTES = 30;

export function agentPlans(
  shifts: readonly Shift[],
  date: string,
  timeZone: string,
  random: Random,
): PlannedAction[] {
  const time = (hhmm: string) => zonedEpoch(date, minutesOfDay(hhmm), timeZone);
  const plans: PlannedAction[] = [];
  for (const shift of shifts) {
    const { counterId } = shift;
    const opens = time(shift.opens);
    const closes = time(shift.closes);
    // Agents open within a few minutes of their time, not all on the stroke of it.
    plans.push({
      at: opens + Math.round(random.uniform(0, 4) * 60_000),
      action: { kind: 'open', counterId, agentId: shift.agentId, services: shift.services },
    });
    if (shift.lunch) {
      const from = time(shift.lunch.from);
      plans.push({
        at: from,
        action: {
          kind: 'pause',
          counterId,
          reason: 'déjeuner',
          minutes: (time(shift.lunch.to) - from) / 60_000,
        },
      });
    }
    for (let i = 0; i < shift.shortPauses; i += 1) {
      const at = random.uniform(opens + 30 * 60_000, closes - 30 * 60_000);
      const lunch = shift.lunch && { from: time(shift.lunch.from), to: time(shift.lunch.to) };
      if (lunch && at > lunch.from - 20 * 60_000 && at < lunch.to + 10 * 60_000) continue;
      plans.push({
        at: Math.round(at),
        action: {
          kind: 'pause',
          counterId,
          reason: 'pause',
          minutes: Math.max(2, random.exponential(shift.shortPauseMinutes)),
        },
      });
    }
    plans.push({ at: closes, action: { kind: 'close', counterId } });
  }
  return plans;
}
