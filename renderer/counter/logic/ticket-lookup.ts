import { currentTicketId, formatTicketNumber, type QueueState } from '../../../shared/engine';

/**
 * The display number an agent typed, as tickets write it: "a12", "A 12" and "A012" are
 * all "A012". Undefined when it cannot be a ticket number.
 */
export function normalizeTicketNumber(typed: string): string | undefined {
  const match = /^([A-Za-z]{1,2})\s*-?\s*0*(\d{1,3})$/.exec(typed.trim());
  if (!match?.[1] || match[2] === undefined) return undefined;
  const value = Number(match[2]);
  return value >= 1 ? formatTicketNumber(match[1].toUpperCase(), value) : undefined;
}

/** The ticket now holding this number in the queue (after transfers), if any. */
export function activeTicketByNumber(state: QueueState, typed: string): string | undefined {
  const number = normalizeTicketNumber(typed);
  const id = number ? state.activeNumbers[number] : undefined;
  return id ? currentTicketId(state, id) : undefined;
}
