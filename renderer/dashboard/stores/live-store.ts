import { defineStore } from 'pinia';
import { computed, ref, shallowRef, triggerRef } from 'vue';
import type {
  EventStreamClient,
  StreamStatus,
} from '../../../shared/contracts/event-stream-client';
import { evolve, type DomainEvent, type QueueState } from '../../../shared/engine';
import { createBrowserEventStream } from '../../common/hub';
import { staffHubLink } from '../../common/staff-session/hub-link';
import { useSessionStore } from './session-store';

function isQueueState(view: unknown): view is QueueState {
  return (
    typeof view === 'object' &&
    view !== null &&
    'tickets' in view &&
    'counters' in view &&
    'config' in view
  );
}

type EventListener = (events: readonly DomainEvent[]) => void;

/**
 * The site as the hub's event stream describes it: the engine's state from the staff
 * snapshot, folded with the engine's own `evolve` for each delta (never polled). Also the
 * link's health and the hub's clock (waits are measured on it), ticking each second.
 */
export const useLiveStore = defineStore('live', () => {
  const session = useSessionStore();
  // evolve mutates in place: one shallow ref triggered per batch, not a deep reactive copy.
  const state = shallowRef<QueueState | null>(null);
  const seq = ref<number | null>(null);
  const status = ref<StreamStatus>('stopped');
  const statusDetail = ref('');
  const clockOffsetMs = ref(0);
  const now = ref(Date.now());
  const listeners = new Set<EventListener>();
  let stream: EventStreamClient | null = null;
  let ticker: ReturnType<typeof setInterval> | null = null;

  const config = computed(() => state.value?.config ?? null);
  const isLive = computed(() => status.value === 'live');

  async function syncClock(): Promise<void> {
    const sentAt = Date.now();
    try {
      const health = await session.guarded((hub) => hub.health());
      clockOffsetMs.value = Math.round(health.now - (sentAt + Date.now()) / 2);
      now.value = hubNow();
    } catch {
      // Keep the previous offset.
    }
  }

  function hubNow(): number {
    return Date.now() + clockOffsetMs.value;
  }

  /** Called with each batch of events once applied (the fleet refreshes on device events). */
  function onEvents(listener: EventListener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
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
        void syncClock();
      },
      onEvents: (message) => {
        const current = state.value;
        if (!current) return;
        for (const event of message.events) evolve(current, event);
        seq.value = message.toSeq;
        triggerRef(state);
        for (const listener of listeners) listener(message.events);
      },
      onStatus: (next, detail) => {
        status.value = next;
        statusDetail.value = detail ?? '';
        if (next === 'refused') session.expire(detail, 'revoked');
      },
    });
    stream.start();
    ticker ??= setInterval(() => (now.value = hubNow()), 1000);
  }

  function disconnect(): void {
    stream?.stop();
    stream = null;
    if (ticker) clearInterval(ticker);
    ticker = null;
    state.value = null;
    seq.value = null;
    status.value = 'stopped';
  }

  return {
    state,
    seq,
    status,
    statusDetail,
    config,
    isLive,
    now,
    connect,
    disconnect,
    hubNow,
    onEvents,
  };
});
