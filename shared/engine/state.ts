import type { Alert, DeviceReport } from '../domain/alert';
import type { Appointment } from '../domain/appointment';
import type { SiteConfig } from '../domain/site-config';
import type { Ticket } from '../domain/ticket';
import type { CounterPeriod } from './counter-history';
import type { DayReport } from './day-report-schema';

export interface CounterState {
  id: string;
  status: 'closed' | 'open' | 'paused';
  agentId?: string;
  /** The services this session serves (a subset of the counter's and the agent's). */
  services: string[];
  /** The ticket called or being served here. */
  currentTicketId?: string;
  pauseReason?: string;
  openedAt?: number;
  pausedAt?: number;
  /** Calls since the last priority call, and priority calls in a row (interleave policy). */
  normalStreak: number;
  priorityStreak: number;
}

export interface RecentCall {
  ticketId: string;
  number: string;
  counterId: string;
  at: number;
  recall: boolean;
}

export interface ServiceNumbering {
  day: string;
  /** Last number given, 1..999. */
  last: number;
}

/**
 * The whole queue of a site, rebuilt by folding events with `evolve`. Plain data only
 * (records and arrays), so it can be compared, cloned and sent as a snapshot.
 */
export interface QueueState {
  config: SiteConfig | null;
  /** Local day of the latest ticket issued. */
  day: string | null;
  tickets: Record<string, Ticket>;
  /** Token → the ticket currently carrying it (the latest segment after transfers). */
  tokens: Record<string, string>;
  appointments: Record<string, Appointment>;
  counters: Record<string, CounterState>;
  numbering: Record<string, ServiceNumbering>;
  /** Tickets issued so far; the next ticket's seq is this plus one. */
  seq: number;
  /** Latest calls first, capped in length. */
  recentCalls: RecentCall[];
  // Indexes kept by `evolve` so that commands stay O(1) or O(waiting) on a busy day.
  /** Display number → the active ticket holding it. */
  activeNumbers: Record<string, string>;
  /** Ids of waiting tickets. */
  waiting: Record<string, true>;
  /** Walk-in tickets issued per service on its latest day (for the daily cap). */
  walkIns: Record<string, { day: string; count: number }>;
  /** Latest served durations per service (ms, latest first, capped), for the estimate. */
  serviceTimes: Record<string, number[]>;
  /** Past sessions and pauses per counter (counter-history.ts), for the estimate. */
  counterHistory: Record<string, CounterPeriod[]>;
  lastDayReport: DayReport | null;
  /** Staff alerts: the active ones and the latest closed ones (see ALERTS_CLOSED_KEPT). */
  alerts: Record<string, Alert>;
  /** Alerts raised so far; the next alert is `alert-<alertSeq + 1>`. */
  alertSeq: number;
  /** Latest device statuses by reporting kiosk or workstation. */
  devices: Record<string, DeviceReport>;
  /** The message a manager sent to the waiting-room displays; null: none. */
  displayMessage: DisplayMessage | null;
}

export interface DisplayMessage {
  text: string;
  at: number;
  /** The manager who sent it (never shown on the public board). */
  by: string;
}

export const RECENT_CALLS_KEPT = 20;
/** Served durations kept per service (the estimate uses the last `estimateSampleSize`). */
export const SERVICE_TIMES_KEPT = 100;
/** Closed alerts kept for staff to read back; older ones are dropped. */
export const ALERTS_CLOSED_KEPT = 50;

export function initialState(): QueueState {
  return {
    config: null,
    day: null,
    tickets: {},
    tokens: {},
    appointments: {},
    counters: {},
    numbering: {},
    seq: 0,
    recentCalls: [],
    activeNumbers: {},
    waiting: {},
    walkIns: {},
    serviceTimes: {},
    counterHistory: {},
    lastDayReport: null,
    alerts: {},
    alertSeq: 0,
    devices: {},
    displayMessage: null,
  };
}
