import { watchEffect } from 'vue';
import { useI18n as useVueI18n } from 'vue-i18n';
import { languages, type LanguageOf } from '../../../shared/i18n/languages';
import { createAppI18n, type Params } from '../../common/i18n/create-app-i18n';
import en from './messages/en.json';
import fr from './messages/fr.json';

// The setup and admin screens are for IT and staff: French first, English on request,
// the staff languages of the table (the counter console's surface).

export type SetupMessageKey = keyof typeof fr;
export type SetupLanguage = LanguageOf<'counter'>;

export const setupCatalogs: Record<SetupLanguage, Record<SetupMessageKey, string>> = { fr, en };

export const setupI18n = createAppI18n({ surface: 'counter', messages: setupCatalogs });

export const setupLanguageNames = setupI18n.offered.map((code) => ({
  code,
  nativeName: languages[code].nativeName,
}));

if (typeof document !== 'undefined')
  watchEffect(() => {
    document.title = setupI18n.t('app.documentTitle');
  });

/** The translator and formats, for components (they re-render on a switch). */
export function useI18n() {
  const composer = useVueI18n({ useScope: 'global' });
  return {
    language: setupI18n.language,
    t: (key: SetupMessageKey, params: Params = {}) => composer.t(key, params),
    time: (epochMs: number) => {
      void composer.locale.value;
      return setupI18n.d(epochMs, 'time');
    },
    date: (epochMs: number) => {
      void composer.locale.value;
      return setupI18n.d(epochMs, 'calendarDate', { timeZone: 'Europe/Paris' });
    },
  };
}
