import { z } from 'zod';
import type { QueueState } from './state';

/**
 * The shape of a state snapshot. Bump it whenever `QueueState` or what `evolve` does with
 * an event changes: a snapshot of another format is ignored and the log replayed, so a
 * snapshot never stands for a state the current engine would not have rebuilt.
 */
export const STATE_FORMAT = 3;

const record = z.record(z.string(), z.unknown());

/** A coarse check of a parsed snapshot: every part of the state, of the right kind. */
const snapshotShape = z.object({
  config: z.object({ site: z.object({ id: z.string() }) }).nullable(),
  day: z.string().nullable(),
  tickets: record,
  tokens: z.record(z.string(), z.string()),
  appointments: record,
  counters: record,
  numbering: record,
  seq: z.number().int().nonnegative(),
  recentCalls: z.array(z.unknown()),
  activeNumbers: z.record(z.string(), z.string()),
  waiting: z.record(z.string(), z.literal(true)),
  walkIns: record,
  serviceTimes: z.record(z.string(), z.array(z.number())),
  counterHistory: z.record(z.string(), z.array(z.unknown())),
  lastDayReport: z.object({ day: z.string() }).nullable(),
  alerts: record,
  alertSeq: z.number().int().nonnegative(),
  devices: record,
  displayMessage: z.object({ text: z.string(), at: z.number() }).nullable(),
});

/** The state as a snapshot's text (plain data: JSON holds all of it). */
export function snapshotOf(state: QueueState): string {
  return JSON.stringify(state);
}

/**
 * The state a snapshot holds, or why it cannot be used: text that does not parse, or
 * that is not a queue state. The caller then replays the log from the start.
 */
export function stateFromSnapshot(
  text: string,
): { ok: true; state: QueueState } | { ok: false; reason: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not JSON (${(error as Error).message})` };
  }
  const checked = snapshotShape.safeParse(parsed);
  if (!checked.success)
    return {
      ok: false,
      reason: `not a queue state (${checked.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || 'root'}: ${i.message}`)
        .join('; ')})`,
    };
  return { ok: true, state: parsed as QueueState };
}
