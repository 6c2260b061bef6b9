import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import type { AdminOverview } from '../../../shared/ipc/setup-channels';
import type { ShownError } from '../logic/message-keys';
import { useAppStore } from './app-store';

/** The admin screen: unlocked by the PIN, then the device's facts and its actions. */
export const useAdminStore = defineStore('admin', () => {
  const app = useAppStore();
  const unlocked = ref(false);
  const overview = shallowRef<AdminOverview | null>(null);
  const logs = shallowRef<{ file: string; lines: string[] } | null>(null);
  const busy = ref(false);
  const error = shallowRef<ShownError | null>(null);
  /** What the last action did, in words of the catalog (a test print sent…). */
  const done = ref<'printed' | 'restarting' | 'leaving' | null>(null);

  function fail(answer: { code: string; message: string; details?: unknown }) {
    const retryAt = (answer.details as { retryAt?: number } | undefined)?.retryAt;
    error.value = { code: answer.code, message: answer.message, ...(retryAt ? { retryAt } : {}) };
    if (answer.code === 'locked') unlocked.value = false;
  }

  async function run(task: () => Promise<void>): Promise<void> {
    busy.value = true;
    error.value = null;
    done.value = null;
    try {
      await task();
    } finally {
      busy.value = false;
    }
  }

  const refresh = async () => {
    const answer = await app.bridge.invoke('admin:overview');
    if (!answer.ok) return fail(answer.error);
    overview.value = answer.value;
  };

  const unlock = (pin: string) =>
    run(async () => {
      const answer = await app.bridge.invoke('admin:unlock', { pin });
      if (!answer.ok) return fail(answer.error);
      unlocked.value = true;
      await refresh();
    });

  const testPrint = () =>
    run(async () => {
      const answer = await app.bridge.invoke('admin:test-print');
      if (!answer.ok) return fail(answer.error);
      done.value = 'printed';
    });

  const showLogs = () =>
    run(async () => {
      const answer = await app.bridge.invoke('admin:logs', { lines: 200 });
      if (!answer.ok) return fail(answer.error);
      logs.value = answer.value;
    });

  const restart = () =>
    run(async () => {
      const answer = await app.bridge.invoke('admin:restart');
      if (!answer.ok) return fail(answer.error);
      done.value = 'restarting';
    });

  const leaveKiosk = () =>
    run(async () => {
      const answer = await app.bridge.invoke('admin:leave-kiosk');
      if (!answer.ok) return fail(answer.error);
      done.value = 'leaving';
    });

  const close = () =>
    run(async () => {
      await app.bridge.invoke('admin:done');
      unlocked.value = false;
      overview.value = null;
      logs.value = null;
    });

  return {
    unlocked,
    overview,
    logs,
    busy,
    error,
    done,
    unlock,
    refresh: () => run(refresh),
    testPrint,
    showLogs,
    restart,
    leaveKiosk,
    close,
  };
});
