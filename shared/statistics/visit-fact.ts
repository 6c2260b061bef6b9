import { localParts } from '../calendar/zoned-time';
import type { SiteConfig } from '../domain/site-config';
import type { VisitRecord } from '../engine/views/visit-record';

/** How a visit ended, for statistics: an agent's outcome code counts as "served". */
export const visitResults = ['served', 'no-show', 'cancelled', 'unserved', 'interrupted'] as const;
export type VisitResult = (typeof visitResults)[number];

/**
 * One closed visit as statistics keep it, for years: no name, no note, no agent, no
 * appointment reference, no ticket number — nothing that leads back to a person. Times
 * are epoch ms; `day`, `week`, `hour` and `weekday` are local to the site (so a DST day
 * is still one day and its 9 o'clock is the visitors' 9 o'clock).
 */
export interface VisitFact {
  visitId: string;
  day: string;
  /** ISO week, e.g. "2026-W14". */
  week: string;
  /** The service that closed the visit (after transfers), and the one first queued for. */
  service: string;
  firstService: string;
  channel: string;
  counterId: string | null;
  priority: boolean;
  appointment: boolean;
  /** The appointment's booked start, when the visit had one. */
  appointmentStart: number | null;
  language: string;
  issuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  endedAt: number;
  /** Called − issued (the first call: recalls do not restart it); null: never called. */
  waitedMs: number | null;
  /** Time at counters, summed over the transfer chain. */
  servedMs: number;
  result: VisitResult;
  recalls: number;
  transfers: number;
  delivery: 'printed' | 'paperless' | null;
  /** The service's target wait when the visit happened (targets change; figures must not). */
  targetWaitMs: number;
  /** The wait shown at issue, in ms; null when none was shown or recorded. */
  estimateMs: number | null;
  /** Local hour (0–23) and ISO weekday (1 Monday … 7 Sunday) of the arrival. */
  hour: number;
  weekday: number;
}

const isoWeekdays: Record<string, number> = {
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
  sun: 7,
};

/** The ISO 8601 week of a calendar date ("YYYY-Www"): weeks start on Monday, week 1 holds a Thursday. */
export function isoWeek(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  const utc = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  const weekday = utc.getUTCDay() || 7;
  utc.setUTCDate(utc.getUTCDate() + 4 - weekday); // the Thursday of this week
  const year = utc.getUTCFullYear();
  const week = Math.ceil(((utc.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function resultOf(outcome: string): VisitResult {
  return (visitResults as readonly string[]).includes(outcome) && outcome !== 'served'
    ? (outcome as VisitResult)
    : 'served';
}

const DEFAULT_TARGET_MINUTES = 15;

/** The statistics record of a closed visit, under the site's configuration of the time. */
export function visitFact(
  visit: VisitRecord,
  config: SiteConfig | null,
  appointmentStart: number | null,
): VisitFact {
  const timeZone = config?.timezone ?? 'Europe/Paris';
  const arrival = localParts(visit.issuedAt, timeZone);
  const firstService = visit.transfers[0]?.from.service ?? visit.service;
  const target =
    config?.services.find((s) => s.code === firstService)?.targetWaitMinutes ??
    DEFAULT_TARGET_MINUTES;
  return {
    visitId: visit.visitId,
    day: visit.day,
    week: isoWeek(visit.day),
    service: visit.service,
    firstService,
    channel: visit.channel,
    counterId: visit.counterId,
    priority: visit.priority,
    appointment: visit.appointmentId !== null,
    appointmentStart,
    language: visit.language,
    issuedAt: visit.issuedAt,
    calledAt: visit.calledAt,
    startedAt: visit.startedAt,
    endedAt: visit.endedAt,
    waitedMs: visit.calledAt === null ? null : visit.calledAt - visit.issuedAt,
    servedMs: visit.servedMs,
    result: resultOf(visit.outcome),
    recalls: visit.recalls,
    transfers: visit.transfers.length,
    delivery: visit.delivery,
    targetWaitMs: target * 60_000,
    estimateMs: visit.estimateMinutes === null ? null : visit.estimateMinutes * 60_000,
    hour: arrival.hour,
    weekday: isoWeekdays[arrival.weekday] ?? 1,
  };
}
