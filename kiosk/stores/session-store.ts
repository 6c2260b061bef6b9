import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { defaultLanguage, languages } from '../../shared/i18n/languages';
import { kioskI18n, type KioskLanguage } from '../i18n/kiosk-i18n';

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
  // The kiosk's vue-i18n language itself: setting it switches words, formats, lang and dir.
  const language = kioskI18n.language;
  const modes = ref<AccessModes>(noModes());
  const languageOpen = ref(false);
  const accessibilityOpen = ref(false);
  const direction = computed(() => languages[language.value].direction);

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
