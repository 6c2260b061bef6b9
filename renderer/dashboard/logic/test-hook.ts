import type { Pinia } from 'pinia';
import { useLiveStore } from '../stores/live-store';

/**
 * What the end-to-end tests and the bench read (`window.accueilDashboard`): the sequence
 * number applied and shown, the link's state. Numbers and states only, never a name.
 */
export function exposeForTests(pinia: Pinia): void {
  const live = useLiveStore(pinia);
  Object.defineProperty(window, 'accueilDashboard', {
    value: { seq: () => live.seq, status: () => live.status },
  });
}
