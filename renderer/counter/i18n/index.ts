import { ref, watchEffect } from 'vue';
import { translate, type Params } from '../../common/i18n/translator';
import { en } from './en';
import { fr, type MessageKey } from './fr';

// The console speaks French first, English on request. The choice is a preference of
// the workstation (not personal data), kept in local storage.

export const consoleLanguages = [
  { code: 'fr', nativeName: 'Français' },
  { code: 'en', nativeName: 'English' },
] as const;
export type ConsoleLanguage = (typeof consoleLanguages)[number]['code'];

const catalogs = { fr, en };
const storageKey = 'accueil.counter.language';

function initialLanguage(): ConsoleLanguage {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey);
  return saved === 'en' ? 'en' : 'fr';
}

const language = ref<ConsoleLanguage>(initialLanguage());

if (typeof document !== 'undefined')
  watchEffect(() => {
    document.documentElement.lang = language.value;
    document.title = translate(catalogs, language.value, 'app.documentTitle');
  });

export function setLanguage(code: ConsoleLanguage): void {
  language.value = code;
  localStorage.setItem(storageKey, code);
}

export function t(key: MessageKey, params?: Params): string {
  return translate(catalogs, language.value, key, params);
}

/** The language and translator, for components (reading `language` makes them re-render). */
export function useI18n() {
  return {
    language,
    setLanguage,
    t: (key: MessageKey, params?: Params) => translate(catalogs, language.value, key, params),
  };
}

export type { MessageKey };
