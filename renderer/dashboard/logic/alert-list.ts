import { isActiveAlert, type Alert } from '../../../shared/domain/alert';
import type { QueueState } from '../../../shared/engine';

// The alerts a manager must see, in the order they must be seen: escalated first, then
// those nobody acknowledged, newest first; and what the sound should say.

export type AlertSound = 'none' | 'alert' | 'escalated';

export interface AlertLists {
  active: Alert[];
  /** The latest closed ones, newest first (who acknowledged them, when). */
  closed: Alert[];
  /** Active alerts nobody has acknowledged yet: the sound repeats while there are any. */
  unacknowledged: number;
  sound: AlertSound;
}

function rank(alert: Alert): number {
  if (alert.acknowledgedAt !== undefined) return 2;
  return alert.escalatedAt !== undefined ? 0 : 1;
}

export function alertLists(state: QueueState, closedShown = 20): AlertLists {
  const all = Object.values(state.alerts);
  const active = all
    .filter(isActiveAlert)
    .sort((a, b) => rank(a) - rank(b) || b.raisedAt - a.raisedAt);
  const closed = all
    .filter((a) => !isActiveAlert(a))
    .sort((a, b) => (b.closedAt ?? 0) - (a.closedAt ?? 0))
    .slice(0, closedShown);
  const waiting = active.filter((a) => a.acknowledgedAt === undefined);
  const sound: AlertSound =
    waiting.length === 0
      ? 'none'
      : waiting.some((a) => a.escalatedAt !== undefined)
        ? 'escalated'
        : 'alert';
  return { active, closed, unacknowledged: waiting.length, sound };
}
