import { describe, expect, it } from 'vitest';
import {
  languageCodes,
  languageOr,
  languages,
  languagesFor,
  preferredLanguage,
  surfaces,
} from './languages';

describe('the languages table', () => {
  it('gives every language a valid BCP 47 locale with Latin digits and its own name', () => {
    for (const code of languageCodes) {
      const { locale, direction, nativeName } = languages[code];
      expect(Intl.getCanonicalLocales(locale)).toEqual([locale]);
      expect(new Intl.Locale(locale).language).toBe(code);
      expect(new Intl.NumberFormat(locale).format(1234567890)).toMatch(/^[0-9\s.,\u00a0\u202f]+$/u);
      expect(['ltr', 'rtl']).toContain(direction);
      expect(nativeName).toMatch(/^\p{L}+$/u);
    }
    expect(languages.ar.direction).toBe('rtl');
  });

  it('offers French first on every surface, visitors all six languages, the console two', () => {
    for (const surface of surfaces) expect(languagesFor(surface)[0]).toBe('fr');
    expect(languagesFor('kiosk')).toEqual(['fr', 'en', 'es', 'ar', 'pt', 'uk']);
    expect(languagesFor('print')).toEqual(languagesFor('kiosk'));
    expect(languagesFor('status')).toEqual(languagesFor('kiosk'));
    expect(languagesFor('counter')).toEqual(['fr', 'en']);
  });

  it('falls back to French for a language the surface does not offer', () => {
    expect(languageOr('counter', 'ar')).toBe('fr');
    expect(languageOr('print', 'uk')).toBe('uk');
    expect(languageOr('kiosk', undefined)).toBe('fr');
  });
});

describe('preferredLanguage', () => {
  it('takes the first browser language the surface offers, by its primary subtag', () => {
    expect(preferredLanguage('status', ['uk-UA', 'ru', 'en-US'])).toBe('uk');
    expect(preferredLanguage('status', ['de-DE', 'ES'])).toBe('es');
    expect(preferredLanguage('status', ['ar_MA'])).toBe('ar');
    expect(preferredLanguage('counter', ['ar_MA', 'en'])).toBe('en');
  });

  it('falls back to French, the site’s language', () => {
    expect(preferredLanguage('status', [])).toBe('fr');
    expect(preferredLanguage('status', ['de', 'it', ''])).toBe('fr');
  });
});
