import { onBeforeUnmount, onMounted, ref } from 'vue';
import type { AppointmentsRefreshAnswer, SyncStatus } from '../../../shared/contracts/sync';
import { refusalOf, type Refusal } from '../logic/refusal';
import { useQueueStore } from '../stores/queue-store';
import { useSessionStore } from '../stores/session-store';

/** How often the status is read again while the view is open. */
export const SYNC_POLL_MS = 30_000;
/** After "send now": how often, and how many times, to look for the attempt's outcome. */
const FOLLOW_MS = 500;
const FOLLOW_TIMES = 10;

export type SyncAction = 'run' | 'appointments';

/**
 * The central sync as managers see it (GET /api/v1/sync): read when the view opens, every
 * 30 s while it stays open, and right after each action. The event stream carries the
 * engine's events to every member of staff; the sync status is the managers' only, so it is
 * polled rather than pushed (a new stream message would also make older clients restart).
 */
export function useSyncStatus() {
  const session = useSessionStore();
  const queue = useQueueStore();
  const status = ref<SyncStatus | null>(null);
  const readAt = ref<number | null>(null);
  const refusal = ref<(Refusal & { action: SyncAction | 'read' }) | null>(null);
  const busy = ref<SyncAction | null>(null);
  const appointments = ref<AppointmentsRefreshAnswer | null>(null);
  let timer: ReturnType<typeof setInterval> | undefined;
  let open = true;

  async function read(): Promise<SyncStatus | null> {
    try {
      status.value = await session.guarded((hub) => hub.syncStatus());
      readAt.value = queue.hubNow();
      if (refusal.value?.action === 'read') refusal.value = null;
      return status.value;
    } catch (error) {
      refusal.value = { action: 'read', ...refusalOf(error) };
      return null;
    }
  }

  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** Sends now (even during a backoff), then follows the attempt until it settles. */
  async function runNow(): Promise<void> {
    if (busy.value) return;
    busy.value = 'run';
    refusal.value = null;
    const requestedAt = queue.hubNow();
    try {
      status.value = await session.guarded((hub) => hub.syncRun());
      readAt.value = queue.hubNow();
      for (let i = 0; i < FOLLOW_TIMES && open; i++) {
        const current = status.value;
        if (!current) break;
        const settled =
          current.backlog === 0 ||
          (current.inFlight === null && (current.lastAttemptAt ?? 0) >= requestedAt);
        if (settled) break;
        await pause(FOLLOW_MS);
        if (!(await read())) break;
      }
    } catch (error) {
      refusal.value = { action: 'run', ...refusalOf(error) };
    } finally {
      busy.value = null;
    }
  }

  /** Pulls today's appointments from the central API now. */
  async function refreshAppointments(): Promise<void> {
    if (busy.value) return;
    busy.value = 'appointments';
    refusal.value = null;
    appointments.value = null;
    try {
      appointments.value = await session.guarded((hub) => hub.refreshAppointments({}));
      await read();
    } catch (error) {
      refusal.value = { action: 'appointments', ...refusalOf(error) };
    } finally {
      busy.value = null;
    }
  }

  onMounted(() => {
    void read();
    timer = setInterval(() => void read(), SYNC_POLL_MS);
  });
  onBeforeUnmount(() => {
    open = false;
    clearInterval(timer);
  });

  return { status, readAt, refusal, busy, appointments, read, runNow, refreshAppointments };
}
