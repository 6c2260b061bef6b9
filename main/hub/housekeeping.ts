import type { HubContext } from './hub-context';

const hourMs = 3_600_000;

/**
 * Deletes what has outlived its purpose: personal data past its retention time (in the
 * visits' outbox too), visits the central API has had for `visitsKeptDays`, expired
 * sessions (a day after expiry, so a late request still hears "expired"), spent enrolment
 * codes and old idempotency answers. Runs at start and then every hour.
 */
export function runHousekeeping(hub: HubContext): Record<string, number> {
  const now = hub.clock();
  const keptMs = hub.settings.visitsKeptDays * 24 * hourMs;
  const removed = {
    personalData: hub.personal.purge(now),
    visitPersonalData: hub.sync.outbox.purgePersonal(now),
    // Unsent visits are only dropped where no central API will ever take them.
    visits: hub.sync.outbox.purge(now - keptMs, hub.sync.enabled ? undefined : now - keptMs),
    visitFacts: hub.statistics.purge(now),
    surveyComments: hub.statistics.purgeComments(now),
    sessions: hub.agents.purgeSessions(now - 24 * hourMs),
    enrolmentCodes: hub.devices.purgeCodes(now),
    idempotencyKeys: hub.authority.forgetAnswersBefore(
      now - hub.settings.idempotencyHours * hourMs,
    ),
  };
  if (Object.values(removed).some((n) => n > 0))
    hub.log(`housekeeping: ${JSON.stringify(removed)}`);
  return removed;
}

export function scheduleHousekeeping(hub: HubContext, everyMs = hourMs): () => void {
  runHousekeeping(hub);
  const timer = setInterval(() => runHousekeeping(hub), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
