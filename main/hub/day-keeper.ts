import { dayToEnd } from '../../shared/engine';
import type { HubContext } from './hub-context';

/**
 * Ends days by itself: `dayGraceMs` after the site closes, what is still waiting is closed
 * and the day's report recorded (`day:end`); after a restart that missed an evening, the
 * day left open is ended at once. Checks at start and then every minute.
 */
export function scheduleDayEnd(hub: HubContext, everyMs = 60_000): () => void {
  const graceMs = hub.settings.dayEndGraceMinutes * 60_000;
  let busy = false;
  const check = async () => {
    const day = dayToEnd(hub.authority.state, hub.clock(), graceMs);
    if (!day || busy) return;
    busy = true;
    try {
      const outcome = await hub.authority.submit({
        command: { type: 'day:end', day },
        actor: { role: 'system' },
      });
      hub.log(
        outcome.status === 200
          ? `day ${day} ended by the hub (what was still waiting is closed and reported)`
          : `could not end day ${day}: ${JSON.stringify(outcome.body)}`,
      );
    } catch (error) {
      hub.log(`could not end day ${day}: ${String(error)}`);
    } finally {
      busy = false;
    }
  };
  void check();
  const timer = setInterval(() => void check(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
