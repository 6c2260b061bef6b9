import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { defaultLanguage, languageInfo, type KioskLanguage } from '../i18n/catalog';

export interface AccessModes {
  largeText: boolean;
  highContrast: boolean;
  lowReach: boolean;
  audio: boolean;
}

const noModes = (): AccessModes => ({
  largeText: false,
  highContrast: false,
  lowReach: false,
  audio: false,
});

/** The visitor's choices for this session: language, accessibility modes, open panels. */
export const useSessionStore = defineStore('session', () => {
  const language = ref<KioskLanguage>(defaultLanguage);
  const modes = ref<AccessModes>(noModes());
  const languageOpen = ref(false);
  const accessibilityOpen = ref(false);
  const direction = computed(() => languageInfo(language.value).dir);

  function setLanguage(next: KioskLanguage) {
    language.value = next;
    languageOpen.value = false;
  }

  function toggle(mode: keyof AccessModes) {
    modes.value = { ...modes.value, [mode]: !modes.value[mode] };
  }

  /** Back to French and no modes: nothing of the previous visitor stays. */
  function reset() {
    language.value = defaultLanguage;
    modes.value = noModes();
    languageOpen.value = false;
    accessibilityOpen.value = false;
  }

  return {
    language,
    modes,
    languageOpen,
    accessibilityOpen,
    direction,
    setLanguage,
    toggle,
    reset,
  };
});
