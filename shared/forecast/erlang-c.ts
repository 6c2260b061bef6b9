// How many counters an hour needs, by the Erlang C model (M/M/c): visitors arrive at
// random (Poisson) at a steady rate within the hour, service times are exponential with the
// service's mean, one queue feeds c identical counters, nobody leaves the queue, and the
// hour is long against a visit (steady state). Real desks break each of these a little
// (log-normal times, peaks inside the hour, shared counters): the figure is a planning
// guide, measured against simulated days, not a promise.

/** Erlang C: the probability that a visitor waits at all, with offered load a = λ·S erlangs. */
export function erlangC(counters: number, load: number): number {
  if (counters <= 0) return 1;
  if (load <= 0) return 0;
  if (load >= counters) return 1;
  // Erlang B by its stable recurrence, then C from B.
  let b = 1;
  for (let k = 1; k <= counters; k += 1) b = (load * b) / (k + load * b);
  return b / (1 - (load / counters) * (1 - b));
}

/** Share of visitors called within `targetMinutes`: 1 − C·e^(−(c − a)·t/S). */
export function serviceLevel(
  counters: number,
  arrivalsPerHour: number,
  meanServiceMinutes: number,
  targetMinutes: number,
): number {
  const load = (arrivalsPerHour * meanServiceMinutes) / 60;
  if (counters <= load) return 0;
  const waits = erlangC(counters, load);
  return 1 - waits * Math.exp((-(counters - load) * targetMinutes) / meanServiceMinutes);
}

/** Mean wait in minutes: C·S/(c − a); infinite when the counters cannot keep up. */
export function meanWaitMinutes(
  counters: number,
  arrivalsPerHour: number,
  meanServiceMinutes: number,
): number {
  const load = (arrivalsPerHour * meanServiceMinutes) / 60;
  if (counters <= load) return Number.POSITIVE_INFINITY;
  return (erlangC(counters, load) * meanServiceMinutes) / (counters - load);
}

/** The fewest counters that call `share` of visitors within the target wait (0 with no arrivals). */
export function countersNeeded(
  arrivalsPerHour: number,
  meanServiceMinutes: number,
  targetMinutes: number,
  share = 0.8,
): number {
  if (arrivalsPerHour <= 0) return 0;
  let counters = Math.max(1, Math.ceil((arrivalsPerHour * meanServiceMinutes) / 60));
  while (serviceLevel(counters, arrivalsPerHour, meanServiceMinutes, targetMinutes) < share)
    counters += 1;
  return counters;
}
