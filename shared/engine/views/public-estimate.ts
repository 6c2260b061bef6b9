import { z } from 'zod';

// What a kiosk, a ticket or the status page may say about a wait: only what the estimate
// can stand by. A figure when its spread (one standard deviation) is at most
// RANGE_ABOVE_SPREAD_MINUTES; a range rounded to 5 minutes when it is wider; past
// MORE_THAN_MINUTES only "more than 45 minutes"; nothing when no counter serves the queue.

export const MORE_THAN_MINUTES = 45;
export const RANGE_ABOVE_SPREAD_MINUTES = 5;

export const publicWaitEstimateSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('unknown') }),
  z.strictObject({ kind: z.literal('minutes'), minutes: z.number().int().min(0) }),
  z.strictObject({
    kind: z.literal('range'),
    low: z.number().int().min(0),
    high: z.number().int().min(0),
  }),
  z.strictObject({ kind: z.literal('more-than'), minutes: z.number().int().min(0) }),
]);
export type PublicWaitEstimate = z.infer<typeof publicWaitEstimateSchema>;

export function publicWaitEstimate(
  minutes: number | null,
  spreadMinutes: number,
): PublicWaitEstimate {
  if (minutes === null || !Number.isFinite(minutes)) return { kind: 'unknown' };
  if (minutes > MORE_THAN_MINUTES) return { kind: 'more-than', minutes: MORE_THAN_MINUTES };
  if (spreadMinutes <= RANGE_ABOVE_SPREAD_MINUTES) return { kind: 'minutes', minutes };
  const low = Math.max(0, Math.floor((minutes - spreadMinutes) / 5) * 5);
  const high = Math.ceil((minutes + spreadMinutes) / 5) * 5;
  return { kind: 'range', low, high: Math.max(high, low + 5) };
}

/**
 * The estimate a screen says: the hub's shown one, else (an older hub, a kiosk that sent
 * only the figure) the bare figure, else unknown. Every surface goes through this one rule.
 */
export function shownOrFigure(
  shown: PublicWaitEstimate | null | undefined,
  minutes: number | null | undefined,
): PublicWaitEstimate {
  if (shown) return shown;
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes))
    return { kind: 'unknown' };
  return { kind: 'minutes', minutes: Math.max(0, Math.round(minutes)) };
}

/** One surface's words for each kind of estimate (a screen's catalog, a printer's labels). */
export interface WaitWords {
  unknown: () => string;
  minutes: (minutes: number) => string;
  range: (low: number, high: number) => string;
  moreThan: (minutes: number) => string;
}

/** An estimate in a surface's words: the one switch over the kinds of PublicWaitEstimate. */
export function sayWait(estimate: PublicWaitEstimate, words: WaitWords): string {
  switch (estimate.kind) {
    case 'unknown':
      return words.unknown();
    case 'minutes':
      return words.minutes(estimate.minutes);
    case 'range':
      return words.range(estimate.low, estimate.high);
    case 'more-than':
      return words.moreThan(estimate.minutes);
  }
}
