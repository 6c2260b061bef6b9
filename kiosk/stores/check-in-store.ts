import { defineStore } from 'pinia';
import { ref } from 'vue';
import type { MessageKey } from '../i18n/kiosk-i18n';
import type { CheckInOutcome } from '../logic/check-in-outcome';

/** The appointment check-in: the code being typed, what was wrong with it, the verdict. */
export const useCheckInStore = defineStore('check-in', () => {
  const code = ref('');
  const problem = ref<MessageKey | null>(null);
  const searching = ref(false);
  const outcome = ref<CheckInOutcome | null>(null);

  function type(key: string) {
    if (code.value.length < 24) code.value += key;
    problem.value = null;
  }

  function erase() {
    code.value = code.value.slice(0, -1);
    problem.value = null;
  }

  function reset() {
    code.value = '';
    problem.value = null;
    searching.value = false;
    outcome.value = null;
  }

  return { code, problem, searching, outcome, type, erase, reset };
});
