import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoAppointments } from '../demo/demo-appointments';
import { demoSiteConfig } from '../demo/demo-site';
import type { CallingPolicy } from '../domain/calling-policy';
import type { SiteConfig } from '../domain/site-config';
import { activeTicketStates, channels, type Ticket } from '../domain/ticket';
import { commandSchema, type Command } from './commands';
import type { Actor } from './context';
import { decide } from './decide';
import { errorHttpStatus } from './errors';
import { domainEventSchema, type DomainEvent } from './events';
import { evolve, replay } from './evolve';
import { initialState, type CounterState, type QueueState } from './state';
import { at } from './test-support/engine-harness';

// Random command sequences against the demo site, checking after every step the
// invariants the queue must never break, whatever agents, kiosks and managers do.

const day = '2026-04-07';
const demo = deepFreeze(demoSiteConfig());
const appointments = deepFreeze(demoAppointments(demo, day, { seed: 7 }));

const kinds = [
  ...Array<'issue'>(6).fill('issue'),
  ...Array<'call-next'>(5).fill('call-next'),
  ...Array<'check-in'>(3).fill('check-in'),
  ...Array<'start'>(3).fill('start'),
  ...Array<'finish'>(3).fill('finish'),
  ...Array<'open'>(2).fill('open'),
  ...Array<'transfer'>(2).fill('transfer'),
  'call-ticket',
  'recall',
  'no-show',
  'cancel',
  'pause',
  'resume',
  'close',
  'reload',
  'day-end',
] as const;
type Kind = (typeof kinds)[number];

interface Action {
  kind: Kind;
  a: number;
  b: number;
  flag: boolean;
  minutes: number;
}

const actionArbitrary: fc.Arbitrary<Action> = fc.record({
  kind: fc.constantFrom(...kinds),
  a: fc.nat(10_000),
  b: fc.nat(10_000),
  flag: fc.boolean(),
  minutes: fc.integer({ min: 0, max: 6 }),
});

const policies: CallingPolicy[] = [
  demo.callingPolicy,
  { ...demo.callingPolicy, priority: { mode: 'strict' } },
  {
    ...demo.callingPolicy,
    priority: { mode: 'interleave', normal: 3, priority: 2 },
    appointmentsFirst: false,
  },
  { ...demo.callingPolicy, priority: { mode: 'none' }, acrossServices: 'counter-order' },
];

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

function ticketsIn(state: QueueState, states: readonly Ticket['state'][]): Ticket[] {
  return Object.values(state.tickets)
    .filter((t) => states.includes(t.state))
    .sort((x, y) => x.seq - y.seq);
}

/** Turns a random action into a command (some deliberately wrong), with its actor. */
function commandFor(
  action: Action,
  state: QueueState,
  config: SiteConfig,
  now: number,
): { command: Command; actor: Actor } {
  const { a, b, flag } = action;
  const counter = pick(config.counters, a)?.id ?? 'g1';
  const agent = pick(config.agents, b)?.id ?? 'agent-01';
  const live = ticketsIn(state, ['waiting', 'called', 'serving']);
  const anyTicket =
    pick(flag ? Object.keys(state.tickets).sort() : live.map((t) => t.id), a) ?? 'missing';
  // Now and then an agent acts on someone else's counter or ticket: it must be refused.
  const staff: Actor =
    flag && a % 7 === 0 ? { role: 'counter', agentId: agent } : { role: 'system' };
  const walkInServices = config.services.filter((s) => s.mode !== 'appointment');
  switch (action.kind) {
    case 'issue':
      return {
        command: {
          type: 'ticket:issue',
          service: pick(flag && b % 4 === 0 ? config.services : walkInServices, a)?.code ?? 'iris',
          priority: flag,
          channel: pick(channels, b) ?? 'kiosk',
          language: pick(config.languages, b) ?? 'fr',
        },
        actor: { role: 'kiosk' },
      };
    case 'check-in': {
      const near = appointments.filter(
        (x) => x.start > now - 20 * 60_000 && x.start < now + 40 * 60_000,
      );
      const appointment = pick(near.length > 0 && !flag ? near : appointments, a);
      const references = [
        appointment?.bookingCode,
        appointment?.antsNumber,
        appointment?.qrToken,
      ].filter((r): r is string => r !== undefined);
      return {
        command: { type: 'appointment:check-in', reference: pick(references, b) ?? 'NOPE' },
        actor: { role: 'kiosk' },
      };
    }
    case 'open':
      return {
        command: { type: 'counter:open', counterId: counter, agentId: agent, services: [] },
        actor: staff,
      };
    case 'close':
      return { command: { type: 'counter:close', counterId: counter }, actor: staff };
    case 'pause':
      return {
        command: { type: 'counter:pause', counterId: counter, reason: 'Pause' },
        actor: staff,
      };
    case 'resume':
      return { command: { type: 'counter:resume', counterId: counter }, actor: staff };
    case 'call-next': {
      const open = Object.values(state.counters).filter(
        (c) => c.status === 'open' && !c.currentTicketId,
      );
      return {
        command: { type: 'counter:call-next', counterId: pick(open, a)?.id ?? counter },
        actor: staff,
      };
    }
    case 'call-ticket':
      return {
        command: { type: 'counter:call-ticket', counterId: counter, ticketId: anyTicket },
        actor: staff,
      };
    case 'recall':
    case 'start':
    case 'no-show':
    case 'cancel': {
      const called = pick(ticketsIn(state, ['called']), a)?.id ?? anyTicket;
      const ticketId = flag ? anyTicket : called;
      const type = (
        {
          recall: 'ticket:recall',
          start: 'ticket:start',
          'no-show': 'ticket:no-show',
          cancel: 'ticket:cancel',
        } as const
      )[action.kind];
      return { command: { type, ticketId }, actor: staff };
    }
    case 'finish': {
      const serving = pick(ticketsIn(state, flag ? ['called'] : ['serving']), a)?.id ?? anyTicket;
      const outcome =
        flag && b % 5 === 0 ? 'bogus' : (pick(config.outcomes, b)?.code ?? 'resolved');
      return {
        command: { type: 'ticket:finish', ticketId: serving, outcome, note: 'Note factuelle' },
        actor: staff,
      };
    }
    case 'transfer': {
      const to =
        b % 3 === 0
          ? { service: pick(config.services, b)?.code ?? 'iris' }
          : b % 3 === 1
            ? { counterId: counter }
            : { agentId: agent };
      return { command: { type: 'ticket:transfer', ticketId: anyTicket, to }, actor: staff };
    }
    case 'reload': {
      const kept = appointments.filter((_, index) => (index + a) % 7 !== 0);
      return {
        command: { type: 'appointments:load', date: day, appointments: kept },
        actor: { role: 'system' },
      };
    }
    case 'day-end':
      // Rare: ending the day empties the queue.
      return a % 5 === 0
        ? { command: { type: 'day:end' }, actor: { role: 'manager' } }
        : { command: { type: 'counter:call-next', counterId: counter }, actor: { role: 'system' } };
  }
}

/** The class of a waiting ticket, worked out independently of the engine's code. */
function classOf(state: QueueState, config: SiteConfig, ticket: Ticket, now: number): string {
  const policy = config.callingPolicy;
  const appointment = ticket.appointmentId ? state.appointments[ticket.appointmentId] : undefined;
  if (
    policy.appointmentsFirst &&
    appointment &&
    appointment.start - policy.appointmentLeadMinutes * 60_000 <= now
  ) {
    return 'appointment';
  }
  return ticket.priority && policy.priority.mode !== 'none' ? 'priority' : 'normal';
}

function eligible(counter: CounterState, ticket: Ticket, today: string): boolean {
  if (ticket.state !== 'waiting' || ticket.day !== today) return false;
  if (ticket.reservedCounterId) return ticket.reservedCounterId === counter.id;
  if (ticket.reservedAgentId) return ticket.reservedAgentId === counter.agentId;
  return counter.services.includes(ticket.service);
}

/** Frozen inputs make any mutation by the engine throw, at no cost per step. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** What decide could mutate, as text: everything but the (frozen) configuration. */
function fingerprint(state: QueueState): string {
  return JSON.stringify({ ...state, config: null });
}

/** A cheap assertion for the hot loop (expect() per step would dominate the run time). */
function check(condition: boolean, message: string, detail?: unknown): asserts condition {
  if (!condition)
    throw new Error(`${message}${detail === undefined ? '' : `: ${JSON.stringify(detail)}`}`);
}

function checkCall(
  before: QueueState,
  config: SiteConfig,
  event: DomainEvent & { type: 'ticket:called' },
  now: number,
): void {
  const counter = before.counters[event.counterId];
  const called = before.tickets[event.ticketId];
  check(
    counter !== undefined && called !== undefined,
    'call of an unknown counter or ticket',
    event,
  );
  check(called.state === 'waiting', 'called a ticket that was not waiting', called);
  if (event.pick !== 'next') return;
  const others = Object.values(before.tickets).filter(
    (t) => eligible(counter, t, called.day) && t.id !== called.id,
  );
  const calledClass = classOf(before, config, called, now);
  check(event.callClass === calledClass, 'wrong call class', { event, calledClass });
  if (config.callingPolicy.appointmentsFirst && calledClass !== 'appointment') {
    const due = others.filter((t) => classOf(before, config, t, now) === 'appointment');
    check(due.length === 0, 'a due appointment was passed over', due);
  }
  if (calledClass === 'appointment') return; // ordered by appointment time, see unit tests
  const sameQueue = others.filter(
    (t) =>
      classOf(before, config, t, now) === calledClass &&
      (config.callingPolicy.acrossServices === 'longest-wait' || t.service === called.service),
  );
  // First come, first served within a class, by original arrival (kept across transfers).
  for (const other of sameQueue) {
    const after =
      other.arrivedAt > called.arrivedAt ||
      (other.arrivedAt === called.arrivedAt && other.seq > called.seq);
    check(after, 'a ticket that arrived earlier in the same class was passed over', {
      called,
      other,
    });
  }
}

function checkInvariants(state: QueueState): void {
  const active = Object.values(state.tickets).filter((t) => activeTicketStates.has(t.state));
  // Display numbers: unique among active tickets (so per service and day too).
  const numbers = active.map((t) => t.number);
  check(new Set(numbers).size === numbers.length, 'two active tickets share a number', numbers);
  const byNumber = Object.fromEntries(active.map((t) => [t.number, t.id]));
  check(
    JSON.stringify(Object.entries(byNumber).sort()) ===
      JSON.stringify(Object.entries(state.activeNumbers).sort()),
    'active number index out of step',
  );
  const waiting = active
    .filter((t) => t.state === 'waiting')
    .map((t) => t.id)
    .sort();
  check(
    JSON.stringify(Object.keys(state.waiting).sort()) === JSON.stringify(waiting),
    'waiting index out of step',
  );
  // A ticket is at one counter at most, and the counter agrees.
  const held = Object.values(state.counters).flatMap((c) =>
    c.currentTicketId ? [[c.id, c.currentTicketId] as const] : [],
  );
  check(
    new Set(held.map(([, id]) => id)).size === held.length,
    'a ticket is at two counters',
    held,
  );
  for (const [counterId, id] of held) {
    const ticket = state.tickets[id];
    check(ticket?.counterId === counterId, 'counter and ticket disagree', { counterId, ticket });
    check(
      ticket.state === 'called' || ticket.state === 'serving',
      'counter holds a closed ticket',
      ticket,
    );
    check(
      state.counters[counterId]?.status !== 'closed',
      'a closed counter holds a ticket',
      counterId,
    );
  }
  for (const ticket of active.filter((t) => t.state !== 'waiting')) {
    const holders = held.filter(([, id]) => id === ticket.id).length;
    check(holders === 1, 'a called ticket is held by no counter or by several', {
      ticket,
      holders,
    });
  }
}

function run(actions: Action[], policy: CallingPolicy): void {
  const config: SiteConfig = Object.freeze({ ...demo, callingPolicy: policy });
  let state = initialState();
  const log: DomainEvent[] = [];
  const ids = new Set<string>();
  let now = at(day, '08:30');
  let tokens = 0;
  let step = 0;
  const apply = (command: Command, actor: Actor) => {
    const bulk = command.type === 'appointments:load' || command.type === 'config:replace';
    // Bulk lists are the same few every time: checked once in full, not at each step.
    if (!bulk || log.length === 0) {
      check(commandSchema.safeParse(command).success, 'generated an invalid command', command);
    }
    // Serialising the state is the slow part of this test: compare every few steps.
    const compare = (step += 1) % 5 === 0;
    const before = compare ? fingerprint(state) : '';
    const decision = decide(state, command, { now, actor, newToken: () => `tok-${(tokens += 1)}` });
    check(!compare || fingerprint(state) === before, 'decide mutated its input', command.type);
    if (!decision.ok) {
      check(
        errorHttpStatus[decision.error.code] !== undefined,
        'unknown error code',
        decision.error,
      );
      check(decision.error.message.length > 10, 'refusal without an explanation', decision.error);
      return;
    }
    for (const event of decision.events) {
      if (event.type !== 'appointments:loaded' || log.length < 3) {
        check(domainEventSchema.safeParse(event).success, 'event outside the contract', event);
      }
      if (event.type === 'ticket:called') checkCall(state, config, event, now);
      if (event.type === 'ticket:issued' || event.type === 'ticket:transferred') {
        const id = event.type === 'ticket:issued' ? event.ticketId : event.newTicketId;
        check(!ids.has(id), 'ticket id reused', id);
        ids.add(id);
      }
      const previous =
        event.type === 'ticket:transferred' ? { ...state.tickets[event.ticketId] } : undefined;
      state = evolve(state, event);
      log.push(event);
      if (event.type === 'ticket:transferred' && previous) {
        const next = state.tickets[event.newTicketId];
        check(
          next !== undefined &&
            next.number === previous.number &&
            next.token === previous.token &&
            next.arrivedAt === previous.arrivedAt,
          'a transfer lost the visitor their number or place',
          { previous, next },
        );
      }
    }
    checkInvariants(state);
  };
  apply({ type: 'config:replace', config }, { role: 'admin' });
  apply({ type: 'appointments:load', date: day, appointments }, { role: 'system' });
  for (const action of actions) {
    now += action.minutes * 60_000;
    const { command, actor } = commandFor(action, state, config, now);
    apply(command, actor);
  }
  // Event sourcing is sound: the log alone rebuilds the same state.
  expect(replay(log)).toEqual(state);
  const reparsed = log.map((e) => domainEventSchema.parse(JSON.parse(JSON.stringify(e))));
  expect(replay(reparsed)).toEqual(JSON.parse(JSON.stringify(state)));
}

describe('queue engine properties under random command sequences', () => {
  it('keeps every invariant, whatever the calling policy', () => {
    fc.assert(
      fc.property(
        fc.array(actionArbitrary, { minLength: 20, maxLength: 160 }),
        fc.constantFrom(...policies),
        run,
      ),
      { numRuns: 120 },
    );
  });

  it('keeps them in a crowded morning with many counters calling', () => {
    const busy = fc.array(
      fc.record({
        kind: fc.constantFrom<Kind>(
          'issue',
          'issue',
          'issue',
          'call-next',
          'call-next',
          'open',
          'finish',
          'start',
          'transfer',
          'recall',
        ),
        a: fc.nat(10_000),
        b: fc.nat(10_000),
        flag: fc.boolean(),
        minutes: fc.constantFrom(0, 0, 1),
      }),
      { minLength: 50, maxLength: 300 },
    );
    fc.assert(fc.property(busy, fc.constantFrom(...policies), run), { numRuns: 40 });
  });
});
