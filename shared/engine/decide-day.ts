import { closingTime } from '../calendar/opening-hours';
import type { SiteConfig } from '../domain/site-config';
import type { CommandOf } from './commands';
import type { CommandContext } from './context';
import type { QueueState } from './state';
import { accept, refuse, today, type ConfiguredState, type Decision } from './support';
import { dayReport } from './views/day-report';

/**
 * Ends a local day: tickets still waiting or called are closed unserved, tickets being
 * served are finished without an outcome, and (for today) every counter is closed. The
 * event carries the day's report. An earlier day left open by a stopped hub can be named.
 */
export function decideDayEnd(
  state: ConfiguredState,
  command: CommandOf<'day:end'>,
  ctx: CommandContext,
): Decision {
  const current = today(state.config, ctx.now);
  const day = command.day ?? current;
  if (day > current)
    return refuse(
      'validation',
      `${day} has not come yet; only today or an earlier day can be ended.`,
    );
  const tickets = Object.values(state.tickets).filter((t) => t.day === day);
  const closedCounterIds =
    day === current
      ? Object.values(state.counters)
          .filter((c) => c.status !== 'closed')
          .map((c) => c.id)
      : [];
  return accept({
    type: 'day:ended',
    at: ctx.now,
    day,
    closedTicketIds: tickets
      .filter((t) => t.state === 'waiting' || t.state === 'called')
      .map((t) => t.id),
    interruptedTicketIds: tickets.filter((t) => t.state === 'serving').map((t) => t.id),
    closedCounterIds,
    report: dayReport(state, day),
  });
}

/**
 * The earliest local day before today that still has active tickets: the hub sends
 * `day:end` for it after a restart that missed the evening.
 */
export function staleDay(state: QueueState, now: number): string | undefined {
  if (!state.config) return undefined;
  const current = today(state.config, now);
  let stale: string | undefined;
  for (const ticket of Object.values(state.tickets)) {
    const active =
      ticket.state === 'waiting' || ticket.state === 'called' || ticket.state === 'serving';
    if (active && ticket.day < current && (stale === undefined || ticket.day < stale))
      stale = ticket.day;
  }
  return stale;
}

/** When the site's last opening (its own hours or any service's) ends on `date`. */
function lastClosing(config: SiteConfig, date: string): number | undefined {
  const times = [
    closingTime(config.calendar, config.timezone, date),
    ...config.services.map((s) => closingTime(config.calendar, config.timezone, date, s.hours)),
  ].filter((t): t is number => t !== undefined);
  return times.length > 0 ? Math.max(...times) : undefined;
}

/**
 * The day the hub should end by itself now, if any: an earlier day a stopped hub left
 * open, or today once `graceMs` has passed after closing and tickets are still active
 * (or the day has no report yet).
 */
export function dayToEnd(state: QueueState, now: number, graceMs: number): string | undefined {
  const stale = staleDay(state, now);
  if (stale !== undefined || !state.config) return stale;
  const current = today(state.config, now);
  if (state.day !== current) return undefined;
  const closes = lastClosing(state.config, current);
  if (closes === undefined || now < closes + graceMs) return undefined;
  const active = Object.values(state.tickets).some(
    (t) =>
      t.day === current && (t.state === 'waiting' || t.state === 'called' || t.state === 'serving'),
  );
  return active || state.lastDayReport?.day !== current ? current : undefined;
}
