import { decideConditions, type ConditionFacts, type DomainEventType } from '../../shared/engine';
import type { HubContext } from './hub-context';

/**
 * Events after which a condition may have ended (or its threshold changed): checked at
 * once, not at the next tick, so a dashboard sees the alert go as the visitor is called.
 * Conditions start with time passing, which the tick sees.
 */
const relevant: ReadonlySet<DomainEventType> = new Set([
  'config:replaced',
  'ticket:called',
  'ticket:cancelled',
  'ticket:transferred',
  'ticket:marked-no-show',
  'counter:resumed',
  'counter:closed',
  'day:ended',
]);

/** Device roles whose silence staff must hear of (an administrator's laptop may come and go). */
const watchedRoles: ReadonlySet<string> = new Set(['kiosk', 'display', 'counter']);

const lateComplaintsNamed = 20;

export interface ConditionKeeperOptions {
  /** Devices connected to the event stream now: in contact, whatever `last_seen_at` says. */
  connected: () => ReadonlySet<string>;
  /** How often the facts are checked (default every 5 seconds). */
  everyMs?: number;
}

/**
 * What the hub knows outside the queue. A device is in contact while it holds an event
 * stream connection (answering its heartbeats) or when it last made a request; nobody is
 * called silent for the time the hub itself was stopped (`listeningSince`).
 */
export function conditionFacts(
  hub: HubContext,
  connected: ReadonlySet<string>,
  startedAt: number,
): ConditionFacts {
  const now = hub.clock();
  return {
    now,
    listeningSince: startedAt,
    devices: hub.devices
      .list()
      .filter((d) => d.revokedAt === null && watchedRoles.has(d.role))
      .map((d) => ({
        deviceId: d.id,
        label: d.label,
        lastContactAt: connected.has(d.id)
          ? now
          : (hub.authenticator.lastContactOf(d.id, d.lastSeenAt) ?? d.enrolledAt),
      })),
    syncOldestPendingAt: hub.sync.enabled ? hub.sync.outbox.oldestPendingEndedAt() : null,
    lateComplaintIds: hub.statistics.complaints
      .list('late', now)
      .slice(0, lateComplaintsNamed)
      .map((c) => c.id),
  };
}

/**
 * Raises and clears the hub's condition alerts (a service over its target, a device gone
 * silent…) and escalates the alerts nobody acknowledged (shared/engine/decide-conditions):
 * at start, every few seconds, and right after an event that may change a condition.
 * Every change is an engine command, so it is in the log, survives a restart and reaches
 * every dashboard through the event stream.
 */
export function scheduleConditionAlerts(
  hub: HubContext,
  options: ConditionKeeperOptions,
): () => void {
  const startedAt = hub.clock();
  let running = false;
  let again = false;
  let stopped = false;
  const check = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const facts = conditionFacts(hub, options.connected(), startedAt);
        for (const command of decideConditions(hub.authority.state, facts)) {
          if (stopped) return;
          const outcome = await hub.authority.submit({ command, actor: { role: 'system' } });
          if (outcome.status !== 200)
            hub.log(`condition alerts: ${command.type} refused: ${JSON.stringify(outcome.body)}`);
        }
      } while (again && !stopped);
    } catch (error) {
      hub.log(`condition alerts: could not check: ${String(error)}`);
    } finally {
      running = false;
    }
  };
  let pending = false;
  const soon = () => {
    if (pending || stopped) return;
    pending = true;
    setImmediate(() => {
      pending = false;
      void check();
    });
  };
  const unsubscribe = hub.authority.subscribe((batch) => {
    if (batch.events.some((event) => relevant.has(event.type))) soon();
  });
  void check();
  const timer = setInterval(() => void check(), options.everyMs ?? 5_000);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
    unsubscribe();
  };
}
