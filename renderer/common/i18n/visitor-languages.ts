import type { LanguageInfo } from './translator';

// The languages Accueil speaks to visitors (the kiosk, a ticket's status page on a
// phone), each named in itself, French first: the site's own language and the fallback.

export const visitorLanguages = [
  { code: 'fr', nativeName: 'Français', dir: 'ltr' },
  { code: 'en', nativeName: 'English', dir: 'ltr' },
  { code: 'es', nativeName: 'Español', dir: 'ltr' },
  { code: 'ar', nativeName: 'العربية', dir: 'rtl' },
  { code: 'pt', nativeName: 'Português', dir: 'ltr' },
  { code: 'uk', nativeName: 'Українська', dir: 'ltr' },
] as const satisfies readonly LanguageInfo[];

export type VisitorLanguage = (typeof visitorLanguages)[number]['code'];
export const defaultVisitorLanguage: VisitorLanguage = 'fr';

/** BCP 47 locales for dates and times: Latin digits everywhere, like ticket numbers. */
export const visitorLocales: Record<VisitorLanguage, string> = {
  fr: 'fr-FR',
  en: 'en-GB',
  es: 'es-ES',
  ar: 'ar-u-nu-latn',
  pt: 'pt-PT',
  uk: 'uk-UA',
};

export function isVisitorLanguage(code: string): code is VisitorLanguage {
  return visitorLanguages.some((language) => language.code === code);
}

export function visitorLanguageInfo(code: VisitorLanguage): LanguageInfo {
  return visitorLanguages.find((language) => language.code === code) ?? visitorLanguages[0];
}

/**
 * The first of the browser's preferred languages (`navigator.languages`, e.g.
 * ["uk-UA", "ru", "en-US"]) that visitors are offered, by its primary subtag; French
 * when there is none.
 */
export function preferredVisitorLanguage(browserLanguages: readonly string[]): VisitorLanguage {
  for (const tag of browserLanguages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (isVisitorLanguage(primary)) return primary;
  }
  return defaultVisitorLanguage;
}
