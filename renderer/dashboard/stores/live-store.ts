import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { StaffNotice } from '../../../shared/contracts/ws-messages';
import type { DomainEvent } from '../../../shared/engine';
import { useStaffStream } from '../../common/staff-session/staff-stream';
import { useSessionStore } from './session-store';

type EventListener = (events: readonly DomainEvent[]) => void;
type NoticeListener = (notice: StaffNotice) => void;

/**
 * The site as the hub's staff event stream describes it (`useStaffStream`: the engine's
 * state folded with `evolve` for each delta, never polled; the hub's clock), with the
 * hub's time ticking each second for the waits on screen, and listeners for each batch
 * and for the hub's notices of what changed outside the queue (complaints).
 */
export const useLiveStore = defineStore('live', () => {
  const session = useSessionStore();
  const now = ref(Date.now());
  const listeners = new Set<EventListener>();
  const noticeListeners = new Set<NoticeListener>();
  let ticker: ReturnType<typeof setInterval> | null = null;

  const stream = useStaffStream(session, {
    onApplied: (events) => {
      if (events) for (const listener of listeners) listener(events);
    },
    onStatus: (next, detail) => {
      if (next === 'refused') session.expire(detail, 'revoked');
    },
    onClockSynced: () => (now.value = stream.hubNow()),
    notices: {
      topics: ['complaints'],
      onNotice: (notice) => {
        for (const listener of noticeListeners) listener(notice);
      },
    },
  });
  const { state, status } = stream;

  const config = computed(() => state.value?.config ?? null);
  const isLive = computed(() => status.value === 'live');

  /** Called with each batch of events once applied (the fleet refreshes on device events). */
  function onEvents(listener: EventListener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  /** Called with each notice (a complaint recorded or answered on any staff screen). */
  function onNotice(listener: NoticeListener): () => void {
    noticeListeners.add(listener);
    return () => noticeListeners.delete(listener);
  }

  function connect(): void {
    stream.connect();
    ticker ??= setInterval(() => (now.value = stream.hubNow()), 1000);
  }

  function disconnect(): void {
    stream.disconnect();
    if (ticker) clearInterval(ticker);
    ticker = null;
  }

  return {
    state,
    seq: stream.seq,
    status,
    statusDetail: stream.statusDetail,
    config,
    isLive,
    now,
    connect,
    disconnect,
    hubNow: stream.hubNow,
    onEvents,
    onNotice,
  };
});
