import fc from 'fast-check';
import type { AppointmentInput } from '../../domain/appointment';
import type { SiteConfig } from '../../domain/site-config';
import { channels, type Ticket } from '../../domain/ticket';
import type { Command } from '../commands';
import type { Actor } from '../context';
import { decideConditions } from '../decide-conditions';
import type { QueueState } from '../state';

// Random actions for the property tests, turned into commands against the current state:
// mostly sensible ones (call an open counter, finish a ticket being served), some
// deliberately wrong (another agent's counter, a closed ticket), so refusals are exercised.

export const kinds = [
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
  'deliver',
  'help',
  'acknowledge',
  'device-report',
  'reprint',
  'move',
  'message',
  'conditions',
] as const;
export type Kind = (typeof kinds)[number];

export interface Action {
  kind: Kind;
  a: number;
  b: number;
  flag: boolean;
  minutes: number;
}

export const actionArbitrary: fc.Arbitrary<Action> = fc.record({
  kind: fc.constantFrom(...kinds),
  a: fc.nat(10_000),
  b: fc.nat(10_000),
  flag: fc.boolean(),
  minutes: fc.integer({ min: 0, max: 6 }),
});

function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

function ticketsIn(state: QueueState, states: readonly Ticket['state'][]): Ticket[] {
  return Object.values(state.tickets)
    .filter((t) => states.includes(t.state))
    .sort((x, y) => x.seq - y.seq);
}

/** Turns a random action into a command (some deliberately wrong), with its actor. */
export function commandFor(
  action: Action,
  state: QueueState,
  config: SiteConfig,
  now: number,
  day: { date: string; appointments: readonly AppointmentInput[] },
): { command: Command; actor: Actor } {
  const { appointments } = day;
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
        actor: { role: 'kiosk', deviceId: `kiosk-${a % 2}` },
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
        command: { type: 'appointments:load', date: day.date, appointments: kept },
        actor: { role: 'system' },
      };
    }
    case 'deliver':
      return {
        command: {
          type: 'ticket:deliver',
          ticketId: anyTicket,
          medium: flag ? 'printed' : 'paperless',
        },
        actor: { role: 'kiosk', deviceId: `kiosk-${b % 2}` },
      };
    case 'help':
      return {
        command: { type: 'alert:raise', kind: 'help-requested' },
        actor: { role: 'kiosk', deviceId: `kiosk-${b % 2}`, deviceLabel: `Borne ${b % 2}` },
      };
    case 'acknowledge':
      return {
        command: { type: 'alert:acknowledge', alertId: `alert-${(a % (state.alertSeq + 1)) + 1}` },
        actor: staff,
      };
    case 'device-report': {
      const printerStates = ['ready', 'paper-out', 'paper-near-end', 'offline'] as const;
      return {
        command: {
          type: 'devices:report',
          statuses: [
            {
              kind: 'printer',
              deviceId: 'printer',
              state: pick(printerStates, a) ?? 'ready',
              readsStatus: true,
              lastReadAt: now,
            },
          ],
        },
        actor: { role: 'kiosk', deviceId: `kiosk-${b % 2}`, deviceLabel: `Borne ${b % 2}` },
      };
    }
    case 'reprint': {
      // An agent at a counter reprints a lost ticket (or tries one that is not theirs to).
      const holder = Object.values(state.counters).find((c) => c.status !== 'closed');
      return {
        command: { type: 'ticket:reprint', ticketId: anyTicket, reason: 'Perdu' },
        actor: { role: 'counter', agentId: flag ? agent : (holder?.agentId ?? agent) },
      };
    }
    case 'move': {
      // A manager moves a few waiting tickets (an agent trying it is refused).
      const waiting = ticketsIn(state, ['waiting']);
      const ids = flag ? [anyTicket] : waiting.slice(a % 4, (a % 4) + 1 + (b % 3)).map((t) => t.id);
      const to =
        b % 2 === 0
          ? { serviceId: pick(config.services, a)?.code ?? 'iris' }
          : { counterId: counter };
      return {
        command: { type: 'tickets:move', ticketIds: ids.length > 0 ? ids : ['missing'], to },
        actor: flag && a % 7 === 0 ? { role: 'counter', agentId: agent } : { role: 'manager' },
      };
    }
    case 'message':
      return {
        command: flag
          ? { type: 'display:clear-message' }
          : { type: 'display:message', text: `Message ${a % 3}` },
        actor: { role: 'manager', agentId: agent },
      };
    case 'conditions': {
      // What the hub's condition keeper would send first now (a device silent for a while).
      const [first] = decideConditions(state, {
        now,
        devices: [{ deviceId: 'kiosk-0', label: 'Borne 0', lastContactAt: now - b * 1000 }],
        syncOldestPendingAt: flag ? now - a * 1000 : null,
        lateComplaintIds: a % 3 === 0 ? ['R-2026-0001'] : [],
      });
      return first
        ? { command: first, actor: { role: 'system' } }
        : { command: { type: 'display:clear-message' }, actor: { role: 'system' } };
    }
    case 'day-end':
      // Rare: ending the day empties the queue.
      return a % 5 === 0
        ? { command: { type: 'day:end' }, actor: { role: 'manager' } }
        : { command: { type: 'counter:call-next', counterId: counter }, actor: { role: 'system' } };
  }
}

/** The class of a waiting ticket, worked out independently of the engine's code. */
