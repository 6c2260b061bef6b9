import type { Catalog } from '../../renderer/common/i18n/translator';
import {
  defaultVisitorLanguage,
  isVisitorLanguage,
  visitorLanguageInfo,
  visitorLanguages,
  type VisitorLanguage,
} from '../../renderer/common/i18n/visitor-languages';
import type { fr } from './messages/fr';

/** Every message id of the kiosk: the keys of the French reference catalog. */
export type MessageKey = keyof typeof fr;
/** A complete kiosk catalog: a missing or misspelt key is a compile error. */
export type KioskCatalog = Catalog<MessageKey>;

/** The languages the kiosk speaks, each named in itself; French first. */
export const kioskLanguages = visitorLanguages;

export type KioskLanguage = VisitorLanguage;
export const defaultLanguage: KioskLanguage = defaultVisitorLanguage;
export const isKioskLanguage = isVisitorLanguage;
export const languageInfo = visitorLanguageInfo;
