import { createI18n } from 'vue-i18n';
import en from './messages/en.json';
import fr from './messages/fr.json';

// The display's vue-i18n instance. Its catalogs are JSON, compiled at build time like
// every app's (vite.config.ts: the hub's CSP forbids eval). The screen speaks the site's
// first language; the other languages are heard in the announcements and read in the
// information line. Its words exist in French and English only, so it does not use the
// six-language createAppI18n yet.

export type DisplayMessages = typeof fr;

const catalogs: Record<'fr' | 'en', DisplayMessages> = { fr, en };

export function createDisplayI18n(locale: 'fr' | 'en' = 'fr') {
  return createI18n<[DisplayMessages], 'fr' | 'en'>({
    legacy: false,
    locale,
    fallbackLocale: 'fr',
    messages: catalogs,
  });
}
