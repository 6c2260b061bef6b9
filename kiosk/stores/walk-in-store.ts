import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { useHubStore } from './hub-store';

/** The walk-in questions answered so far: category, service, documents, priority. */
export const useWalkInStore = defineStore('walk-in', () => {
  const hub = useHubStore();
  const category = ref<string | null>(null);
  const serviceCode = ref<string | null>(null);
  const documentsHeld = ref<string[]>([]);
  /** Why the hub refused a ticket the list showed as available (it changed meanwhile). */
  const refusal = ref<{ reason: string; details: Record<string, unknown> } | null>(null);

  const service = computed(() => hub.services.find((s) => s.code === serviceCode.value) ?? null);
  const missingRequired = computed(() =>
    (service.value?.documents ?? []).filter(
      (d) => d.required && !documentsHeld.value.includes(d.code),
    ),
  );

  function toggleDocument(code: string) {
    documentsHeld.value = documentsHeld.value.includes(code)
      ? documentsHeld.value.filter((c) => c !== code)
      : [...documentsHeld.value, code];
  }

  function chooseService(code: string) {
    serviceCode.value = code;
    documentsHeld.value = [];
    refusal.value = null;
  }

  function reset() {
    category.value = null;
    serviceCode.value = null;
    documentsHeld.value = [];
    refusal.value = null;
  }

  return {
    category,
    serviceCode,
    service,
    documentsHeld,
    refusal,
    missingRequired,
    toggleDocument,
    chooseService,
    reset,
  };
});
