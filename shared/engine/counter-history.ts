import { localParts } from '../calendar/zoned-time';
import type { QueueState } from './state';

// What the engine remembers of its counters' rhythm, for the wait estimate: each session
// (opened → closed) and each pause (paused → resumed), by local day and minute of the day,
// kept across days like the service times. The forecast reads habits from it (a counter
// that opened at 09:00 and went to lunch at 12:00 on most recent days is expected to again)
// and how long a pause of a given reason lasts. Facts the hub saw happen, never a plan.

export interface CounterPeriod {
  kind: 'session' | 'pause';
  /** Local date the period started on. */
  day: string;
  /** Local minute of the day it started at. */
  fromMinute: number;
  /** Its length, whole minutes. */
  minutes: number;
  /** A pause's reason, as the agent gave it. */
  reason?: string;
  /** A session's services. */
  services?: string[];
}

/** Periods kept per counter, latest last (about a fortnight of sessions and pauses). */
export const COUNTER_PERIODS_KEPT = 60;

/** Records a period that ended at `endedAt`; does nothing before configuration. */
export function recordCounterPeriod(
  state: QueueState,
  counterId: string,
  period: {
    kind: CounterPeriod['kind'];
    from: number;
    endedAt: number;
    reason?: string;
    services?: string[];
  },
): void {
  if (!state.config || period.endedAt < period.from) return;
  const parts = localParts(period.from, state.config.timezone);
  const periods = (state.counterHistory[counterId] ??= []);
  periods.push({
    kind: period.kind,
    day: parts.date,
    fromMinute: parts.minutes,
    minutes: Math.round((period.endedAt - period.from) / 60_000),
    ...(period.reason !== undefined ? { reason: period.reason } : {}),
    ...(period.services ? { services: [...period.services] } : {}),
  });
  if (periods.length > COUNTER_PERIODS_KEPT)
    periods.splice(0, periods.length - COUNTER_PERIODS_KEPT);
}
