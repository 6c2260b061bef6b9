import type { QueueState } from './state';

export const MAX_TICKET_NUMBER = 999;

export function formatTicketNumber(prefix: string, value: number): string {
  return `${prefix}${String(value).padStart(3, '0')}`;
}

/** The numeric part of a display number ("A042" → 42). */
export function ticketNumberValue(number: string): number {
  return Number(number.replace(/^[A-Z]+/, ''));
}

/**
 * The next display number of a service for a local day: A001, A002, … A999, then A001
 * again. Numbering restarts each day. A number still held by an active ticket (of any
 * service or day: a transferred ticket keeps its number) is skipped, so two visitors never
 * hold the same number. Undefined when all 999 are in use.
 */
export function nextTicketNumber(
  state: QueueState,
  service: string,
  prefix: string,
  day: string,
): string | undefined {
  const numbering = state.numbering[service];
  let value = numbering && numbering.day === day ? numbering.last : 0;
  for (let attempt = 0; attempt < MAX_TICKET_NUMBER; attempt += 1) {
    value = (value % MAX_TICKET_NUMBER) + 1;
    const candidate = formatTicketNumber(prefix, value);
    if (state.activeNumbers[candidate] === undefined) return candidate;
  }
  return undefined;
}
