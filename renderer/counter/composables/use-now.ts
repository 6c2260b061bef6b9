import { onScopeDispose, ref, type Ref } from 'vue';
import { useQueueStore } from '../stores/queue-store';

/** The hub's time, ticking every `everyMs`: live waits and timers read it. */
export function useNow(everyMs = 1000): Ref<number> {
  const queue = useQueueStore();
  const now = ref(queue.hubNow());
  const timer = setInterval(() => (now.value = queue.hubNow()), everyMs);
  onScopeDispose(() => clearInterval(timer));
  return now;
}
