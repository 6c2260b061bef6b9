import {
  publicBoard,
  serviceAvailability,
  type PublicBoard,
  type QueueState,
  type UnavailableReason,
} from '../engine';

/** Whether a walk-in ticket can be taken now, without the service's whole definition. */
export type PublicAvailability =
  | { service: string; available: true; closesAt: number; cutOffAt: number; remaining?: number }
  | {
      service: string;
      available: false;
      reason: UnavailableReason;
      nextOpening?: number;
      closesAt?: number;
      bookingUrl?: string;
    };

/**
 * What kiosks and displays see over the event stream: the waiting-room board and which
 * services take walk-ins now. Ticket numbers and counters only: no names, no tokens.
 */
export interface PublicView {
  site: { name: string; languages: string[] } | null;
  board: PublicBoard;
  services: PublicAvailability[];
}

export function publicAvailability(state: QueueState, now: number): PublicAvailability[] {
  return (state.config?.services ?? []).map((service) => {
    const { service: _definition, ...availability } = serviceAvailability(state, service.code, now);
    return { service: service.code, ...availability };
  });
}

export function publicView(state: QueueState, now: number): PublicView {
  return {
    site: state.config ? { name: state.config.site.name, languages: state.config.languages } : null,
    board: publicBoard(state, now),
    services: publicAvailability(state, now),
  };
}
