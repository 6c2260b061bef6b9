import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoAppointments } from '../demo/demo-appointments';
import { demoSiteConfig } from '../demo/demo-site';
import type { CallingPolicy } from '../domain/calling-policy';
import type { SiteConfig } from '../domain/site-config';
import { commandSchema, type Command } from './commands';
import type { Actor } from './context';
import { decide } from './decide';
import { errorHttpStatus } from './errors';
import { domainEventSchema, type DomainEvent } from './events';
import { evolve, replay } from './evolve';
import { snapshotOf, stateFromSnapshot } from './snapshot';
import { initialState } from './state';
import { at } from './engine-harness';
import {
  check,
  checkCall,
  checkInvariants,
  deepFreeze,
  fingerprint,
} from './test-support/queue-invariants';
import {
  actionArbitrary,
  commandFor,
  type Action,
  type Kind,
} from './test-support/random-commands';

// Random command sequences against the demo site, checking after every step the
// invariants the queue must never break, whatever agents, kiosks and managers do.

const day = '2026-04-07';
const demo = deepFreeze(demoSiteConfig());
const appointments = deepFreeze(demoAppointments(demo, day, { seed: 7 }));

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
    const { command, actor } = commandFor(action, state, config, now, { date: day, appointments });
    apply(command, actor);
  }
  // Event sourcing is sound: the log alone rebuilds the same state.
  expect(replay(log)).toEqual(state);
  // And a snapshot anywhere in the log, plus the events after it, is that same state.
  for (const cut of [Math.floor(log.length / 3), Math.floor((2 * log.length) / 3)]) {
    const snapshot = stateFromSnapshot(snapshotOf(replay(log.slice(0, cut))));
    if (!snapshot.ok) throw new Error(snapshot.reason);
    expect(replay(log.slice(cut), snapshot.state)).toEqual(state);
  }
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
