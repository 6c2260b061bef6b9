import { z } from 'zod';
import { channels } from '../domain/ticket';

const count = z.number().int().nonnegative();
const duration = z.number().nonnegative().nullable();

export const serviceDayReportSchema = z.strictObject({
  service: z.string(),
  /** Tickets that joined this service's queue: walk-ins, appointments and transfers in. */
  issued: count,
  walkIns: count,
  appointmentTickets: count,
  transfersIn: count,
  served: count,
  noShows: count,
  cancelled: count,
  transferredOut: count,
  /** Still waiting or called when the day ended. */
  unserved: count,
  meanWaitMs: duration,
  maxWaitMs: duration,
  meanServiceMs: duration,
  /** Visitors called after the service's target waiting time. */
  overTarget: count,
});
export type ServiceDayReport = z.infer<typeof serviceDayReportSchema>;

/** One agent's day, in the managers' report where the site allows it (personal data). */
export const agentDayFiguresSchema = z.strictObject({
  agentId: z.string(),
  /** The site configuration's label for the agent ("Agent 04"). */
  label: z.string(),
  served: count,
  noShows: count,
  transferred: count,
  meanServiceMs: duration,
});
export type AgentDayFigures = z.infer<typeof agentDayFiguresSchema>;

export const dayReportSchema = z.strictObject({
  day: z.string(),
  services: z.array(serviceDayReportSchema),
  totals: z.strictObject({
    /** Visits: a transferred visitor counts once. */
    visits: count,
    served: count,
    noShows: count,
    cancelled: count,
    unserved: count,
    transfers: count,
  }),
  channels: z.strictObject(
    Object.fromEntries(channels.map((c) => [c, count])) as Record<
      (typeof channels)[number],
      typeof count
    >,
  ),
  priorityVisits: count,
  appointments: z.strictObject({
    expected: count,
    checkedIn: count,
    cancelled: count,
    notCheckedIn: count,
  }),
  /**
   * How visitors got their tickets (zero paper is a goal): printed, paperless, and kiosk
   * tickets whose medium was never reported. Absent from reports made before it existed.
   */
  delivery: z.strictObject({ printed: count, paperless: count, notRecorded: count }).optional(),
  /** Tickets printed again at a counter (`ticket:reprinted`). Absent from older reports. */
  reprints: count.optional(),
  /** Per agent, only where `reporting.perAgentFigures` is set (absent otherwise). */
  agents: z.array(agentDayFiguresSchema).optional(),
});
export type DayReport = z.infer<typeof dayReportSchema>;
