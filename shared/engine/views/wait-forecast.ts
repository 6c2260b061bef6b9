import type { Ticket } from '../../domain/ticket';
import { PRIORITY_DUE, servesTicket, type Streak, nextStreak } from '../calling-order';
import type { CounterState } from '../state';
import { today, type ConfiguredState } from '../support';
import { counterHabits, expectedPauseLeft, type ExpectedPause } from './counter-habits';
import { transferRates, type TransferRates } from './transfer-rates';

// The wait estimate's method: a forward run of the queue as it stands. Every counter that
// is not closed becomes free at an expected time (now; the end of the visit in progress,
// its median rest given how long it has lasted; the end of its pause); then, counter by counter in order of that time, it takes the
// ticket the calling policy would give it — appointments due first, priority interleaved
// with its own streak, across its services by longest wait (or counter order) — and is
// busy for that service's mean time plus the mean call-to-start delay. Appointments booked
// and not yet checked in enter at their expected arrival, weighted by today's show rate,
// so the load they bring is counted without pretending each one comes. The estimate is
// the time the target ticket is taken; its spread sums the service-time variances of the
// visits before it, spread over the counters, plus a share of the wait itself for what
// no one can foresee (pauses, transfers, priorities yet to arrive). Measured (npm run
// bench, 32 simulated days): 2.42 min mean absolute error on seed 12, 2.93 on seed 7; most
// of it in waits over 30 min and in walk-ins waiting for a gap between booked appointments.

/** Assumed length of a pause whose end nobody knows (the console records no planned end). */
export const PAUSE_ASSUMED_MS = 10 * 60_000;
/** A visit or pause running past its expected end is assumed to need at least this much more. */
const MIN_RESIDUAL_MS = 60_000;
/** Call-to-start delay when today has too few visits to measure it. */
const DEFAULT_CALL_DELAY_MS = 60_000;
/** Appointment show rate before today has enough appointments to measure it. */
const DEFAULT_SHOW_RATE = 0.85;
/** The unforeseeable share of a wait, added to its spread (measured on simulated days). */
export const STRUCTURAL_SPREAD = 0.15;

export interface ServiceTimeStats {
  meanMs: number;
  varianceMs2: number;
}

export interface Forecast {
  /** ms from now until the target is called; null when no counter would ever take it. */
  waitMs: number | null;
  /** One standard deviation of that wait, ms. */
  spreadMs: number;
  /** Visits started before the target's call in the run. */
  ahead: number;
  countersUsed: number;
}

interface Item {
  ticket: Pick<
    Ticket,
    'id' | 'service' | 'priority' | 'arrivedAt' | 'seq' | 'reservedCounterId' | 'reservedAgentId'
  >;
  /** When it is in the room (a booked appointment's visitor: expected arrival). */
  readyAt: number;
  appointmentStart?: number;
  /** Expected presence: 1 for a real ticket, the show rate for a booked appointment. */
  weight: number;
  /** An expected transfer out of a visit in the run (it spawns no further transfer). */
  spawned?: true;
}

/** Transfers weighing less than this are left out of the run. */
const MIN_TRANSFER_WEIGHT = 0.01;

/** The visits a served item may be sent on to, weighted by today's transfer shares. */
function transfersOf(
  rates: TransferRates,
  item: Pick<Item, 'ticket' | 'weight' | 'spawned'>,
  readyAt: number,
): Item[] {
  if (item.spawned) return [];
  const out: Item[] = [];
  for (const { to, share } of rates.get(item.ticket.service) ?? []) {
    const weight = item.weight * share;
    if (weight < MIN_TRANSFER_WEIGHT) continue;
    out.push({
      ticket: {
        id: `${item.ticket.id}>${to}`,
        service: to,
        priority: item.ticket.priority,
        arrivedAt: item.ticket.arrivedAt,
        seq: item.ticket.seq,
      },
      readyAt,
      weight,
      spawned: true,
    });
  }
  return out;
}

/** Puts an expected transfer into the queues of the counters that serve it, by readyAt. */
function enqueue(counters: readonly RunCounter[], item: Item): void {
  for (const run of counters) {
    if (!servesTicket(run.counter, item.ticket as Ticket)) continue;
    const index = run.queue.findIndex((other) => other.readyAt > item.readyAt);
    run.queue.splice(index < 0 ? run.queue.length : index, 0, item);
    if (run.freeAt === Number.POSITIVE_INFINITY) run.freeAt = item.readyAt;
  }
}

interface RunCounter {
  counter: CounterState;
  freeAt: number;
  streak: Streak;
  /** The items this counter may take, by the time they are in the room. */
  queue: Item[];
  /** Long pauses it usually takes later today (lunch), by time. */
  pauses: ExpectedPause[];
}

/** Mean and variance per service, from recent served durations, or the configured default. */
export function serviceTimeStats(
  state: ConfiguredState,
  service: string,
  minSamples: number,
  sampleSize: number,
): ServiceTimeStats {
  const durations = (state.serviceTimes[service] ?? []).slice(0, sampleSize);
  if (durations.length >= minSamples) {
    const mean = durations.reduce((a, b) => a + b, 0) / durations.length;
    const variance =
      durations.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, durations.length - 1);
    return { meanMs: mean, varianceMs2: variance };
  }
  const configured =
    (state.config.services.find((s) => s.code === service)?.defaultServiceMinutes ?? 10) * 60_000;
  // Without history, assume a coefficient of variation of 0.6 (a skewed service time).
  return { meanMs: configured, varianceMs2: (0.6 * configured) ** 2 };
}

/** Today's mean delay between a call and the start of the visit, and its appointments' arrivals. */
function todaysRhythm(state: ConfiguredState, day: string, now: number) {
  let delays = 0;
  let delayCount = 0;
  for (const ticket of Object.values(state.tickets)) {
    if (ticket.day !== day || ticket.startedAt === undefined || ticket.calledAt === undefined)
      continue;
    delays += ticket.startedAt - ticket.calledAt;
    delayCount += 1;
  }
  let due = 0;
  let came = 0;
  const offsets: number[] = [];
  const window = state.config.defaultCheckInWindow;
  const lead = window.lateMinutes * 60_000;
  for (const appointment of Object.values(state.appointments)) {
    if (appointment.date !== day || appointment.status === 'cancelled') continue;
    if (appointment.start + lead > now) continue;
    due += 1;
    if (appointment.status !== 'checked-in') continue;
    came += 1;
    if (appointment.checkedInAt !== undefined)
      offsets.push(appointment.checkedInAt - appointment.start);
  }
  const early = window.earlyMinutes * 60_000;
  const span = early + lead;
  for (let i = 0; i < PRIOR_ARRIVALS; i += 1)
    offsets.push(-early + ((i + 0.5) * span) / PRIOR_ARRIVALS);
  offsets.sort((a, b) => a - b);
  const priorNoShows = (PRIOR_ARRIVALS * (1 - DEFAULT_SHOW_RATE)) / DEFAULT_SHOW_RATE;
  return {
    callDelayMs: delayCount >= 5 ? delays / delayCount : DEFAULT_CALL_DELAY_MS,
    arrivals: { offsets, noShows: due - came + priorNoShows },
  };
}

/**
 * Before today has seen many appointments, a visitor's arrival is drawn from a prior: this
 * many arrivals spread evenly over the check-in window, with the default show rate's
 * share of no-shows; today's arrivals soon outweigh it.
 */
const PRIOR_ARRIVALS = 10;

/**
 * A booked visitor not here yet, `now − start` after their start (negative: before it):
 * the chance they still come and when, from today's arrivals against their start (those
 * who came later than that, and the no-shows).
 */
function expectedArrival(
  arrivals: { offsets: readonly number[]; noShows: number },
  start: number,
  now: number,
): { weight: number; readyAt: number } | undefined {
  const x = now - start;
  const first = arrivals.offsets.findIndex((o) => o > x);
  const later = first < 0 ? 0 : arrivals.offsets.length - first;
  if (later === 0) return undefined;
  const median = arrivals.offsets[first + Math.floor(later / 2)] ?? x;
  return { weight: later / (later + arrivals.noShows), readyAt: Math.max(now, start + median) };
}

/**
 * The rest of a visit that has lasted `elapsedMs`: the median of (d − elapsed) over the
 * kept durations d longer than that. Service times are skewed (log-normal-like), so a visit
 * that has run long is likely a long one; the median, not the mean, of that rest (the mean
 * cost 0.1 min of mean error on simulated days: a visitor's error is an absolute one).
 */
export function residualServiceTime(
  durations: readonly number[],
  elapsedMs: number,
  fallbackMeanMs: number,
): number {
  const rests = durations.filter((d) => d > elapsedMs).map((d) => d - elapsedMs);
  if (rests.length >= MIN_RESIDUAL_SAMPLES) {
    rests.sort((a, b) => a - b);
    return rests[Math.floor(rests.length / 2)] ?? 0;
  }
  return fallbackMeanMs - elapsedMs;
}

/** Fewer kept durations than this outlast a visit in progress and its rest is mean − elapsed. */
const MIN_RESIDUAL_SAMPLES = 5;

function freeAt(
  state: ConfiguredState,
  counter: CounterState,
  now: number,
  mean: (s: string) => number,
  callDelay: number,
  sampleSize: number,
): number {
  if (counter.status === 'paused') {
    const elapsed = now - (counter.pausedAt ?? now);
    const left = expectedPauseLeft(state, counter.id, counter.pauseReason, elapsed);
    return now + Math.max(MIN_RESIDUAL_MS, left ?? PAUSE_ASSUMED_MS - elapsed);
  }
  const current = counter.currentTicketId ? state.tickets[counter.currentTicketId] : undefined;
  if (!current) return now;
  const start = current.startedAt ?? (current.lastCalledAt ?? now) + callDelay;
  if (start >= now) return start + mean(current.service);
  const durations = (state.serviceTimes[current.service] ?? []).slice(0, sampleSize);
  const rest = residualServiceTime(durations, now - start, mean(current.service));
  return now + Math.max(MIN_RESIDUAL_MS, rest);
}

export interface ForecastTarget {
  /** An existing waiting ticket, or a walk-in ticket taken now (`new`) for this service. */
  ticketId?: string;
  service: string;
}

/** Runs the queue forward from `now` until the target is called (see the method above). */
export function forecastWait(
  state: ConfiguredState,
  target: ForecastTarget,
  now: number,
  options: { minSamples: number; sampleSize: number },
): Forecast {
  const config = state.config;
  const policy = config.callingPolicy;
  const day = today(config, now);
  const stats = new Map<string, ServiceTimeStats>();
  const statsOf = (service: string): ServiceTimeStats => {
    let found = stats.get(service);
    if (!found)
      stats.set(
        service,
        (found = serviceTimeStats(state, service, options.minSamples, options.sampleSize)),
      );
    return found;
  };
  const { callDelayMs, arrivals } = todaysRhythm(state, day, now);
  const items: Item[] = [];
  for (const id of Object.keys(state.waiting)) {
    const ticket = state.tickets[id];
    if (!ticket || ticket.day !== day) continue;
    const appointment = ticket.appointmentId ? state.appointments[ticket.appointmentId] : undefined;
    items.push({
      ticket,
      readyAt: now,
      weight: 1,
      ...(appointment ? { appointmentStart: appointment.start } : {}),
    });
  }
  const targetId = target.ticketId ?? '(new)';
  if (!target.ticketId) {
    items.push({
      ticket: {
        id: targetId,
        service: target.service,
        priority: false,
        arrivedAt: now,
        seq: state.seq + 1,
      },
      readyAt: now,
      weight: 1,
    });
  }
  const lateMs = config.defaultCheckInWindow.lateMinutes * 60_000;
  for (const appointment of Object.values(state.appointments)) {
    if (appointment.date !== day || appointment.status !== 'booked') continue;
    if (appointment.start + lateMs < now) continue;
    // A visitor not here yet comes when those of today who came later than that came (the
    // median), weighted by the share of them among them and the no-shows: one not here at
    // their start is likely late or not coming.
    const expected = expectedArrival(arrivals, appointment.start, now);
    if (!expected) continue;
    const { readyAt, weight } = expected;
    items.push({
      ticket: {
        id: appointment.id,
        service: appointment.service,
        priority: false,
        arrivedAt: readyAt,
        seq: Number.MAX_SAFE_INTEGER,
      },
      readyAt,
      appointmentStart: appointment.start,
      weight,
    });
  }
  items.sort((a, b) => a.readyAt - b.readyAt);
  const counters: RunCounter[] = [];
  for (const counter of Object.values(state.counters)) {
    const habits = counterHabits(state, counter, now);
    if (counter.status === 'closed') {
      // A counter that usually opens later today (as on recent days) takes its share then.
      if (!habits.opens) continue;
      const expected: CounterState = {
        ...counter,
        status: 'open',
        services: habits.opens.services,
        normalStreak: PRIORITY_DUE,
        priorityStreak: 0,
      };
      counters.push({
        counter: expected,
        freeAt: habits.opens.at,
        streak: { normalStreak: PRIORITY_DUE, priorityStreak: 0 },
        queue: items.filter((item) => servesTicket(expected, item.ticket as Ticket)),
        pauses: habits.pauses,
      });
      continue;
    }
    counters.push({
      counter,
      freeAt: freeAt(
        state,
        counter,
        now,
        (s) => statsOf(s).meanMs,
        callDelayMs,
        options.sampleSize,
      ),
      streak: { normalStreak: counter.normalStreak, priorityStreak: counter.priorityStreak },
      queue: items.filter((item) => servesTicket(counter, item.ticket as Ticket)),
      pauses: habits.pauses,
    });
  }
  orderStatistics(state, counters, now, callDelayMs, options.sampleSize);
  const rates = transferRates(state, day);
  for (const run of counters) {
    const current = run.counter.currentTicketId
      ? state.tickets[run.counter.currentTicketId]
      : undefined;
    if (current)
      for (const item of transfersOf(rates, { ticket: current, weight: 1 }, run.freeAt))
        enqueue(counters, item);
  }
  const targetItem = items.find((item) => item.ticket.id === targetId);
  if (!targetItem || !counters.some((run) => run.queue.includes(targetItem)))
    return { waitMs: null, spreadMs: 0, ahead: 0, countersUsed: 0 };
  const leadMs = policy.appointmentLeadMinutes * 60_000;
  const used = new Set<string>();
  let ahead = 0;
  let variance = 0;
  const taken = new Set<Item>();
  const steps = items.length + counters.length * (items.length + 6);
  for (let guard = 0; guard < steps && counters.length > 0; guard += 1) {
    counters.sort((a, b) => a.freeAt - b.freeAt || (a.counter.id < b.counter.id ? -1 : 1));
    const run = counters[0];
    if (!run || !Number.isFinite(run.freeAt)) break;
    const t = run.freeAt;
    const pause = run.pauses[0];
    if (pause && t >= pause.at) {
      // Its usual long pause is due: it goes once the visit in progress is over.
      run.pauses.shift();
      run.freeAt = t + pause.ms;
      continue;
    }
    const pick = choose(run, taken, t, leadMs, policy);
    if (!pick) {
      // Nothing it serves is in the room yet: it waits for the next expected arrival.
      const next = run.queue.find((item) => !taken.has(item) && item.readyAt > t);
      run.freeAt = next ? next.readyAt : Number.POSITIVE_INFINITY;
      continue;
    }
    if (pick.ticket.id === targetId) {
      const counted = Math.max(1, used.size);
      const spread = Math.sqrt(variance) / counted + STRUCTURAL_SPREAD * (t - now);
      return { waitMs: t - now, spreadMs: spread, ahead, countersUsed: used.size };
    }
    taken.add(pick);
    used.add(run.counter.id);
    const time = statsOf(pick.ticket.service);
    run.freeAt = t + pick.weight * (time.meanMs + callDelayMs);
    for (const item of transfersOf(rates, pick, run.freeAt)) enqueue(counters, item);
    variance += pick.weight * time.varianceMs2;
    ahead += pick.weight;
    run.streak = nextStreak(run.streak, classAt(pick, t, leadMs, policy));
  }
  return { waitMs: null, spreadMs: 0, ahead, countersUsed: used.size };
}

function classAt(
  item: Item,
  t: number,
  leadMs: number,
  policy: ConfiguredState['config']['callingPolicy'],
): 'appointment' | 'priority' | 'normal' {
  if (
    policy.appointmentsFirst &&
    item.appointmentStart !== undefined &&
    t >= item.appointmentStart - leadMs
  )
    return 'appointment';
  if (item.ticket.priority && policy.priority.mode !== 'none') return 'priority';
  return 'normal';
}

/** The calling policy's choice for one counter at time t (calling-order.ts, replayed). */
function choose(
  run: RunCounter,
  taken: ReadonlySet<Item>,
  t: number,
  leadMs: number,
  policy: ConfiguredState['config']['callingPolicy'],
): Item | undefined {
  const services = run.counter.services;
  const heads: Partial<Record<'appointment' | 'priority' | 'normal', Item>> = {};
  const before = (a: Item, b: Item, callClass: string): boolean => {
    if (policy.acrossServices === 'counter-order') {
      const ra = services.indexOf(a.ticket.service);
      const rb = services.indexOf(b.ticket.service);
      if (ra !== rb) return ra < rb;
    }
    if (callClass === 'appointment' && a.appointmentStart !== b.appointmentStart)
      return (a.appointmentStart ?? 0) < (b.appointmentStart ?? 0);
    return (
      a.ticket.arrivedAt - b.ticket.arrivedAt < 0 ||
      (a.ticket.arrivedAt === b.ticket.arrivedAt && a.ticket.seq < b.ticket.seq)
    );
  };
  for (const item of run.queue) {
    if (item.readyAt > t) break; // the queue is by readyAt: the rest are not here yet
    if (taken.has(item)) continue;
    const callClass = classAt(item, t, leadMs, policy);
    const head = heads[callClass];
    if (!head || before(item, head, callClass)) heads[callClass] = item;
  }
  if (heads.appointment) return heads.appointment;
  const { priority, normal } = heads;
  if (priority && normal) {
    const { normalStreak, priorityStreak } = run.streak;
    const p = policy.priority;
    const takePriority =
      p.mode === 'strict' ||
      (p.mode === 'interleave' &&
        (normalStreak >= p.normal || (priorityStreak > 0 && priorityStreak < p.priority)));
    return takePriority ? priority : normal;
  }
  return priority ?? normal;
}

/** The times at which a counter may be free: drawn rests of its visit in progress, or one time. */
function freeTimes(
  state: ConfiguredState,
  run: RunCounter,
  now: number,
  callDelay: number,
  sampleSize: number,
): number[] {
  const counter = run.counter;
  if (counter.status !== 'open' || !counter.currentTicketId) return [run.freeAt];
  const current = state.tickets[counter.currentTicketId];
  if (!current) return [run.freeAt];
  const start = current.startedAt ?? (current.lastCalledAt ?? now) + callDelay;
  if (start >= now) return [run.freeAt];
  const elapsed = now - start;
  const rests = (state.serviceTimes[current.service] ?? [])
    .slice(0, sampleSize)
    .filter((d) => d > elapsed)
    .map((d) => now + Math.max(MIN_RESIDUAL_MS, d - elapsed));
  return rests.length >= MIN_RESIDUAL_SAMPLES ? rests.sort((a, b) => a - b) : [run.freeAt];
}

/**
 * Counters serving the same visitors free up in order: the first of three busy ones is
 * free sooner than each one's median rest, the last later. Within each group of counters
 * sharing services, the j-th to be free gets the median of the j-th of their free times
 * (the rests are independent), in the order of their own medians.
 */
function orderStatistics(
  state: ConfiguredState,
  counters: RunCounter[],
  now: number,
  callDelay: number,
  sampleSize: number,
): void {
  const groups: RunCounter[][] = [];
  for (const run of counters) {
    const joined = groups.filter((g) =>
      g.some((other) => other.counter.services.some((s) => run.counter.services.includes(s))),
    );
    const merged = [run, ...joined.flat()];
    for (const g of joined) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  for (const group of groups) {
    if (group.length < 2) continue;
    const times = group.map((run) => freeTimes(state, run, now, callDelay, sampleSize));
    if (times.every((t) => t.length === 1)) continue;
    const points = [...new Set(times.flat())].sort((a, b) => a - b);
    const medians: number[] = [];
    const cdf = times.map(() => 0);
    const index = times.map(() => 0);
    for (const x of points) {
      for (let i = 0; i < times.length; i += 1) {
        const own = times[i] ?? [];
        let k = index[i] ?? 0;
        while (k < own.length && (own[k] ?? 0) <= x) k += 1;
        index[i] = k;
        cdf[i] = k / own.length;
      }
      // P(at least j+1 counters free by x), by the Poisson-binomial recursion.
      let dist = [1];
      for (const p of cdf) {
        const next = new Array<number>(dist.length + 1).fill(0);
        for (let n = 0; n < dist.length; n += 1) {
          next[n] = (next[n] ?? 0) + (dist[n] ?? 0) * (1 - p);
          next[n + 1] = (next[n + 1] ?? 0) + (dist[n] ?? 0) * p;
        }
        dist = next;
      }
      let atLeast = 0;
      for (let n = dist.length - 1; n >= 1; n -= 1) {
        atLeast += dist[n] ?? 0;
        const j = n - 1;
        if (medians[j] === undefined && atLeast >= 0.5) medians[j] = x;
      }
      if (medians.length === group.length && medians.every((m) => m !== undefined)) break;
    }
    const ordered = [...group].sort((a, b) => a.freeAt - b.freeAt);
    ordered.forEach((run, j) => {
      const m = medians[j];
      if (m !== undefined) run.freeAt = m;
    });
  }
}
