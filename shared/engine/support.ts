import type { SiteConfig } from '../domain/site-config';
import type { Ticket } from '../domain/ticket';
import { localDate } from '../calendar/zoned-time';
import type { CommandContext } from './context';
import { domainError, type DomainError, type DomainErrorCode } from './errors';
import type { DomainEvent } from './events';
import type { CounterState, QueueState } from './state';

// Small helpers the command handlers share.

export type Decision = { ok: true; events: DomainEvent[] } | { ok: false; error: DomainError };

export type ConfiguredState = QueueState & { config: SiteConfig };

export function accept(...events: DomainEvent[]): Decision {
  return { ok: true, events };
}

export function refuse(
  code: DomainErrorCode,
  message: string,
  details?: Record<string, unknown>,
): Decision {
  return { ok: false, error: domainError(code, message, details) };
}

export function today(config: SiteConfig, now: number): string {
  return localDate(now, config.timezone);
}

export function serviceName(config: SiteConfig, code: string): string {
  return config.services.find((s) => s.code === code)?.names.fr ?? code;
}

export function counterLabel(config: SiteConfig, counterId: string): string {
  return config.counters.find((c) => c.id === counterId)?.label ?? counterId;
}

export function ticketId(day: string, seq: number): string {
  return `${day}-${seq}`;
}

/** The ticket, or a refusal naming the id that was not found. */
export function findTicket(state: QueueState, id: string): Ticket | Decision {
  const ticket = state.tickets[id];
  return (
    ticket ??
    refuse('not-found', `No ticket has id "${id}"; check the id or refresh the queue.`, {
      ticketId: id,
    })
  );
}

export function isDecision(value: unknown): value is Decision {
  return typeof value === 'object' && value !== null && 'ok' in value;
}

/** An agent at a workstation acts only on their own counter; managers act on any. */
export function actsOnCounter(
  ctx: CommandContext,
  counter: CounterState | undefined,
): Decision | null {
  const { actor } = ctx;
  if (actor.role !== 'counter' || !counter) return null;
  if (!actor.agentId || counter.agentId !== actor.agentId) {
    return refuse(
      'forbidden',
      `Counter "${counter.id}" is held by another agent; only that agent or a manager can do this.`,
      { counterId: counter.id },
    );
  }
  return null;
}
