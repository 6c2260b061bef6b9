import type { Service } from '../domain/service';
import { openingState } from '../calendar/opening-hours';
import type { QueueState } from './state';
import { today } from './support';

export type UnavailableReason = 'unknown' | 'appointment-only' | 'closed' | 'past-cut-off' | 'full';

export type ServiceAvailability =
  | {
      available: true;
      service: Service;
      /** End of the current opening interval. */
      closesAt: number;
      /** When walk-in tickets stop (the cut-off), if before closesAt. */
      cutOffAt: number;
      /** Walk-in tickets left today under the daily cap. */
      remaining?: number;
    }
  | {
      available: false;
      reason: UnavailableReason;
      service?: Service;
      nextOpening?: number;
      closesAt?: number;
      bookingUrl?: string;
    };

/** Walk-in tickets issued today for the service (appointment and transferred tickets excluded). */
export function walkInsToday(state: QueueState, service: string, day: string): number {
  const walkIns = state.walkIns[service];
  return walkIns && walkIns.day === day ? walkIns.count : 0;
}

/**
 * Whether a walk-in ticket can be taken for a service now, or why not. The cut-off counts
 * back from the end of the current opening interval (so tickets also stop before a lunch
 * break). Reasons are checked in this order: unknown, appointment-only, closed,
 * past-cut-off, full.
 */
export function serviceAvailability(
  state: QueueState,
  serviceCode: string,
  now: number,
  options: { ignoreLimits?: boolean } = {},
): ServiceAvailability {
  const config = state.config;
  const service = config?.services.find((s) => s.code === serviceCode);
  if (!config || !service) return { available: false, reason: 'unknown' };
  if (service.mode === 'appointment') {
    return {
      available: false,
      reason: 'appointment-only',
      service,
      ...(service.bookingUrl ? { bookingUrl: service.bookingUrl } : {}),
    };
  }
  const opening = openingState(config.calendar, config.timezone, now, service.hours);
  if (!opening.open || opening.closesAt === undefined) {
    return {
      available: false,
      reason: 'closed',
      service,
      ...(opening.nextOpening !== undefined ? { nextOpening: opening.nextOpening } : {}),
    };
  }
  const closesAt = opening.closesAt;
  const cutOffAt = closesAt - service.cutOffMinutes * 60_000;
  if (!options.ignoreLimits && now >= cutOffAt) {
    return { available: false, reason: 'past-cut-off', service, closesAt };
  }
  if (service.dailyCap === undefined) return { available: true, service, closesAt, cutOffAt };
  const remaining = service.dailyCap - walkInsToday(state, service.code, today(config, now));
  if (!options.ignoreLimits && remaining <= 0)
    return { available: false, reason: 'full', service, closesAt };
  return { available: true, service, closesAt, cutOffAt, remaining: Math.max(remaining, 0) };
}
