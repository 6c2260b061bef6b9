import type { VisitRecord as CentralVisit, Transfer } from '../../../shared/central/visit';
import type { TransferEnd, VisitRecord } from '../../../shared/engine';
import type { CentralSettings } from '../../config/central-settings';
import type { VisitorData } from '../store/personal-data-store';

export interface CentralVisitContext {
  siteId: string;
  /** Makes visit ids unique to this database (see SiteSecrets). */
  installId: string;
  pseudonym: (agentId: string) => string;
  personalFields: CentralSettings['personalFields'];
  /** The visitor's personal data (by appointment id) and when it must be deleted. */
  visitor: (appointmentId: string) => { data: VisitorData; purgeAfter: number } | undefined;
  /** How long an agent's note may be kept with the visit. */
  noteKeptMs: number;
}

const iso = (ms: number) => new Date(ms).toISOString();
const seconds = (ms: number) => Math.max(0, Math.round(ms / 1000));

function end(value: TransferEnd, pseudonym: (id: string) => string): Transfer['from'] {
  return {
    serviceCode: value.service,
    counterId: value.counterId,
    agentId: value.agentId === null ? null : pseudonym(value.agentId),
  };
}

/**
 * The central API's record of a closed visit: statistics with a pseudonymous agent, and
 * personal fields only where the site is configured to send them. `personalUntil` is when
 * those fields must be removed from the copy kept here (null: it carries none).
 */
export function centralVisit(
  visit: VisitRecord,
  ctx: CentralVisitContext,
): { record: CentralVisit; personalUntil: number | null } {
  const personal: NonNullable<CentralVisit['personal']> = {};
  const until: number[] = [];
  const visitor = visit.appointmentId ? ctx.visitor(visit.appointmentId) : undefined;
  if (visitor && ctx.personalFields.includes('visitorName')) {
    personal.visitorName = visitor.data.name;
    until.push(visitor.purgeAfter);
  }
  if (visitor?.data.phone && ctx.personalFields.includes('phone')) {
    personal.phone = visitor.data.phone;
    until.push(visitor.purgeAfter);
  }
  if (visit.note && ctx.personalFields.includes('note')) {
    personal.note = visit.note;
    until.push(visit.endedAt + ctx.noteKeptMs);
  }
  const record: CentralVisit = {
    id: `${ctx.installId}-${visit.visitId}`,
    siteId: ctx.siteId,
    ticketNumber: visit.number,
    serviceCode: visit.service,
    channel: visit.channel,
    priority: visit.priority,
    ...(visit.delivery ? { delivery: visit.delivery } : {}),
    issuedAt: iso(visit.issuedAt),
    calledAt: visit.calledAt === null ? null : iso(visit.calledAt),
    startedAt: visit.startedAt === null ? null : iso(visit.startedAt),
    endedAt: iso(visit.endedAt),
    waitedSeconds: seconds(visit.waitedMs),
    servedSeconds: seconds(visit.servedMs),
    counterId: visit.counterId,
    agentId: visit.agentId === null ? null : ctx.pseudonym(visit.agentId),
    outcome: visit.outcome,
    transfers: visit.transfers.map((t) => ({
      from: end(t.from, ctx.pseudonym),
      to: end(t.to, ctx.pseudonym),
      at: iso(t.at),
    })),
    appointmentRef: visit.appointmentId,
    ...(until.length > 0 ? { personal } : {}),
  };
  return { record, personalUntil: until.length > 0 ? Math.min(...until) : null };
}
