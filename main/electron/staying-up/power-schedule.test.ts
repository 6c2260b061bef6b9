import { describe, expect, it } from 'vitest';
import { calendarSchema } from '../../../shared/domain/calendar-config';
import { zonedEpoch } from '../../../shared/calendar/zoned-time';
import { powerState } from './power-schedule';

const zone = 'Europe/Paris';
const calendar = calendarSchema.parse({
  weekly: {
    mon: [
      { from: '08:30', to: '12:00' },
      { from: '13:30', to: '17:30' },
    ],
    tue: [
      { from: '08:30', to: '12:00' },
      { from: '12:30', to: '17:30' },
    ],
    sat: [{ from: '09:00', to: '12:00' }],
  },
});
const schedule = { enabled: true, wakeBeforeMinutes: 30, sleepAfterMinutes: 15 };
const at = (date: string, time: string) => {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return zonedEpoch(date, h * 60 + m, zone);
};

// 2026-04-06 is a Monday (Easter Monday: a public holiday), 2026-04-07 a Tuesday.
describe('the power schedule', () => {
  it.each<[string, string, string, boolean, [string, string] | undefined]>([
    ['before the wake-up', '2026-04-07', '07:59', false, ['2026-04-07', '08:00']],
    ['woken 30 minutes before opening', '2026-04-07', '08:00', true, ['2026-04-07', '17:45']],
    // A lunch break shorter than 15 + 30 minutes keeps the screen on.
    ['over a short lunch break', '2026-04-07', '12:10', true, ['2026-04-07', '17:45']],
    ['15 minutes after closing', '2026-04-07', '17:44', true, ['2026-04-07', '17:45']],
    [
      'asleep in the evening, until Saturday',
      '2026-04-07',
      '17:45',
      false,
      ['2026-04-11', '08:30'],
    ],
    ['asleep on a public holiday', '2026-04-06', '10:00', false, ['2026-04-07', '08:00']],
    [
      'across a long lunch break (awake till 12:15)',
      '2026-04-13',
      '12:14',
      true,
      ['2026-04-13', '12:15'],
    ],
    [
      'across a long lunch break (asleep from 12:15)',
      '2026-04-13',
      '12:20',
      false,
      ['2026-04-13', '13:00'],
    ],
    // Daylight saving time changes on 2026-03-29: the wake-up follows local time.
    ['on the Monday after the clocks change', '2026-03-30', '08:00', true, ['2026-03-30', '12:15']],
  ])('%s', (_, date, time, awake, next) => {
    const state = powerState(calendar, zone, at(date, time), schedule);
    expect(state.awake).toBe(awake);
    expect(state.nextChangeAt).toBe(next ? at(next[0], next[1]) : undefined);
  });

  it('stays awake when the schedule is off, and sleeps for good when the site never opens', () => {
    const now = at('2026-04-07', '03:00');
    expect(powerState(calendar, zone, now, { ...schedule, enabled: false })).toEqual({
      awake: true,
      nextChangeAt: undefined,
    });
    const closed = calendarSchema.parse({ weekly: {} });
    expect(powerState(closed, zone, now, schedule)).toEqual({
      awake: false,
      nextChangeAt: undefined,
    });
  });
});
