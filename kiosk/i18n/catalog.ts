import type { Catalog, LanguageInfo } from '../../renderer/common/i18n/translator';
import type { fr } from './messages/fr';

/** Every message id of the kiosk: the keys of the French reference catalog. */
export type MessageKey = keyof typeof fr;
/** A complete kiosk catalog: a missing or misspelt key is a compile error. */
export type KioskCatalog = Catalog<MessageKey>;

/** The languages the kiosk speaks, each named in itself; French first. */
export const kioskLanguages = [
  { code: 'fr', nativeName: 'Français', dir: 'ltr' },
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'es', nativeName: 'Español', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'pt', nativeName: 'Português', dir: 'ltr' },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr' },
] as const satisfies readonly LanguageInfo[];

export type KioskLanguage = (typeof kioskLanguages)[number]['code'];
export const defaultLanguage: KioskLanguage = 'fr';

export function isKioskLanguage(code: string): code is KioskLanguage {
  return kioskLanguages.some((language) => language.code === code);
}

export function languageInfo(code: KioskLanguage): LanguageInfo {
  return kioskLanguages.find((language) => language.code === code) ?? kioskLanguages[0];
}
