import { defineStore } from 'pinia';
import { computed, ref, shallowRef, triggerRef } from 'vue';
import type {
  EventStreamClient,
  StreamStatus,
} from '../../../shared/contracts/event-stream-client';
import { evolve, localDate, type QueueState } from '../../../shared/engine';
import { createBrowserEventStream } from '../../common/hub';
import { staffHubLink } from '../../common/staff-session/hub-link';
import { linkState } from '../logic/connection';
import { useSessionStore } from './session-store';

/** How long an action waits for its own events to come back on the stream. */
const CATCH_UP_TIMEOUT_MS = 5000;

function isQueueState(view: unknown): view is QueueState {
  return (
    typeof view === 'object' &&
    view !== null &&
    'tickets' in view &&
    'counters' in view &&
    'config' in view
  );
}

/**
 * The site's queue as the hub's event stream describes it: the engine's state from the
 * staff snapshot, kept current by folding each delta with the engine's own `evolve`, so
 * the console and the hub agree on every rule. Also the link's health, and the offset
 * between this machine's clock and the hub's (waits are measured on the hub's clock).
 */
export const useQueueStore = defineStore('queue', () => {
  const session = useSessionStore();
  // evolve mutates in place: one shallow ref, triggered after each batch, is far cheaper
  // than a deep reactive copy of every ticket.
  const state = shallowRef<QueueState | null>(null);
  const seq = ref<number | null>(null);
  const status = ref<StreamStatus>('stopped');
  const statusDetail = ref('');
  const failedAttempts = ref(0);
  const browserOnline = ref(typeof navigator === 'undefined' ? true : navigator.onLine);
  const clockOffsetMs = ref(0);
  let stream: EventStreamClient | null = null;
  const waiters = new Set<{ seq: number; done: () => void }>();

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

  async function syncClock(): Promise<void> {
    const sentAt = Date.now();
    try {
      const health = await session.guarded((hub) => hub.health());
      // Whole milliseconds: instants go into content models that want integers.
      clockOffsetMs.value = Math.round(health.now - (sentAt + Date.now()) / 2);
    } catch {
      // Keep the previous offset; waits are then off by this machine's drift at most.
    }
  }

  let restartedAfterRefusal = false;

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
    stream?.stop();
    stream = null;
    connect();
  }

  function connect(): void {
    if (stream) return;
    stream = createBrowserEventStream(staffHubLink(session.token()), {
      onSnapshot: (message) => {
        if (message.audience !== 'staff' || !isQueueState(message.view)) {
          statusDetail.value = 'the hub sent a public view: this account is not staff';
          return;
        }
        state.value = message.view;
        seq.value = message.seq;
        settleWaiters();
        void syncClock();
      },
      onEvents: (message) => {
        const current = state.value;
        if (!current) return;
        for (const event of message.events) evolve(current, event);
        seq.value = message.toSeq;
        triggerRef(state);
        settleWaiters();
      },
      onStatus: (next, detail) => {
        // Each retry comes with its reason; the first "connecting" and "live" come without.
        const retrying = (next === 'connecting' || next === 'reconnecting') && detail;
        failedAttempts.value = retrying ? failedAttempts.value + 1 : 0;
        status.value = next;
        statusDetail.value = detail ?? '';
        if (next === 'live') restartedAfterRefusal = false;
        if (next === 'refused') void afterRefusal(detail);
      },
    });
    stream.start();
  }

  function disconnect(): void {
    stream?.stop();
    stream = null;
    state.value = null;
    seq.value = null;
    status.value = 'stopped';
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

  /** Epoch ms on the hub's clock. */
  function hubNow(): number {
    return Date.now() + clockOffsetMs.value;
  }

  /** The site's local day now ("YYYY-MM-DD"). */
  function today(now = hubNow()): string | null {
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
    statusDetail,
    link,
    isLive,
    config,
    connect,
    disconnect,
    waitForSeq,
    hubNow,
    today,
  };
});
