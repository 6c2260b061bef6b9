import { createI18n } from 'vue-i18n';
import { en, fr, type DisplayMessages } from './messages';

// The display's vue-i18n instance, in one file so it can move onto the shared setup of
// renderer/common/i18n. The screen speaks the site's first language; the other languages
// are heard in the announcements and read in the information line.

export function createDisplayI18n(locale: 'fr' | 'en' = 'fr') {
  return createI18n<[DisplayMessages], 'fr' | 'en'>({
    legacy: false,
    locale,
    fallbackLocale: 'fr',
    messages: { fr, en },
  });
}
