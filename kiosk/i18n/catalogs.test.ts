import { describe, expect, it } from 'vitest';
import { catalogProblems } from '../../renderer/common/i18n/catalog-problems';
import {
  expectedWaits,
  saidWaits,
} from '../../renderer/common/i18n/test-support/wait-expectations';
import { languages, languagesFor } from '../../shared/i18n/languages';
import { waitText } from '../../renderer/common/i18n/wait-text';
import { kioskCatalogs, kioskI18n } from './kiosk-i18n';

// The compiler already checks that every catalog has every key; this checks the words.

describe('kiosk catalogs', () => {
  it('exist for every language the kiosk offers, French first', () => {
    expect(languagesFor('kiosk')[0]).toBe('fr');
    for (const code of languagesFor('kiosk')) expect(kioskCatalogs[code]).toBeDefined();
    expect(languagesFor('kiosk').length).toBeGreaterThanOrEqual(6);
  });

  for (const code of languagesFor('kiosk'))
    it(`${code} says everything French says, with the same placeholders and ${code}'s plural forms`, () => {
      expect(
        catalogProblems(kioskCatalogs.fr, kioskCatalogs[code], languages[code].locale),
      ).toEqual([]);
    });

  it('says every message in every language without falling back or failing', () => {
    for (const code of languagesFor('kiosk'))
      for (const key of Object.keys(kioskCatalogs.fr) as (keyof typeof kioskCatalogs.fr)[]) {
        const text = kioskI18n.t(key, { count: 3 }, code);
        expect(text, `${code} ${key}`).not.toBe(key);
        expect(text, `${code} ${key}`).not.toMatch(/[{}|]/u);
      }
  });
});

describe('kiosk plural forms (CLDR)', () => {
  for (const code of languagesFor('kiosk'))
    it(`${code} says 0, 1, 2, 3, 11 and 100 minutes in its own plural forms`, () => {
      expect(saidWaits((key, params) => kioskI18n.t(key, params, code))).toEqual(
        expectedWaits(code),
      );
    });

  it('counts people ahead with Arabic’s six forms and Ukrainian’s four', () => {
    const ahead = (code: 'ar' | 'uk', count: number) =>
      kioskI18n.t('ticket.ahead', { count }, code);
    expect([0, 1, 2, 3, 11, 100, 103].map((n) => ahead('ar', n))).toEqual([
      'سيحين دورك قريباً',
      'شخص واحد قبلك',
      'شخصان قبلك',
      '3 أشخاص قبلك',
      '11 شخصًا قبلك',
      '100 شخص قبلك',
      '103 أشخاص قبلك',
    ]);
    expect([0, 1, 2, 3, 11, 21, 100].map((n) => ahead('uk', n))).toEqual([
      'Скоро ваша черга',
      'Перед вами 1 особа',
      'Перед вами 2 особи',
      'Перед вами 3 особи',
      'Перед вами 11 осіб',
      'Перед вами 21 особа',
      'Перед вами 100 осіб',
    ]);
  });
});

describe('kiosk waits, as the hub lets a public screen say them', () => {
  const say = (code: 'fr' | 'en' | 'ar' | 'uk') => (estimate: Parameters<typeof waitText>[1]) =>
    waitText((key, params) => kioskI18n.t(key, params ?? {}, code), estimate);

  it('says a figure, a range, "more than 45 minutes", or that it is being worked out', () => {
    const fr = say('fr');
    expect(fr({ kind: 'minutes', minutes: 12 })).toBe('environ 12 minutes');
    expect(fr({ kind: 'range', low: 15, high: 25 })).toBe('entre 15 et 25 minutes');
    expect(fr({ kind: 'more-than', minutes: 45 })).toBe('plus de 45 minutes');
    expect(fr({ kind: 'unknown' })).toBe('en cours de calcul');
    expect(say('en')({ kind: 'range', low: 15, high: 25 })).toBe('between 15 and 25 minutes');
    expect(say('uk')({ kind: 'more-than', minutes: 45 })).toBe('понад 45 хвилин');
    expect(say('ar')({ kind: 'more-than', minutes: 45 })).toBe('أكثر من 45 دقيقة');
    // Arabic counts the range by its upper bound: دقائق after 3 to 10, دقيقة from 11.
    expect(say('ar')({ kind: 'range', low: 0, high: 10 })).toBe('بين 0 و10 دقائق');
    expect(say('ar')({ kind: 'range', low: 15, high: 25 })).toBe('بين 15 و25 دقيقة');
  });
});
