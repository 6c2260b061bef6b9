import { ref, shallowRef, triggerRef } from 'vue';
import type {
  EventStreamClient,
  StreamStatus,
} from '../../../shared/contracts/event-stream-client';
import type { HubClient } from '../../../shared/contracts/hub-client';
import type { NoticeTopic, StaffNotice } from '../../../shared/contracts/ws-messages';
import { evolve, type DomainEvent, type QueueState } from '../../../shared/engine';
import { createBrowserEventStream } from '../hub';
import { frameBatcher } from './frame-batcher';
import { staffHubLink } from './hub-link';

/** What the stream needs of the staff session: its token, and its guarded hub calls. */
export interface StaffStreamSession {
  token: () => string | null;
  guarded: <T>(call: (hub: HubClient) => Promise<T>) => Promise<T>;
}

export interface StaffStreamHooks {
  /** After the snapshot (`null`) or a batch of events has been applied to the state. */
  onApplied?: (events: readonly DomainEvent[] | null) => void;
  /** After each change of the link's status (already in `status` and `statusDetail`). */
  onStatus?: (status: StreamStatus, detail: string | undefined) => void;
  /** After the offset to the hub's clock has been measured again. */
  onClockSynced?: () => void;
  /** The staff notices to ask the hub for, and what to do with each. */
  notices?: { topics: readonly NoticeTopic[]; onNotice: (notice: StaffNotice) => void };
}

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
 * The site as the hub's staff event stream describes it, for a staff app's store (counter
 * console, dashboard): the engine's state from the staff snapshot, kept current by folding
 * each delta with the engine's own `evolve`, so the app and the hub agree on every rule;
 * the link's status; and the offset between this machine's clock and the hub's, measured
 * at each snapshot (waits are measured on the hub's clock).
 */
export function useStaffStream(session: StaffStreamSession, hooks: StaffStreamHooks = {}) {
  // evolve mutates in place: one shallow ref, triggered after each batch, is far cheaper
  // than a deep reactive copy of every ticket.
  const state = shallowRef<QueueState | null>(null);
  const seq = ref<number | null>(null);
  const status = ref<StreamStatus>('stopped');
  const statusDetail = ref('');
  const clockOffsetMs = ref(0);
  let stream: EventStreamClient | null = null;
  // Folded into the state, not yet on screen.
  let unpublished: { events: DomainEvent[]; toSeq: number | null } = { events: [], toSeq: null };
  const screen = frameBatcher(() => {
    const { events, toSeq } = unpublished;
    unpublished = { events: [], toSeq: null };
    if (toSeq === null) return;
    seq.value = toSeq;
    triggerRef(state);
    hooks.onApplied?.(events);
  });

  async function syncClock(): Promise<void> {
    const sentAt = Date.now();
    try {
      const health = await session.guarded((hub) => hub.health());
      // Whole milliseconds: instants go into content models that want integers.
      clockOffsetMs.value = Math.round(health.now - (sentAt + Date.now()) / 2);
      hooks.onClockSynced?.();
    } catch {
      // Keep the previous offset; waits are then off by this machine's drift at most.
    }
  }

  /** Epoch ms on the hub's clock. */
  function hubNow(): number {
    return Date.now() + clockOffsetMs.value;
  }

  function connect(): void {
    if (stream) return;
    const notices = hooks.notices;
    stream = createBrowserEventStream(
      staffHubLink(session.token()),
      {
        onSnapshot: (message) => {
          if (message.audience !== 'staff' || !isQueueState(message.view)) {
            statusDetail.value = 'the hub sent a public view: this account is not staff';
            return;
          }
          // A new snapshot replaces what was folded and not yet shown.
          screen.cancel();
          unpublished = { events: [], toSeq: null };
          state.value = message.view;
          seq.value = message.seq;
          hooks.onApplied?.(null);
          void syncClock();
        },
        onEvents: (message) => {
          const current = state.value;
          if (!current) return;
          for (const event of message.events) evolve(current, event);
          unpublished.events.push(...message.events);
          unpublished.toSeq = message.toSeq;
          screen.request();
        },
        onStatus: (next, detail) => {
          status.value = next;
          statusDetail.value = detail ?? '';
          hooks.onStatus?.(next, detail);
        },
        onNotice: (message) => notices?.onNotice(message.notice),
      },
      notices ? { notices: notices.topics } : {},
    );
    stream.start();
  }

  function disconnect(): void {
    stream?.stop();
    stream = null;
    screen.cancel();
    unpublished = { events: [], toSeq: null };
    state.value = null;
    seq.value = null;
    status.value = 'stopped';
  }

  /** A new connection (and snapshot) with the session's current token. */
  function reconnect(): void {
    stream?.stop();
    stream = null;
    connect();
  }

  return { state, seq, status, statusDetail, connect, disconnect, reconnect, hubNow };
}
