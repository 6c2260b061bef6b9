import { quantile } from './accuracy';
import type { SimulatedDay } from './simulate-day';

// The figures a manager reads about one simulated day: visits, waits, the share served
// within the service's target wait, no-shows. Waits are first call − issue, in minutes.

export interface DayFigures {
  date: string;
  profile: string;
  visits: number;
  called: number;
  meanWaitMinutes: number;
  p90WaitMinutes: number;
  /** Share of called tickets called within their service's target wait (10 min without one). */
  withinTarget: number;
  noShows: number;
}

export function dayFigures(
  day: SimulatedDay,
  targetMinutes: (service: string) => number,
): DayFigures {
  const waits: number[] = [];
  let within = 0;
  for (const ticket of day.tickets) {
    if (ticket.calledAt === undefined) continue;
    const wait = (ticket.calledAt - ticket.issuedAt) / 60_000;
    waits.push(wait);
    if (wait <= targetMinutes(ticket.service)) within += 1;
  }
  const sorted = [...waits].sort((a, b) => a - b);
  return {
    date: day.date,
    profile: day.profile,
    visits: day.tickets.length,
    called: waits.length,
    meanWaitMinutes: waits.length ? waits.reduce((a, b) => a + b, 0) / waits.length : 0,
    p90WaitMinutes: quantile(sorted, 0.9),
    withinTarget: waits.length ? within / waits.length : 0,
    noShows: day.tickets.filter((t) => t.noShow).length,
  };
}
