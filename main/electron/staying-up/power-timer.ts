import type { CalendarConfig } from '../../../shared/domain/calendar-config';
import { powerState, type PowerSchedule } from './power-schedule';

// Runs the power schedule: calls `sleep` and `wake` as the state changes, re-reading the
// schedule at each change (and at least hourly, so a clock set right or a new calendar
// is followed). No Electron here: the app passes what sleeping and waking mean.

export interface PowerTimerOptions {
  calendar: CalendarConfig;
  timeZone: string;
  schedule: PowerSchedule;
  clock: () => number;
  sleep: () => void;
  wake: () => void;
  setTimer?: (callback: () => void, ms: number) => { cancel(): void };
}

const HOUR = 3_600_000;

export function startPowerTimer(options: PowerTimerOptions): { stop(): void } {
  const setTimer =
    options.setTimer ??
    ((callback: () => void, ms: number) => {
      const handle = setTimeout(callback, ms);
      return { cancel: () => clearTimeout(handle) };
    });
  let awake: boolean | undefined;
  let timer: { cancel(): void } | undefined;
  const step = () => {
    const now = options.clock();
    const state = powerState(options.calendar, options.timeZone, now, options.schedule);
    if (state.awake !== awake) {
      awake = state.awake;
      if (state.awake) options.wake();
      else options.sleep();
    }
    const next = state.nextChangeAt === undefined ? HOUR : Math.min(HOUR, state.nextChangeAt - now);
    timer = setTimer(step, Math.max(1_000, next));
  };
  step();
  return { stop: () => timer?.cancel() };
}
