import type { LanguageOf } from '../../../shared/i18n/languages';
import { createAppI18n } from '../../common/i18n/create-app-i18n';
import ar from './messages/ar.json';
import en from './messages/en.json';
import es from './messages/es.json';
import fr from './messages/fr.json';
import pt from './messages/pt.json';
import uk from './messages/uk.json';

/** Every message id of the status page: the keys of the French reference catalog. */
export type StatusMessageKey = keyof typeof fr;
export type StatusLanguage = LanguageOf<'status'>;

/** One catalog per language the status page offers: a missing key does not compile. */
export const statusCatalogs: Record<StatusLanguage, Record<StatusMessageKey, string>> = {
  fr,
  en,
  es,
  ar,
  pt,
  uk,
};

export const statusI18n = createAppI18n({ surface: 'status', messages: statusCatalogs });
