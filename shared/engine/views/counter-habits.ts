import { localParts, zonedEpoch } from '../../calendar/zoned-time';
import type { CounterPeriod } from '../counter-history';
import type { CounterState } from '../state';
import type { ConfiguredState } from '../support';

// A counter's habits, read from what the engine saw on recent days (counter-history.ts):
// when it usually opens, the long pauses it usually takes (lunch), and how long a pause of
// a given reason lasts. A habit counts when it happened on at least half of the recent
// days the counter worked; its time and length are the medians over those days.

/** Recent working days a habit is read from. */
export const HABIT_DAYS = 5;
/** Pauses at least this long are habits (lunch); shorter ones come at random times. */
export const LONG_PAUSE_MINUTES = 20;
/** A usual opening or pause not seen this long after its usual time is assumed skipped today. */
const LATE_HABIT_MINUTES = 20;

export interface ExpectedPause {
  at: number;
  ms: number;
}

export interface CounterHabits {
  /** A closed counter expected to open later today: when, and which services. */
  opens?: { at: number; services: string[] };
  /** Long pauses expected later today, by time. */
  pauses: ExpectedPause[];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function recentDays(periods: readonly CounterPeriod[], day: string): string[] {
  const days = [...new Set(periods.filter((p) => p.day < day).map((p) => p.day))].sort();
  return days.slice(-HABIT_DAYS);
}

export function counterHabits(
  state: ConfiguredState,
  counter: CounterState,
  now: number,
): CounterHabits {
  const periods = state.counterHistory[counter.id] ?? [];
  const zone = state.config.timezone;
  const { date: day, minutes: nowMinute } = localParts(now, zone);
  const days = recentDays(periods, day);
  const habits: CounterHabits = { pauses: [] };
  if (days.length === 0) return habits;
  const quorum = Math.ceil(days.length / 2);
  const recent = periods.filter((p) => days.includes(p.day));
  const todays = periods.filter((p) => p.day === day);
  const at = (minute: number) => zonedEpoch(day, Math.round(minute), zone);
  if (counter.status === 'closed' && !todays.some((p) => p.kind === 'session')) {
    const sessions = recent.filter((p) => p.kind === 'session');
    const firsts = days
      .map(
        (d) => sessions.filter((p) => p.day === d).sort((a, b) => a.fromMinute - b.fromMinute)[0],
      )
      .filter((p): p is CounterPeriod => p !== undefined);
    const last = firsts.at(-1);
    if (firsts.length >= quorum && last?.services) {
      const minute = median(firsts.map((p) => p.fromMinute));
      const ends = median(firsts.map((p) => p.fromMinute + p.minutes));
      if (ends > nowMinute && minute + LATE_HABIT_MINUTES >= nowMinute)
        habits.opens = { at: Math.max(now, at(minute)), services: last.services };
    }
  }
  const taken = new Set(todays.filter((p) => p.kind === 'pause').map((p) => p.reason ?? ''));
  if (counter.status === 'paused') taken.add(counter.pauseReason ?? '');
  const long = recent.filter((p) => p.kind === 'pause' && p.minutes >= LONG_PAUSE_MINUTES);
  for (const reason of new Set(long.map((p) => p.reason ?? ''))) {
    if (taken.has(reason)) continue;
    const ofReason = long.filter((p) => (p.reason ?? '') === reason);
    if (new Set(ofReason.map((p) => p.day)).size < quorum) continue;
    const minute = median(ofReason.map((p) => p.fromMinute));
    if (minute + LATE_HABIT_MINUTES < nowMinute) continue;
    habits.pauses.push({
      at: Math.max(now, at(minute)),
      ms: median(ofReason.map((p) => p.minutes)) * 60_000,
    });
  }
  habits.pauses.sort((a, b) => a.at - b.at);
  return habits;
}

/**
 * How much longer a pause of this reason, begun `elapsedMs` ago, is expected to last: the
 * median of the recorded pauses of that reason longer than it already is (this counter's,
 * else any counter's), minus what has passed; undefined when fewer than two are recorded.
 */
export function expectedPauseLeft(
  state: ConfiguredState,
  counterId: string,
  reason: string | undefined,
  elapsedMs: number,
): number | undefined {
  const longer = (periods: readonly CounterPeriod[]) =>
    periods
      .filter((p) => p.kind === 'pause' && (p.reason ?? '') === (reason ?? ''))
      .map((p) => p.minutes * 60_000)
      .filter((ms) => ms > elapsedMs);
  const own = longer(state.counterHistory[counterId] ?? []);
  const lengths = own.length >= 2 ? own : longer(Object.values(state.counterHistory).flat());
  return lengths.length >= 2 ? median(lengths) - elapsedMs : undefined;
}
