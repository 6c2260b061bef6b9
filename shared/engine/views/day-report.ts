import { channels, type Ticket } from '../../domain/ticket';
import type { DayReport, ServiceDayReport } from '../day-report-schema';
import type { QueueState } from '../state';
import { agentsDayFigures } from './agent-figures';

// The day's figures, computed from the tickets of that local day. Tickets still waiting or
// called count as unserved, so the report reads the same before and after `day:ended`.

function mean(values: number[]): number | null {
  return values.length === 0 ? null : Math.round(values.reduce((a, b) => a + b, 0) / values.length);
}

function isUnserved(ticket: Ticket): boolean {
  return (
    ticket.state === 'waiting' ||
    ticket.state === 'called' ||
    (ticket.state === 'cancelled' && ticket.closeReason === 'day-ended')
  );
}

function isServed(ticket: Ticket): boolean {
  return ticket.state === 'done' || ticket.state === 'serving';
}

function serviceReport(
  service: string,
  tickets: Ticket[],
  targetMinutes: number,
): ServiceDayReport {
  const waits = tickets
    .filter((t) => t.calledAt !== undefined)
    .map((t) => (t.calledAt ?? 0) - t.queuedAt);
  const serviceTimes = tickets
    .filter((t) => t.state === 'done' && t.closeReason !== 'day-ended' && t.startedAt !== undefined)
    .map((t) => (t.endedAt ?? 0) - (t.startedAt ?? 0));
  return {
    service,
    issued: tickets.length,
    walkIns: tickets.filter((t) => !t.appointmentId && !t.transferredFrom).length,
    appointmentTickets: tickets.filter((t) => t.appointmentId && !t.transferredFrom).length,
    transfersIn: tickets.filter((t) => t.transferredFrom).length,
    served: tickets.filter(isServed).length,
    noShows: tickets.filter((t) => t.state === 'no-show').length,
    cancelled: tickets.filter((t) => t.state === 'cancelled' && t.closeReason !== 'day-ended')
      .length,
    transferredOut: tickets.filter((t) => t.state === 'transferred').length,
    unserved: tickets.filter(isUnserved).length,
    meanWaitMs: mean(waits),
    maxWaitMs: waits.length === 0 ? null : Math.max(...waits),
    meanServiceMs: mean(serviceTimes),
    overTarget: waits.filter((w) => w > targetMinutes * 60_000).length,
  };
}

export function dayReport(state: QueueState, day: string): DayReport {
  const tickets = Object.values(state.tickets).filter((t) => t.day === day);
  const configured = state.config?.services ?? [];
  const codes = [...new Set([...configured.map((s) => s.code), ...tickets.map((t) => t.service)])];
  const services = codes.map((code) =>
    serviceReport(
      code,
      tickets.filter((t) => t.service === code),
      configured.find((s) => s.code === code)?.targetWaitMinutes ?? 15,
    ),
  );
  const visits = tickets.filter((t) => !t.transferredFrom);
  const sum = (field: keyof ServiceDayReport): number =>
    services.reduce(
      (total, s) => total + (typeof s[field] === 'number' ? (s[field] as number) : 0),
      0,
    );
  const appointments = Object.values(state.appointments).filter((a) => a.date === day);
  return {
    day,
    services,
    totals: {
      visits: visits.length,
      served: sum('served'),
      noShows: sum('noShows'),
      cancelled: sum('cancelled'),
      unserved: sum('unserved'),
      transfers: sum('transferredOut'),
    },
    channels: Object.fromEntries(
      channels.map((channel) => [channel, visits.filter((t) => t.channel === channel).length]),
    ) as DayReport['channels'],
    priorityVisits: visits.filter((t) => t.priority).length,
    appointments: {
      expected: appointments.filter((a) => a.status !== 'cancelled').length,
      checkedIn: appointments.filter((a) => a.status === 'checked-in').length,
      cancelled: appointments.filter((a) => a.status === 'cancelled').length,
      notCheckedIn: appointments.filter((a) => a.status === 'booked').length,
    },
    delivery: {
      printed: visits.filter((t) => t.delivery === 'printed').length,
      paperless: visits.filter((t) => t.delivery === 'paperless').length,
      notRecorded: visits.filter((t) => t.channel === 'kiosk' && t.delivery === undefined).length,
    },
    reprints: tickets.reduce((total, t) => total + (t.reprints ?? 0), 0),
    ...(state.config?.reporting.perAgentFigures ? { agents: agentsDayFigures(state, day) } : {}),
  };
}

/**
 * The report of `day`: computed from its tickets while the state holds them, else the one
 * recorded when the day ended (its closed tickets leave the state when the next day
 * begins).
 */
export function reportOfDay(state: QueueState, day: string): DayReport {
  const kept = state.lastDayReport;
  if (kept?.day === day && !Object.values(state.tickets).some((t) => t.day === day)) return kept;
  return dayReport(state, day);
}
