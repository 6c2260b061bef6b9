import { describe, expect, it } from 'vitest';
import { calendarSchema, type CalendarConfig } from '../domain/calendar-config';
import { minutesOfDay } from '../domain/primitives';
import { demoSiteConfig } from '../demo/demo-site';
import { closingTime, dayHours, nextOpening, openingState } from './opening-hours';
import { zonedEpoch } from './zoned-time';

const paris = 'Europe/Paris';
const at = (date: string, time: string) => zonedEpoch(date, minutesOfDay(time), paris);
const demo = demoSiteConfig();
const calendar = demo.calendar;

describe('the demo site calendar (Centre administratif municipal)', () => {
  it('is open on weekdays 8:30–18:00 and on Thursdays until 19:00', () => {
    expect(openingState(calendar, paris, at('2026-04-07', '10:00'))).toMatchObject({
      open: true,
      closesAt: at('2026-04-07', '18:00'),
    });
    expect(openingState(calendar, paris, at('2026-04-09', '18:30'))).toMatchObject({
      open: true,
      closesAt: at('2026-04-09', '19:00'),
    });
    expect(openingState(calendar, paris, at('2026-04-07', '18:00')).open).toBe(false);
    expect(openingState(calendar, paris, at('2026-04-07', '08:29')).nextOpening).toBe(
      at('2026-04-07', '08:30'),
    );
  });

  it('opens on Saturday mornings except in July and August', () => {
    expect(openingState(calendar, paris, at('2026-04-11', '11:00')).open).toBe(true);
    expect(closingTime(calendar, paris, '2026-04-11')).toBe(at('2026-04-11', '12:00'));
    expect(dayHours(calendar, '2026-07-11')).toMatchObject({ kind: 'seasonal', ranges: [] });
    expect(openingState(calendar, paris, at('2026-07-11', '10:00'))).toMatchObject({
      open: false,
      nextOpening: at('2026-07-13', '08:30'),
    });
    expect(openingState(calendar, paris, at('2026-09-05', '10:00')).open).toBe(true);
  });

  it('is closed on Sundays and public holidays, and says when it opens next', () => {
    expect(openingState(calendar, paris, at('2026-04-05', '10:00')).nextOpening).toBe(
      at('2026-04-07', '08:30'),
    );
    expect(dayHours(calendar, '2026-04-06')).toMatchObject({
      kind: 'holiday',
      label: 'easter-monday',
    });
    expect(dayHours(calendar, '2026-05-14')).toMatchObject({ kind: 'holiday', label: 'ascension' });
  });

  it('keeps the exceptional closures of 26–27 December 2025 and 3 January 2026', () => {
    expect(dayHours(calendar, '2025-12-24').kind).toBe('regular');
    expect(dayHours(calendar, '2025-12-26').kind).toBe('closure');
    expect(dayHours(calendar, '2025-12-27').kind).toBe('closure');
    expect(dayHours(calendar, '2026-01-03').kind).toBe('closure');
    // Christmas, the closures and a Sunday: next opening is Monday 29 December.
    expect(nextOpening(calendar, paris, at('2025-12-24', '18:00'))).toBe(at('2025-12-29', '08:30'));
  });
});

describe('closure rules and overrides', () => {
  const base: CalendarConfig = calendarSchema.parse({
    weekly: {
      mon: [
        { from: '09:00', to: '12:00' },
        { from: '14:00', to: '17:00' },
      ],
      tue: [{ from: '09:00', to: '17:00' }],
      wed: [{ from: '09:00', to: '17:00' }],
      thu: [{ from: '09:00', to: '17:00' }],
      fri: [{ from: '09:00', to: '17:00' }],
    },
  });
  const withRules = (extra: Partial<CalendarConfig>): CalendarConfig => ({ ...base, ...extra });

  it('closes the working day between a holiday and the weekend with the bridge-days rule', () => {
    const calendarWithBridges = withRules({ closures: [{ kind: 'bridge-days' }] });
    expect(dayHours(calendarWithBridges, '2026-05-15').kind).toBe('closure'); // Friday after Ascension
    expect(dayHours(calendarWithBridges, '2026-05-13').kind).toBe('regular');
    expect(dayHours(base, '2026-05-15').kind).toBe('regular');
  });

  it('repeats annual closures every year, across the new year too', () => {
    const annual = withRules({ closures: [{ kind: 'annual', from: '12-31', to: '01-02' }] });
    expect(dayHours(annual, '2027-12-31').kind).toBe('closure');
    expect(dayHours(annual, '2028-01-02').kind).toBe('closure');
    expect(dayHours(annual, '2028-01-03').kind).toBe('regular');
  });

  it('applies exceptional hours and a service’s own weekly hours', () => {
    const shortDay = withRules({
      exceptionalHours: [{ date: '2026-12-24', ranges: [{ from: '09:00', to: '12:00' }] }],
    });
    expect(closingTime(shortDay, paris, '2026-12-24')).toBe(at('2026-12-24', '12:00'));
    const ccas = demo.services.find((s) => s.code === 'ccas');
    expect(dayHours(calendar, '2026-04-08', ccas?.hours).ranges).toEqual([
      { from: '08:30', to: '12:00' },
    ]);
    expect(openingState(calendar, paris, at('2026-04-08', '14:00'), ccas?.hours)).toMatchObject({
      open: false,
      nextOpening: at('2026-04-09', '08:30'),
    });
  });

  it('treats the lunch break as closed and reopens after it', () => {
    expect(openingState(base, paris, at('2026-04-13', '12:30'))).toMatchObject({
      open: false,
      nextOpening: at('2026-04-13', '14:00'),
    });
  });

  it('closes at the end of a run of days open around the clock', () => {
    const allDay = [{ from: '00:00', to: '24:00' }];
    const nonStop = calendarSchema.parse({
      weekly: { mon: allDay, tue: allDay, wed: [{ from: '00:00', to: '12:00' }] },
      publicHolidays: 'none',
    });
    expect(openingState(nonStop, paris, at('2026-04-13', '23:50')).closesAt).toBe(
      at('2026-04-15', '12:00'),
    );
  });

  it('reports no next opening for a calendar that never opens', () => {
    const never = calendarSchema.parse({ weekly: {} });
    expect(openingState(never, paris, at('2026-04-13', '12:30'))).toMatchObject({ open: false });
    expect(nextOpening(never, paris, at('2026-04-13', '12:30'))).toBeUndefined();
  });

  it('refuses overlapping or inverted ranges with the path at fault', () => {
    const result = calendarSchema.safeParse({
      weekly: {
        mon: [
          { from: '09:00', to: '13:00' },
          { from: '12:00', to: '17:00' },
        ],
        tue: [{ from: '17:00', to: '09:00' }],
      },
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['weekly.mon.1', 'weekly.tue.0']));
  });
});
