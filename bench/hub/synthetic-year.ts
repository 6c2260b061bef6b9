import { addDays, zonedEpoch } from '../../shared/calendar/zoned-time';
import { demoSiteConfig } from '../../shared/demo';
import {
  decide,
  evolve,
  initialState,
  type Actor,
  type Command,
  type DomainEvent,
  type QueueState,
} from '../../shared/engine';
import { EventLog } from '../../main/hub/store/event-log';
import type { Db } from '../../main/hub/store/open-database';

// A year of a busy site written straight into a hub database: the events the hub would
// have recorded (decided and folded by the real engine), one transaction per day. It
// measures what a long log costs at start, without waiting a year for it.

export interface YearShape {
  days: number;
  ticketsPerDay: number;
  /** First day ("YYYY-MM-DD"). */
  from?: string;
  /** Then this many visits of one more day, not ended (a hub stopped mid-morning). */
  partialDay?: number;
}

export interface WrittenYear {
  events: number;
  tickets: number;
  /** The most tickets the state held, just before a day's end. */
  peakTickets: number;
  lastState: QueueState;
}

const system: Actor = { role: 'system' };
export const defaultFrom = '2025-01-06';
const kiosk: Actor = { role: 'kiosk', deviceId: 'kiosk-hall', deviceLabel: 'Borne du hall' };
/** Counters and agents that serve IRIS on the demo site. */
const desks = [
  ['g1', 'agent-01'],
  ['g2', 'agent-02'],
  ['g3', 'agent-03'],
  ['g8', 'agent-08'],
] as const;

/** The demo site, open every day 08:00–20:00 so that every synthetic day is a working day. */
function yearConfig() {
  const config = demoSiteConfig();
  const day = [{ from: '08:00', to: '20:00' }];
  return {
    ...config,
    calendar: {
      ...config.calendar,
      weekly: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day },
      seasonal: [],
      closures: [],
      exceptionalHours: [],
      publicHolidays: 'none' as const,
    },
  };
}

/**
 * Writes `days` days of `ticketsPerDay` walk-in visits each (issued at the kiosk, called,
 * started and finished; every tenth a no-show), then the day's end. `afterDay` runs after
 * each day's commit (the hub's snapshot writer, for instance).
 */
export function writeSyntheticYear(
  db: Db,
  shape: YearShape,
  afterDay: (state: QueueState, seq: number) => void = () => {},
): WrittenYear {
  const log = new EventLog<DomainEvent>(db);
  const config = yearConfig();
  let state = initialState();
  let seq = log.lastSeq();
  let tokens = 0;
  let tickets = 0;
  let peakTickets = 0;
  const run = (command: Command, actor: Actor, now: number): DomainEvent[] => {
    const decision = decide(state, command, {
      now,
      actor,
      newToken: () => `synthetic-token-${(tokens += 1)}`,
    });
    if (!decision.ok) throw new Error(`${command.type} refused: ${decision.error.message}`);
    seq = log.append(decision.events, actor);
    for (const event of decision.events) state = evolve(state, event);
    return decision.events;
  };
  const from = shape.from ?? defaultFrom;
  const step = Math.floor((11 * 3_600_000) / shape.ticketsPerDay);
  const visit = (i: number, now: number) => {
    const [issued] = run(
      {
        type: 'ticket:issue',
        service: 'iris',
        priority: i % 13 === 0,
        channel: 'kiosk',
        language: 'fr',
      },
      kiosk,
      now,
    );
    if (issued?.type !== 'ticket:issued') throw new Error('no ticket issued');
    const { ticketId } = issued;
    tickets += 1;
    const medium = i % 3 === 0 ? 'paperless' : 'printed';
    run({ type: 'ticket:deliver', ticketId, medium }, kiosk, now);
    const counterId = desks[i % desks.length]![0];
    run({ type: 'counter:call-ticket', counterId, ticketId }, system, now + 1_000);
    if (i % 10 === 9) {
      run({ type: 'ticket:no-show', ticketId }, system, now + 2_000);
      return;
    }
    run({ type: 'ticket:start', ticketId }, system, now + 30_000);
    run({ type: 'ticket:finish', ticketId, outcome: 'information' }, system, now + step - 1_000);
  };
  const day = (date: string, visits: number, end: boolean) => {
    const opens = zonedEpoch(date, 8 * 60, config.timezone);
    db.transaction(() => {
      if (state.config === null) run({ type: 'config:replace', config }, system, opens);
      for (const [counterId, agentId] of desks)
        run({ type: 'counter:open', counterId, agentId, services: ['iris'] }, system, opens);
      for (let i = 0; i < visits; i++) visit(i, opens + 60_000 + i * step);
      if (!end) return;
      peakTickets = Math.max(peakTickets, Object.keys(state.tickets).length);
      run({ type: 'day:end', day: date }, system, zonedEpoch(date, 20 * 60 + 30, config.timezone));
    })();
  };
  for (let d = 0; d < shape.days; d++) {
    day(addDays(from, d), shape.ticketsPerDay, true);
    afterDay(state, seq);
  }
  if (shape.partialDay) day(addDays(from, shape.days), shape.partialDay, false);
  return { events: seq, tickets, peakTickets, lastState: state };
}
