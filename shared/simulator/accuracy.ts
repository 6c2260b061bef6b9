import type { PredictorName, SimulatedDay, SimulatedTicket } from './simulate-day';

// How right a wait predictor was, over the tickets that were called: the error is the
// estimate given at issue minus the actual wait (first call − issue), in minutes. A
// predictor that gave no figure (null) is scored as if it had said 0: the visitor was
// told nothing, which is no better than being told "no wait".

export interface Accuracy {
  tickets: number;
  meanAbsoluteError: number;
  medianAbsoluteError: number;
  p90AbsoluteError: number;
  /** Share with |error| ≤ 5 min. */
  withinFiveMinutes: number;
  /** Share told less than they waited (by more than 30 s: rounding is not a promise broken). */
  underestimated: number;
  /** Share given no figure. */
  noFigure: number;
}

export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index] ?? 0;
}

export function measuredTickets(days: readonly SimulatedDay[]): SimulatedTicket[] {
  return days.flatMap((d) => d.tickets.filter((t) => t.calledAt !== undefined));
}

export function accuracyOf(
  tickets: readonly SimulatedTicket[],
  predictor: PredictorName,
): Accuracy {
  const errors: number[] = [];
  let within = 0;
  let under = 0;
  let none = 0;
  for (const ticket of tickets) {
    if (ticket.calledAt === undefined) continue;
    const actual = (ticket.calledAt - ticket.issuedAt) / 60_000;
    const predicted = ticket.predictions[predictor];
    if (predicted === null) none += 1;
    const error = (predicted ?? 0) - actual;
    errors.push(Math.abs(error));
    if (Math.abs(error) <= 5) within += 1;
    if (error < -0.5) under += 1;
  }
  const n = errors.length;
  const sorted = [...errors].sort((a, b) => a - b);
  return {
    tickets: n,
    meanAbsoluteError: n ? errors.reduce((a, b) => a + b, 0) / n : 0,
    medianAbsoluteError: quantile(sorted, 0.5),
    p90AbsoluteError: quantile(sorted, 0.9),
    withinFiveMinutes: n ? within / n : 0,
    underestimated: n ? under / n : 0,
    noFigure: n ? none / n : 0,
  };
}
