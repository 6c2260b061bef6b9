import { describe, expect, it } from 'vitest';
import { calendarSchema } from '../../../shared/domain/calendar-config';
import { zonedEpoch } from '../../../shared/calendar/zoned-time';
import { startPowerTimer } from './power-timer';

const zone = 'Europe/Paris';
const calendar = calendarSchema.parse({ weekly: { tue: [{ from: '09:00', to: '12:00' }] } });
const at = (minutes: number) => zonedEpoch('2026-04-07', minutes, zone); // a Tuesday

describe('the power timer', () => {
  it('sleeps and wakes as the schedule changes, re-checking at least hourly', () => {
    let now = at(6 * 60);
    const calls: string[] = [];
    const timers: { fire: () => void; ms: number }[] = [];
    const timer = startPowerTimer({
      calendar,
      timeZone: zone,
      schedule: { enabled: true, wakeBeforeMinutes: 30, sleepAfterMinutes: 15 },
      clock: () => now,
      sleep: () => calls.push('sleep'),
      wake: () => calls.push('wake'),
      setTimer: (fire, ms) => {
        timers.push({ fire, ms });
        return { cancel: () => {} };
      },
    });
    expect(calls).toEqual(['sleep']);
    expect(timers.at(-1)?.ms).toBe(3_600_000); // wakes at 08:30: checks again in an hour first
    now = at(8 * 60 + 30);
    timers.at(-1)?.fire();
    expect(calls).toEqual(['sleep', 'wake']);
    expect(timers.at(-1)?.ms).toBe(3_600_000);
    now = at(12 * 60 + 15);
    timers.at(-1)?.fire();
    expect(calls).toEqual(['sleep', 'wake', 'sleep']);
    timer.stop();
  });
});
