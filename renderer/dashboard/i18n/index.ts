import { watchEffect } from 'vue';
import { useI18n as useVueI18n } from 'vue-i18n';
import { languageOr, languages, type LanguageOf } from '../../../shared/i18n/languages';
import { createAppI18n, type Params } from '../../common/i18n/create-app-i18n';
import en from './messages/en.json';
import fr from './messages/fr.json';

// The dashboard speaks French first, English on request; the choice is the workstation's
// preference (not personal data), kept in local storage.

export type MessageKey = keyof typeof fr;
export type DashboardLanguage = LanguageOf<'dashboard'>;

const catalogs: Record<DashboardLanguage, Record<MessageKey, string>> = { fr, en };
const storageKey = 'accueil.dashboard.language';

function savedLanguage(): DashboardLanguage {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(storageKey);
  return languageOr('dashboard', saved);
}

export const dashboardI18n = createAppI18n({
  surface: 'dashboard',
  messages: catalogs,
  language: savedLanguage(),
});

/** The languages the dashboard offers, each named in itself. */
export const dashboardLanguages = dashboardI18n.offered.map((code) => ({
  code,
  nativeName: languages[code].nativeName,
}));

if (typeof document !== 'undefined')
  watchEffect(() => {
    document.title = dashboardI18n.t('app.documentTitle');
  });

export function setLanguage(code: DashboardLanguage): void {
  dashboardI18n.language.value = code;
  localStorage.setItem(storageKey, code);
}

export function t(key: MessageKey, params?: Params): string {
  return dashboardI18n.t(key, params);
}

/** The language and translator, for components (they re-render on a switch). */
export function useI18n() {
  const composer = useVueI18n({ useScope: 'global' });
  return {
    language: dashboardI18n.language,
    setLanguage,
    t: (key: MessageKey, params: Params = {}) => composer.t(key, params),
    d: dashboardI18n.d,
  };
}
