import { defineStore } from 'pinia';
import { computed, ref } from 'vue';

/** The kiosk's screens; the visitor moves between them, the hub never pushes one. */
export type Screen =
  | { name: 'attract' }
  | { name: 'home' }
  | { name: 'check-in' }
  | { name: 'check-in-outcome' }
  | { name: 'categories' }
  | { name: 'services'; category: string }
  | { name: 'unavailable'; service: string }
  | { name: 'documents' }
  | { name: 'priority' }
  | { name: 'ticket' }
  | { name: 'eservices' }
  | { name: 'help' }
  /** `token`: the ticket a scan already named (its QR code, read on another screen). */
  | { name: 'survey'; token?: string };

export type ScreenName = Screen['name'];

/** Where the visitor is, and the way back. */
export const useNavigationStore = defineStore('navigation', () => {
  const stack = ref<Screen[]>([{ name: 'attract' }]);
  const screen = computed<Screen>(() => stack.value[stack.value.length - 1] ?? { name: 'attract' });
  /** Bumped on every move, so views can react to "a new screen" even to the same one. */
  const visit = ref(0);

  function go(next: Screen) {
    stack.value = [...stack.value, next];
    visit.value++;
  }

  /** Replaces the current screen (a step that must not be gone back to, e.g. "issuing…"). */
  function replace(next: Screen) {
    stack.value = [...stack.value.slice(0, -1), next];
    visit.value++;
  }

  function back() {
    if (stack.value.length > 1) stack.value = stack.value.slice(0, -1);
    visit.value++;
  }

  function home() {
    stack.value = [{ name: 'home' }];
    visit.value++;
  }

  function reset() {
    stack.value = [{ name: 'attract' }];
    visit.value++;
  }

  return {
    screen,
    visit,
    canGoBack: computed(() => stack.value.length > 2),
    go,
    replace,
    back,
    home,
    reset,
  };
});
