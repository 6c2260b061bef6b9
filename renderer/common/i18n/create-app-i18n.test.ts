import { describe, expect, it } from 'vitest';
import { languagesFor, type LanguageOf } from '../../../shared/i18n/languages';
import { createAppI18n } from './create-app-i18n';

// A one-message catalog per language: what the setup itself does, whatever the app.
const messages = Object.fromEntries(
  languagesFor('display').map((code) => [
    code,
    code === 'ar'
      ? { n: 'صفر | واحد | اثنان | {count} قليل | {count} كثير | {count} آخر', 'a.b': 'نعم' }
      : code === 'uk'
        ? {
            n: 'нуль | {count} один | {count} кілька | {count} багато | {count} інше',
            'a.b': 'так',
          }
        : { n: 'zero | {count} one | {count} many | {count} other', 'a.b': 'yes' },
  ]),
) as Record<LanguageOf<'display'>, { n: string; 'a.b': string }>;
messages.en = { n: 'zero | {count} one | {count} other', 'a.b': 'yes' };

describe('createAppI18n', () => {
  const i18n = createAppI18n({ surface: 'display', messages, followDocument: false });

  it('starts in French, offers the surface’s languages and switches by code', () => {
    expect(i18n.language.value).toBe('fr');
    expect(i18n.offered).toEqual(languagesFor('display'));
    i18n.language.value = 'ar';
    expect(i18n.t('a.b')).toBe('نعم');
    i18n.language.value = 'fr';
    expect(i18n.t('a.b')).toBe('yes');
  });

  it('reads flat ids with dots as one message', () => {
    expect(i18n.t('a.b', {}, 'uk')).toBe('так');
  });

  it('picks CLDR plural forms in every language', () => {
    const say = (code: LanguageOf<'display'>) =>
      [0, 1, 2, 3, 11, 100].map((count) => i18n.t('n', { count }, code));
    expect(say('ar')).toEqual(['صفر', 'واحد', 'اثنان', '3 قليل', '11 كثير', '100 آخر']);
    expect(say('uk')).toEqual([
      'нуль',
      '1 один',
      '2 кілька',
      '3 кілька',
      '11 багато',
      '100 багато',
    ]);
    expect(say('fr')).toEqual(['zero', '1 one', '2 other', '3 other', '11 other', '100 other']);
    expect(say('en')).toEqual(['zero', '1 one', '2 other', '3 other', '11 other', '100 other']);
    expect(i18n.t('n', { count: 1_000_000 }, 'es')).toBe('1000000 many');
  });

  it('writes times in 24 hours with Latin digits in every language, in the zone asked', () => {
    const at = Date.UTC(2026, 11, 3, 13, 5);
    for (const code of i18n.offered) {
      expect(i18n.d(at, 'time', { timeZone: 'UTC', language: code }), code).toBe('13:05');
      expect(i18n.d(at, 'time', { timeZone: 'Europe/Paris', language: code }), code).toBe('14:05');
    }
    expect(i18n.d(Date.UTC(2026, 11, 3, 12), 'calendarDay', { language: 'fr' })).toBe(
      'jeudi 3 décembre',
    );
  });
});
