import type { ConfiguredState } from '../support';

// Today's transfers between services, as shares of the visits served: a visit of IRIS
// ends in a transfer to the mail desk in about 5 % of cases. A transferred visitor keeps
// their first arrival, so they go ahead of everyone who came after them; the forecast adds
// that expected inflow. Read from today's tickets only (the state keeps no earlier ones).

/** Fewer visits of a service served today than this and its transfers are not counted. */
export const MIN_VISITS_FOR_TRANSFERS = 10;

export type TransferRates = ReadonlyMap<string, ReadonlyArray<{ to: string; share: number }>>;

export function transferRates(state: ConfiguredState, day: string): TransferRates {
  const served = new Map<string, number>();
  const moved = new Map<string, Map<string, number>>();
  for (const ticket of Object.values(state.tickets)) {
    if (ticket.day !== day || ticket.startedAt === undefined) continue;
    const next = ticket.transferredTo ? state.tickets[ticket.transferredTo] : undefined;
    if (ticket.state !== 'done' && !next) continue;
    served.set(ticket.service, (served.get(ticket.service) ?? 0) + 1);
    if (!next || next.service === ticket.service) continue;
    const to = moved.get(ticket.service) ?? new Map<string, number>();
    to.set(next.service, (to.get(next.service) ?? 0) + 1);
    moved.set(ticket.service, to);
  }
  const rates = new Map<string, Array<{ to: string; share: number }>>();
  for (const [from, to] of moved) {
    const count = served.get(from) ?? 0;
    if (count < MIN_VISITS_FOR_TRANSFERS) continue;
    rates.set(
      from,
      [...to].map(([service, n]) => ({ to: service, share: n / count })),
    );
  }
  return rates;
}
