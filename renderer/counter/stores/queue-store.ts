import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { localDate } from '../../../shared/engine';
import { useStaffStream } from '../../common/staff-session/staff-stream';
import { linkState } from '../logic/connection';
import { useSessionStore } from './session-store';

/** How long an action waits for its own events to come back on the stream. */
const CATCH_UP_TIMEOUT_MS = 5000;

/**
 * The site's queue as the hub's staff event stream describes it (`useStaffStream`: the
 * engine's state folded with `evolve`, the hub's clock), with what the console adds: the
 * link's health in the agent's terms, and actions that wait for their own events.
 */
export const useQueueStore = defineStore('queue', () => {
  const session = useSessionStore();
  const failedAttempts = ref(0);
  const browserOnline = ref(typeof navigator === 'undefined' ? true : navigator.onLine);
  const waiters = new Set<{ seq: number; done: () => void }>();
  let restartedAfterRefusal = false;

  const stream = useStaffStream(session, {
    onApplied: () => settleWaiters(),
    onStatus: (next, detail) => {
      // Each retry comes with its reason; the first "connecting" and "live" come without.
      const retrying = (next === 'connecting' || next === 'reconnecting') && detail;
      failedAttempts.value = retrying ? failedAttempts.value + 1 : 0;
      if (next === 'live') restartedAfterRefusal = false;
      if (next === 'refused') void afterRefusal(detail);
    },
  });
  const { state, seq, status } = stream;

  const link = computed(() => linkState(status.value, failedAttempts.value, browserOnline.value));
  const isLive = computed(() => link.value === 'live');
  const config = computed(() => state.value?.config ?? null);

  function settleWaiters(all = false): void {
    for (const waiter of waiters)
      if (all || (seq.value !== null && seq.value >= waiter.seq)) {
        waiters.delete(waiter);
        waiter.done();
      }
  }

  /**
   * The hub closed the stream for good: ask it why. An ended session signs the agent out
   * with the right words (expired or revoked); a session still valid gets one more try.
   */
  async function afterRefusal(detail: string | undefined): Promise<void> {
    try {
      await session.guarded((hub) => hub.whoAmI());
    } catch {
      session.expire(detail, 'revoked');
      return;
    }
    if (restartedAfterRefusal) return session.expire(detail, 'revoked');
    restartedAfterRefusal = true;
    stream.reconnect();
  }

  function disconnect(): void {
    stream.disconnect();
    settleWaiters(true);
  }

  /** Resolves once the stream has applied `target` (an action's own events), or after a timeout. */
  function waitForSeq(target: number): Promise<void> {
    if (seq.value !== null && seq.value >= target) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter = {
        seq: target,
        done: () => {
          clearTimeout(timer);
          resolve();
        },
      };
      const timer = setTimeout(() => {
        waiters.delete(waiter);
        resolve();
      }, CATCH_UP_TIMEOUT_MS);
      waiters.add(waiter);
    });
  }

  /** The site's local day now ("YYYY-MM-DD"). */
  function today(now = stream.hubNow()): string | null {
    return config.value ? localDate(now, config.value.timezone) : null;
  }

  if (typeof window !== 'undefined') {
    window.addEventListener('online', () => (browserOnline.value = true));
    window.addEventListener('offline', () => (browserOnline.value = false));
  }

  return {
    state,
    seq,
    status,
    statusDetail: stream.statusDetail,
    link,
    isLive,
    config,
    connect: stream.connect,
    disconnect,
    waitForSeq,
    hubNow: stream.hubNow,
    today,
  };
});
