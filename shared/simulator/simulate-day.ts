import { openingIntervals } from '../calendar/opening-hours';
import { weekdayOf } from '../calendar/zoned-time';
import type { SiteConfig } from '../domain/site-config';
import type { Command } from '../engine/commands';
import type { DomainEvent } from '../engine/events';
import type { EngineHarness } from '../engine/engine-harness';
import { ticketView } from '../engine/views/ticket-view';
import type { PublicWaitEstimate } from '../engine/views/public-estimate';
import { appointmentBook } from './appointment-book';
import { agentPlans, CLOSE_GRACE_MINUTES, type AgentAction } from './agent-plans';
import { appointmentArrivals, walkInArrivals, type Arrival } from './arrivals';
import { baselines, type PredictionContext } from './baselines';
import { saturdayShifts, serviceTimes, transfers, visitors, type DayProfile } from './day-profiles';
import { Agenda } from './agenda';
import { createRandom, type Random } from './random';

// One simulated day driven through the real engine (decide, then evolve, by the engine's
// harness) on a fake clock: visitors arrive, agents open, call, serve, transfer, pause and
// close. Pure: the same configuration, date, profile and seed give the same events.

export type PredictorName = 'ours' | keyof typeof baselines;

/** One ticket as issued (a walk-in or an appointment's check-in): what was promised, what came. */
export interface SimulatedTicket {
  ticketId: string;
  service: string;
  kind: 'walk-in' | 'appointment';
  priority: boolean;
  issuedAt: number;
  /** First call; absent when the visitor was never called (the day ended first). */
  calledAt?: number;
  noShow: boolean;
  /** Each predictor's wait at issue, in minutes (null: it gave no figure). */
  predictions: Record<PredictorName, number | null>;
  /** What the kiosk would print: a figure, a range, "more than", or nothing. */
  shown?: PublicWaitEstimate;
  /** Our estimate's spread (one standard deviation) at issue, in minutes. */
  spreadMinutes?: number;
}

export interface SimulatedDay {
  date: string;
  profile: string;
  seed: number;
  events: DomainEvent[];
  tickets: SimulatedTicket[];
  /** Commands the engine refused (kiosk after cut-off, a late check-in): expected, counted. */
  refusals: Record<string, number>;
}

type Happening =
  | { kind: 'arrival'; arrival: Arrival }
  | { kind: 'agent'; action: AgentAction; plannedAt: number }
  | { kind: 'resume'; counterId: string }
  | { kind: 'at-counter'; ticketId: string }
  | { kind: 'no-answer'; ticketId: string }
  | { kind: 'finish'; ticketId: string; counterId: string };

export interface SimulateOptions {
  /** Called after each command the engine accepted (the property tests check invariants). */
  onStep?: (harness: EngineHarness) => void;
}

const minute = 60_000;

class DaySimulation {
  readonly agenda = new Agenda<Happening>();
  readonly tickets = new Map<string, SimulatedTicket>();
  readonly refusals: Record<string, number> = {};
  readonly pending = new Map<string, { action: AgentAction; plannedAt: number }>();
  readonly lastWaitByService: Record<string, number> = {};
  private logged: number;

  constructor(
    readonly hub: EngineHarness,
    readonly config: SiteConfig,
    readonly random: Random,
    readonly options: SimulateOptions,
  ) {
    this.logged = hub.log.length;
  }

  run(command: Command): DomainEvent[] {
    const decision = this.hub.try(command);
    if (!decision.ok) {
      if (decision.error.code === 'queue-empty') return [];
      const key = `${command.type}: ${decision.error.code}`;
      this.refusals[key] = (this.refusals[key] ?? 0) + 1;
      return [];
    }
    this.options.onStep?.(this.hub);
    for (const event of this.hub.log.slice(this.logged)) this.observe(event);
    this.logged = this.hub.log.length;
    return decision.events;
  }

  private observe(event: DomainEvent): void {
    if (event.type === 'ticket:called') {
      const ticket = this.hub.state.tickets[event.ticketId];
      const record = this.tickets.get(event.ticketId);
      if (record && record.calledAt === undefined) record.calledAt = event.at;
      if (ticket && ticket.recalls === 0)
        this.lastWaitByService[ticket.service] = event.at - ticket.queuedAt;
    }
    if (event.type === 'ticket:marked-no-show') {
      const record = this.tickets.get(event.ticketId);
      if (record) record.noShow = true;
    }
  }

  arrive(arrival: Arrival): void {
    const command: Command =
      arrival.kind === 'walk-in'
        ? {
            type: 'ticket:issue',
            service: arrival.service,
            priority: arrival.priority,
            channel: 'kiosk',
            language: 'fr',
          }
        : {
            type: 'appointment:check-in',
            reference: arrival.reference,
            priority: arrival.priority,
            channel: 'kiosk',
          };
    const issued = this.run(command).find((e) => e.type === 'ticket:issued');
    if (issued?.type !== 'ticket:issued') return;
    this.record(issued.ticketId, arrival.kind);
  }

  private record(ticketId: string, kind: SimulatedTicket['kind']): void {
    const { state, now } = this.hub;
    const ticket = state.tickets[ticketId];
    if (!ticket) return;
    const view = ticketView(state, ticketId, now);
    const context: PredictionContext = {
      state,
      ticket,
      now,
      lastWaitByService: this.lastWaitByService,
    };
    const predictions = { ours: view?.estimate?.minutes ?? null } as SimulatedTicket['predictions'];
    for (const [name, predict] of Object.entries(baselines))
      predictions[name as keyof typeof baselines] = predict(context);
    this.tickets.set(ticketId, {
      ticketId,
      service: ticket.service,
      kind,
      priority: ticket.priority,
      issuedAt: now,
      noShow: false,
      predictions,
      ...(view?.estimate?.shown ? { shown: view.estimate.shown } : {}),
      ...(view?.estimate?.spreadMinutes !== undefined
        ? { spreadMinutes: view.estimate.spreadMinutes }
        : {}),
    });
  }

  /** Every free counter acts: a due pause or close first, else it calls the next visitor. */
  dispatch(): void {
    for (const counter of Object.values(this.hub.state.counters)) {
      if (counter.currentTicketId) continue;
      const pending = this.pending.get(counter.id);
      if (pending && counter.status !== 'paused' && this.perform(pending)) {
        this.pending.delete(counter.id);
        continue;
      }
      if (counter.status !== 'open') continue;
      const called = this.run({ type: 'counter:call-next', counterId: counter.id }).find(
        (e) => e.type === 'ticket:called',
      );
      if (called?.type === 'ticket:called') this.answer(called.ticketId);
    }
  }

  /** Performs an agent's action on a free counter; false when it must wait longer. */
  private perform({ action, plannedAt }: { action: AgentAction; plannedAt: number }): boolean {
    const counter = this.hub.state.counters[action.counterId];
    if (action.kind === 'open') {
      this.run({
        type: 'counter:open',
        counterId: action.counterId,
        agentId: action.agentId,
        services: action.services,
      });
      return true;
    }
    if (counter?.status !== 'open') return true;
    if (action.kind === 'pause') {
      this.run({ type: 'counter:pause', counterId: action.counterId, reason: action.reason });
      this.agenda.add(this.hub.now + action.minutes * minute, {
        kind: 'resume',
        counterId: action.counterId,
      });
      return true;
    }
    // Visitors still waiting for this counter are served before it closes, up to a grace.
    if (this.hub.now - plannedAt <= CLOSE_GRACE_MINUTES * minute) {
      const called = this.run({ type: 'counter:call-next', counterId: action.counterId }).find(
        (e) => e.type === 'ticket:called',
      );
      if (called?.type === 'ticket:called') {
        this.answer(called.ticketId);
        return false;
      }
    }
    this.run({ type: 'counter:close', counterId: action.counterId });
    return true;
  }

  /** The called visitor: walks up, or is not there and may come at a recall. */
  private answer(ticketId: string): void {
    const [low, high] = visitors.walkToCounterMinutes;
    if (this.random.chance(visitors.absentAtCall)) {
      this.agenda.add(this.hub.now + visitors.recallAfterMinutes * minute, {
        kind: 'no-answer',
        ticketId,
      });
    } else {
      this.agenda.add(this.hub.now + this.random.uniform(low, high) * minute, {
        kind: 'at-counter',
        ticketId,
      });
    }
  }

  happen(item: Happening): void {
    switch (item.kind) {
      case 'arrival':
        return this.arrive(item.arrival);
      case 'agent':
        this.pending.set(item.action.counterId, {
          action: item.action,
          plannedAt: item.plannedAt,
        });
        return;
      case 'resume':
        this.run({ type: 'counter:resume', counterId: item.counterId });
        return;
      case 'at-counter': {
        const ticket = this.hub.state.tickets[item.ticketId];
        if (ticket?.state !== 'called' || !ticket.counterId) return;
        this.run({ type: 'ticket:start', ticketId: item.ticketId });
        const model = serviceTimes[ticket.service] ?? { medianMinutes: 10, sigma: 0.5 };
        const minutes = Math.min(90, this.random.logNormal(model.medianMinutes, model.sigma));
        this.agenda.add(this.hub.now + minutes * minute, {
          kind: 'finish',
          ticketId: item.ticketId,
          counterId: ticket.counterId,
        });
        return;
      }
      case 'no-answer': {
        const events = this.run({ type: 'ticket:recall', ticketId: item.ticketId });
        if (!events.some((e) => e.type === 'ticket:recalled')) return;
        const comes = this.random.chance(visitors.comeBackAtRecall);
        this.agenda.add(this.hub.now + (comes ? 0.7 : visitors.recallAfterMinutes) * minute, {
          kind: comes ? 'at-counter' : 'no-answer',
          ticketId: item.ticketId,
        });
        return;
      }
      case 'finish': {
        const ticket = this.hub.state.tickets[item.ticketId];
        if (ticket?.state !== 'serving') return;
        const rule = (transfers[ticket.service] ?? []).find((r) =>
          this.random.chance(r.probability),
        );
        if (rule && this.config.services.some((s) => s.code === rule.to)) {
          this.run({ type: 'ticket:transfer', ticketId: item.ticketId, to: { service: rule.to } });
        } else {
          this.run({ type: 'ticket:finish', ticketId: item.ticketId, outcome: 'resolved' });
        }
        return;
      }
    }
  }
}

/**
 * Simulates one day on `hub` (whose clock it moves): loads the day's appointments, then
 * plays arrivals and agents' actions until every counter has closed, and ends the day.
 */
export function simulateDay(
  hub: EngineHarness,
  config: SiteConfig,
  date: string,
  profile: DayProfile,
  seed: number,
  options: SimulateOptions = {},
): SimulatedDay {
  const random = createRandom(seed);
  const intervals = openingIntervals(config.calendar, config.timezone, date);
  const first = intervals[0];
  const logStart = hub.log.length;
  const day: SimulatedDay = {
    date,
    profile: profile.name,
    seed,
    events: [],
    tickets: [],
    refusals: {},
  };
  if (!first) return day;
  const sim = new DaySimulation(hub, config, random, options);
  hub.now = first.from - 30 * minute;
  const shifts = weekdayOf(date) === 'sat' ? saturdayShifts(profile) : profile.shifts;
  const appointments = appointmentBook(config, date, shifts, profile, random);
  sim.run({ type: 'appointments:load', date, appointments });
  for (const plan of agentPlans(shifts, date, config.timezone, random))
    sim.agenda.add(plan.at, { kind: 'agent', action: plan.action, plannedAt: plan.at });
  for (const arrival of [
    ...walkInArrivals(config, date, profile, random),
    ...appointmentArrivals(config, appointments, random),
  ])
    sim.agenda.add(arrival.at, { kind: 'arrival', arrival });
  for (let next = sim.agenda.take(); next; next = sim.agenda.take()) {
    hub.now = Math.max(hub.now, next.at);
    sim.happen(next.item);
    sim.dispatch();
  }
  sim.run({ type: 'day:end', day: date });
  day.events = hub.log.slice(logStart);
  day.tickets = [...sim.tickets.values()];
  day.refusals = sim.refusals;
  return day;
}
