import { watchEffect } from 'vue';
import { useI18n as useVueI18n } from 'vue-i18n';
import { languageOr, languages, type LanguageOf } from '../../../shared/i18n/languages';
import { createAppI18n, type Params } from '../../common/i18n/create-app-i18n';
import en from './messages/en.json';
import fr from './messages/fr.json';

// The console speaks French first, English on request (the languages table says which).
// The choice is a preference of the workstation (not personal data), kept in local storage.

export type MessageKey = keyof typeof fr;
export type ConsoleLanguage = LanguageOf<'counter'>;

const catalogs: Record<ConsoleLanguage, Record<MessageKey, string>> = { fr, en };
const storageKey = 'accueil.counter.language';

function savedLanguage(): ConsoleLanguage {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey);
  return languageOr('counter', saved);
}

export const counterI18n = createAppI18n({
  surface: 'counter',
  messages: catalogs,
  language: savedLanguage(),
});

/** The languages the console offers, each named in itself. */
export const consoleLanguages = counterI18n.offered.map((code) => ({
  code,
  nativeName: languages[code].nativeName,
}));

if (typeof document !== 'undefined')
  watchEffect(() => {
    document.title = counterI18n.t('app.documentTitle');
  });

export function setLanguage(code: ConsoleLanguage): void {
  counterI18n.language.value = code;
  localStorage.setItem(storageKey, code);
}

export function t(key: MessageKey, params?: Params): string {
  return counterI18n.t(key, params);
}

/** The language and translator, for components (vue-i18n's composer: they re-render on a switch). */
export function useI18n() {
  const composer = useVueI18n({ useScope: 'global' });
  return {
    language: counterI18n.language,
    setLanguage,
    t: (key: MessageKey, params: Params = {}) => composer.t(key, params),
  };
}
