import { describe, expect, it } from 'vitest';
import { zonedEpoch } from '../calendar/zoned-time';
import { forecastArrivals, staffingFor } from './arrival-forecast';

const at = (date: string, hh: number, mm = 0) => zonedEpoch(date, hh * 60 + mm, 'Europe/Paris');

describe('expected arrivals and counters per hour', () => {
  it('averages each weekday and hour over the same weekdays of the history', () => {
    const history = [
      // Two Mondays: 3 then 1 IRIS visits at 9 h; one courrier at 14 h on the first.
      ...[5, 20, 40].map((m) => ({ service: 'iris', arrivedAt: at('2026-03-02', 9, m) })),
      { service: 'iris', arrivedAt: at('2026-03-09', 9, 10) },
      { service: 'courrier', arrivedAt: at('2026-03-02', 14, 30) },
      // A Tuesday.
      { service: 'iris', arrivedAt: at('2026-03-03', 10, 0) },
    ];
    const forecast = forecastArrivals(history, 'Europe/Paris', [
      '2026-03-02',
      '2026-03-03',
      '2026-03-09',
    ]);
    expect(forecast).toEqual([
      { service: 'courrier', weekday: 'mon', hour: 14, arrivals: 0.5 },
      { service: 'iris', weekday: 'mon', hour: 9, arrivals: 2 },
      { service: 'iris', weekday: 'tue', hour: 10, arrivals: 1 },
    ]);
    const staffing = staffingFor(forecast, ['iris', 'courrier'], { iris: 6, courrier: 3 }, 10);
    expect(staffing).toEqual([
      { weekday: 'mon', hour: 9, arrivals: 2, counters: 1 },
      { weekday: 'mon', hour: 14, arrivals: 0.5, counters: 1 },
      { weekday: 'tue', hour: 10, arrivals: 1, counters: 1 },
    ]);
  });
});
