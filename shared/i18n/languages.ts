// The languages Accueil speaks, declared once: every app (kiosk, counter console, status
// page, waiting-room display, dashboard) and the printer read this table. A `Record` over the codes,
// so a language without its locale, direction, name or surfaces does not compile.

/** Where a language can be offered. */
export const surfaces = ['kiosk', 'print', 'counter', 'status', 'display', 'dashboard'] as const;
export type Surface = (typeof surfaces)[number];

export type Direction = 'ltr' | 'rtl';

export interface LanguageEntry {
  /** BCP 47 locale for dates, times and plural rules: Latin digits everywhere, like ticket numbers. */
  readonly locale: string;
  readonly direction: Direction;
  /** The language named in itself, as visitors look for it. */
  readonly nativeName: string;
  readonly surfaces: readonly Surface[];
}

/** Every language code, in the order pickers offer them: French first, the site's own and the fallback. */
export const languageCodes = ['fr', 'en', 'es', 'ar', 'pt', 'uk'] as const;
export type LanguageCode = (typeof languageCodes)[number];

const visitor = ['kiosk', 'print', 'status', 'display'] as const;

export const languages = {
  fr: {
    locale: 'fr-FR',
    direction: 'ltr',
    nativeName: 'Français',
    surfaces: [...visitor, 'counter', 'dashboard'],
  },
  en: {
    locale: 'en-GB',
    direction: 'ltr',
    nativeName: 'English',
    surfaces: [...visitor, 'counter', 'dashboard'],
  },
  es: { locale: 'es-ES', direction: 'ltr', nativeName: 'Español', surfaces: visitor },
  ar: { locale: 'ar-u-nu-latn', direction: 'rtl', nativeName: 'العربية', surfaces: visitor },
  pt: { locale: 'pt-PT', direction: 'ltr', nativeName: 'Português', surfaces: visitor },
  uk: { locale: 'uk-UA', direction: 'ltr', nativeName: 'Українська', surfaces: visitor },
} as const satisfies Record<LanguageCode, LanguageEntry>;

/** The codes a surface offers, as a type: `LanguageOf<'counter'>` is 'fr' | 'en'. */
export type LanguageOf<S extends Surface> = {
  [C in LanguageCode]: S extends (typeof languages)[C]['surfaces'][number] ? C : never;
}[LanguageCode];

export const defaultLanguage = 'fr' satisfies LanguageCode;

/** The languages a surface offers, in the table's order (French first). */
export function languagesFor<S extends Surface>(surface: S): [LanguageOf<S>, ...LanguageOf<S>[]] {
  const codes = languageCodes.filter((code) =>
    (languages[code].surfaces as readonly Surface[]).includes(surface),
  );
  return codes as [LanguageOf<S>, ...LanguageOf<S>[]];
}

export function isLanguageFor<S extends Surface>(
  surface: S,
  code: string | null | undefined,
): code is LanguageOf<S> {
  return (languagesFor(surface) as readonly string[]).includes(code ?? '');
}

/** `code` when the surface offers it, else French. */
export function languageOr<S extends Surface>(
  surface: S,
  code: string | null | undefined,
): LanguageOf<S> {
  return isLanguageFor(surface, code) ? code : (defaultLanguage as LanguageOf<S>);
}

/**
 * The first of the browser's preferred languages (`navigator.languages`, e.g.
 * ["uk-UA", "ru", "en-US"]) that the surface offers, by its primary subtag; French when
 * there is none.
 */
export function preferredLanguage<S extends Surface>(
  surface: S,
  browserLanguages: readonly string[],
): LanguageOf<S> {
  for (const tag of browserLanguages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (isLanguageFor(surface, primary)) return primary;
  }
  return defaultLanguage as LanguageOf<S>;
}
