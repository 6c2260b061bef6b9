import { estimateForService, localDate, type QueueState } from '../../../shared/engine';
import type { PublicWaitEstimate } from '../../../shared/engine';
import type { Ticket } from '../../../shared/domain/ticket';

// The live figures of each service, computed from the engine's state (the same one the
// hub folds), so the dashboard and the hub agree on every number.

const HOUR_MS = 3_600_000;
/** One sparkline point per quarter of an hour. */
export const SPARK_STEP_MS = 15 * 60_000;

export interface ServiceFigures {
  code: string;
  names: Record<string, string>;
  waiting: number;
  /** The longest current wait (ms), null when nobody waits. */
  longestWaitMs: number | null;
  /** Mean wait (queue to call) of tickets called in the last hour; null: none called. */
  averageWaitLastHourMs: number | null;
  /** For someone taking a ticket now, in minutes; null: no counter serves the queue. */
  estimateMinutes: number | null;
  estimateShown: PublicWaitEstimate | null;
  servedToday: number;
  noShowsToday: number;
  targetMinutes: number;
  /** The longest current wait is over the service's target. */
  breached: boolean;
  /** People waiting at each quarter hour of the day so far (the last one is now). */
  queueOverDay: { at: number; waiting: number }[];
  appointments: { nextHour: number; arrived: number; late: number };
}

/** When a ticket left its queue (called, cancelled, gone), or null while still waiting. */
function leftQueueAt(ticket: Ticket): number | null {
  if (ticket.state === 'waiting') return null;
  return ticket.calledAt ?? ticket.endedAt ?? ticket.queuedAt;
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function queueOverDay(tickets: readonly Ticket[], now: number): { at: number; waiting: number }[] {
  if (tickets.length === 0) return [{ at: now, waiting: 0 }];
  const first = Math.min(...tickets.map((t) => t.queuedAt));
  const start = Math.floor(first / SPARK_STEP_MS) * SPARK_STEP_MS;
  const points: number[] = [];
  for (let at = start; at < now; at += SPARK_STEP_MS) points.push(at);
  points.push(now);
  return points.map((at) => ({
    at,
    waiting: tickets.filter((t) => {
      const left = leftQueueAt(t);
      return t.queuedAt <= at && (left === null || left > at);
    }).length,
  }));
}

/** Every configured service's live figures at `now` (the hub's clock), in the configuration's order. */
export function serviceFigures(state: QueueState, now: number): ServiceFigures[] {
  const config = state.config;
  if (!config) return [];
  const today = localDate(now, config.timezone);
  const byService = new Map<string, Ticket[]>();
  for (const ticket of Object.values(state.tickets)) {
    if (ticket.day !== today) continue;
    const list = byService.get(ticket.service) ?? [];
    list.push(ticket);
    byService.set(ticket.service, list);
  }
  const appointments = Object.values(state.appointments).filter((a) => a.date === today);
  return config.services.map((service) => {
    const tickets = byService.get(service.code) ?? [];
    const waiting = tickets.filter((t) => t.state === 'waiting');
    const longest = waiting.length === 0 ? null : Math.max(...waiting.map((t) => now - t.queuedAt));
    const calledLastHour = tickets.filter(
      (t) => t.calledAt !== undefined && t.calledAt > now - HOUR_MS && t.calledAt <= now,
    );
    const estimate = estimateForService(state, service.code, now);
    const ofService = appointments.filter((a) => a.service === service.code);
    return {
      code: service.code,
      names: service.names,
      waiting: waiting.length,
      longestWaitMs: longest,
      averageWaitLastHourMs: mean(calledLastHour.map((t) => (t.calledAt ?? 0) - t.queuedAt)),
      estimateMinutes: estimate?.minutes ?? null,
      estimateShown: estimate?.shown ?? null,
      servedToday: tickets.filter((t) => t.state === 'done' || t.state === 'serving').length,
      noShowsToday: tickets.filter((t) => t.state === 'no-show').length,
      targetMinutes: service.targetWaitMinutes,
      breached: longest !== null && longest > service.targetWaitMinutes * 60_000,
      queueOverDay: queueOverDay(tickets, now),
      appointments: {
        nextHour: ofService.filter(
          (a) => a.status === 'booked' && a.start >= now && a.start < now + HOUR_MS,
        ).length,
        arrived: ofService.filter((a) => a.status === 'checked-in').length,
        late: ofService.filter((a) => a.status === 'booked' && a.start < now).length,
      },
    };
  });
}
