import type { Pinia } from 'pinia';
import { useAlarmStore } from '../stores/alarm-store';
import { useLiveStore } from '../stores/live-store';

/**
 * What the end-to-end tests and the bench read (`window.accueilDashboard`): the sequence
 * number applied, the link's state and what the alert sound did. Numbers and states only.
 */
export function exposeForTests(pinia: Pinia): void {
  const live = useLiveStore(pinia);
  const alarm = useAlarmStore(pinia);
  Object.defineProperty(window, 'accueilDashboard', {
    value: {
      seq: () => live.seq,
      status: () => live.status,
      sound: () => ({
        wanted: alarm.wanted,
        sounding: alarm.sounding,
        played: alarm.played,
        lastPlayed: alarm.lastPlayed,
        muted: alarm.muted,
        blocked: alarm.blocked,
        context: alarm.contextState(),
      }),
    },
  });
}
