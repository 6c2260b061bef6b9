import type { LanguageOf } from '../../../shared/i18n/languages';
import { createAppI18n } from '../../common/i18n/create-app-i18n';
import ar from './messages/ar.json';
import en from './messages/en.json';
import es from './messages/es.json';
import fr from './messages/fr.json';
import pt from './messages/pt.json';
import uk from './messages/uk.json';

// The display's words, in every language the languages table offers on the 'display'
// surface. A screen shows one language (its configuration's `language`, else the first
// it speaks, else the site's: see logic/display-view.ts); the others are heard in the
// announcements and read in the information line. Setting the language sets <html lang dir>.

/** Every message id of the display: the keys of the French reference catalog. */
export type DisplayMessageKey = keyof typeof fr;
export type DisplayLanguage = LanguageOf<'display'>;

/** One catalog per language the display offers: a missing key does not compile. */
export const displayCatalogs: Record<DisplayLanguage, Record<DisplayMessageKey, string>> = {
  fr,
  en,
  es,
  ar,
  pt,
  uk,
};

export const displayI18n = createAppI18n({ surface: 'display', messages: displayCatalogs });
