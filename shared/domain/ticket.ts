import { z } from 'zod';

export const channels = ['kiosk', 'counter', 'phone', 'mobile'] as const;
export const channelSchema = z.enum(channels);
export type Channel = (typeof channels)[number];

/** How a ticket reached the visitor: zero paper is one of the town's goals, so it is counted. */
export const deliveryMedia = ['printed', 'paperless'] as const;
export const deliveryMediumSchema = z.enum(deliveryMedia);
export type DeliveryMedium = (typeof deliveryMedia)[number];

export const ticketStates = [
  'waiting',
  'called',
  'serving',
  'done',
  'no-show',
  'cancelled',
  'transferred',
] as const;
export type TicketState = (typeof ticketStates)[number];

/** States in which a ticket still holds its number and may reach a counter. */
export const activeTicketStates: ReadonlySet<TicketState> = new Set([
  'waiting',
  'called',
  'serving',
]);

export type CallClass = 'appointment' | 'priority' | 'normal';

/**
 * One ticket in one service queue. A transfer closes this ticket as "transferred" and
 * opens a continuation ticket (new id, same number, token and original arrival time), so
 * each service's handling is timed separately and the visitor keeps their place.
 */
export interface Ticket {
  id: string;
  /** What the visitor and the board read, e.g. "A001". */
  number: string;
  service: string;
  /** Local date ("YYYY-MM-DD") of issue, in the site's time zone. */
  day: string;
  /** A yes/no flag only: the reason is never asked nor stored. */
  priority: boolean;
  channel: Channel;
  language: string;
  /** Opaque random token for the ticket's QR code. */
  token: string;
  appointmentId?: string;
  /** Original arrival at the site: kept across transfers, orders the queue. */
  arrivedAt: number;
  /** When this ticket joined its current queue (issue, or transfer). */
  queuedAt: number;
  /** Issue order, to break ties between equal arrival times. */
  seq: number;
  state: TicketState;
  /** Only this counter (or agent) may call it, after a transfer to them. */
  reservedCounterId?: string;
  reservedAgentId?: string;
  counterId?: string;
  agentId?: string;
  calledAt?: number;
  lastCalledAt?: number;
  recalls: number;
  startedAt?: number;
  endedAt?: number;
  outcome?: string;
  note?: string;
  closeReason?: 'cancelled' | 'no-show' | 'recall-limit' | 'day-ended';
  /** The ticket this one continues after a transfer, and the first ticket of the visit. */
  transferredFrom?: string;
  transferredTo?: string;
  visitId: string;
  transferNote?: string;
  /** The enrolled device (a kiosk) that issued it; absent when an agent did. */
  issuedBy?: string;
  /** How the ticket was handed over, once the kiosk or counter has said so. */
  delivery?: DeliveryMedium;
  /** Duplicates printed at a counter (a lost ticket), each one a `ticket:reprinted` event. */
  reprints?: number;
  /** The wait shown for the service when the ticket was issued (minutes; null: none). */
  estimateMinutes?: number | null;
}
