import { defineStore } from 'pinia';
import { ref, shallowRef } from 'vue';
import { refusalOf, type Refusal } from '../../common/hub/refusal';
import { announcer } from '../composables/use-announcer';

export interface PendingAction {
  /** The question, e.g. "Close Guichet 2?" */
  title: string;
  /** What will happen, in a sentence. */
  detail: string;
  confirmLabel: string;
  /** Said to screen readers once done. */
  doneText: string;
  /** The danger tone for what cannot be undone (cancel, revoke). */
  danger?: boolean;
  run: () => Promise<unknown>;
}

/**
 * Every action on the floor goes through one confirmation: the manager reads what will
 * happen, confirms, and sees the hub's refusal in words if it says no (the dialog stays
 * open to try again or cancel).
 */
export const useConfirmStore = defineStore('confirm', () => {
  const pending = shallowRef<PendingAction | null>(null);
  const busy = ref(false);
  const refusal = ref<Refusal | null>(null);

  function ask(action: PendingAction): void {
    pending.value = action;
    refusal.value = null;
  }

  function cancel(): void {
    if (busy.value) return;
    pending.value = null;
    refusal.value = null;
  }

  async function confirm(): Promise<boolean> {
    const action = pending.value;
    if (!action || busy.value) return false;
    busy.value = true;
    try {
      await action.run();
      pending.value = null;
      refusal.value = null;
      announcer.say(action.doneText);
      return true;
    } catch (error) {
      refusal.value = refusalOf(error);
      return false;
    } finally {
      busy.value = false;
    }
  }

  return { pending, busy, refusal, ask, cancel, confirm };
});
