import type { SiteConfig } from '../domain/site-config';
import type { Channel } from '../domain/ticket';
import { zonedEpoch } from '../calendar/zoned-time';
import { minutesOfDay } from '../domain/primitives';
import type { Command } from './commands';
import type { Actor } from './context';
import { decide } from './decide';
import type { DomainEvent } from './events';
import { evolve } from './evolve';
import { initialState, type QueueState } from './state';
import type { Decision } from './support';

/** Paris wall-clock time as epoch ms, e.g. at('2026-04-07', '09:30'). */
export function at(date: string, time: string): number {
  return zonedEpoch(date, minutesOfDay(time), 'Europe/Paris');
}

export const system: Actor = { role: 'system' };

/**
 * Drives the real engine the way the hub does (decide, then evolve each event) with a
 * fake clock and predictable tokens, keeping the event log for replay checks.
 */
export class EngineHarness {
  state: QueueState = initialState();
  readonly log: DomainEvent[] = [];
  now: number;
  private tokens = 0;

  constructor(config: SiteConfig | null, start: number) {
    this.now = start;
    if (config) this.ok({ type: 'config:replace', config });
  }

  advance(minutes: number): this {
    this.now += minutes * 60_000;
    return this;
  }

  try(command: Command, actor: Actor = system): Decision {
    const decision = decide(this.state, command, {
      now: this.now,
      actor,
      newToken: () => `token-${(this.tokens += 1)}`,
    });
    if (decision.ok) {
      for (const event of decision.events) {
        this.log.push(event);
        this.state = evolve(this.state, event);
      }
    }
    return decision;
  }

  /** Runs a command that must succeed; throws with the refusal otherwise. */
  ok(command: Command, actor: Actor = system): DomainEvent[] {
    const decision = this.try(command, actor);
    if (!decision.ok) {
      throw new Error(`${command.type} refused: ${decision.error.code}: ${decision.error.message}`);
    }
    return decision.events;
  }

  /** Issues a walk-in ticket and returns its id. */
  issue(
    service: string,
    options: { priority?: boolean; channel?: Channel; by?: Actor } = {},
  ): string {
    const [event] = this.ok(
      {
        type: 'ticket:issue',
        service,
        priority: options.priority ?? false,
        channel: options.channel ?? 'kiosk',
        language: 'fr',
      },
      options.by,
    );
    if (event?.type !== 'ticket:issued') throw new Error('no ticket issued');
    return event.ticketId;
  }

  open(counterId: string, agentId: string, services: string[] = []): void {
    this.ok({ type: 'counter:open', counterId, agentId, services });
  }

  /** Calls next at a counter and returns the called ticket id. */
  callNext(counterId: string): string {
    const [event] = this.ok({ type: 'counter:call-next', counterId });
    if (event?.type !== 'ticket:called') throw new Error(`call-next at ${counterId} called nobody`);
    return event.ticketId;
  }

  /** Calls, starts and finishes the next ticket of a counter after `minutes` of service. */
  serveNext(counterId: string, minutes: number): string {
    const id = this.callNext(counterId);
    this.ok({ type: 'ticket:start', ticketId: id });
    this.advance(minutes);
    this.ok({ type: 'ticket:finish', ticketId: id, outcome: 'resolved' });
    return id;
  }

  ticket(id: string) {
    const ticket = this.state.tickets[id];
    if (!ticket) throw new Error(`no ticket ${id}`);
    return ticket;
  }
}
