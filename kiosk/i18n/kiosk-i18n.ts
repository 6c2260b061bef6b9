import type { LanguageOf } from '../../shared/i18n/languages';
import { createAppI18n } from '../../renderer/common/i18n/create-app-i18n';
import ar from './messages/ar.json';
import en from './messages/en.json';
import es from './messages/es.json';
import fr from './messages/fr.json';
import pt from './messages/pt.json';
import uk from './messages/uk.json';

/** Every message id of the kiosk: the keys of the French reference catalog. */
export type MessageKey = keyof typeof fr;
/** The languages the kiosk offers (shared/i18n/languages.ts says which). */
export type KioskLanguage = LanguageOf<'kiosk'>;

/** One catalog per kiosk language; a catalog missing a key does not compile. */
export const kioskCatalogs: Record<KioskLanguage, Record<MessageKey, string>> = {
  fr,
  en,
  es,
  ar,
  pt,
  uk,
};

/** The kiosk's words and formats; its language is the visitor's (the session store's). */
export const kioskI18n = createAppI18n({ surface: 'kiosk', messages: kioskCatalogs });
