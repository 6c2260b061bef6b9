import { describe, expect, it } from 'vitest';
import { cldrPluralRule, pluralCategories, type PluralCategory } from './plural-rules';

// Arabic and Ukrainian checked against CLDR's own rules (CLDR 46, plurals.xml, integers):
//   ar  zero: n = 0 · one: n = 1 · two: n = 2 · few: n % 100 = 3..10 · many: n % 100 = 11..99 · other
//   uk  one: i % 10 = 1 and i % 100 != 11 · few: i % 10 = 2..4 and i % 100 != 12..14 ·
//       many: i % 10 = 0 or i % 10 = 5..9 or i % 100 = 11..14 · other: fractions
function arabic(n: number): PluralCategory {
  if (n === 0) return 'zero';
  if (n === 1) return 'one';
  if (n === 2) return 'two';
  if (n % 100 >= 3 && n % 100 <= 10) return 'few';
  if (n % 100 >= 11 && n % 100 <= 99) return 'many';
  return 'other';
}
function ukrainian(n: number): PluralCategory {
  if (!Number.isInteger(n)) return 'other';
  if (n % 10 === 1 && n % 100 !== 11) return 'one';
  if (n % 10 >= 2 && n % 10 <= 4 && !(n % 100 >= 12 && n % 100 <= 14)) return 'few';
  return 'many';
}

const counts = [...Array.from({ length: 250 }, (_, n) => n), 1000, 1001, 1002, 1003, 1011];

describe('CLDR plural rules for vue-i18n', () => {
  it('lists each language’s categories in CLDR order', () => {
    expect(pluralCategories('ar-u-nu-latn')).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    expect(pluralCategories('uk-UA')).toEqual(['one', 'few', 'many', 'other']);
    expect(pluralCategories('fr-FR')).toEqual(['one', 'many', 'other']);
    expect(pluralCategories('en-GB')).toEqual(['one', 'other']);
  });

  it('picks Arabic’s six forms as CLDR says, for every count to 250 and beyond', () => {
    const rule = cldrPluralRule('ar-u-nu-latn');
    const forms = pluralCategories('ar-u-nu-latn');
    for (const n of counts) expect(forms[rule(n, 6)], `${n}`).toBe(arabic(n));
  });

  it('picks Ukrainian’s four forms as CLDR says, fractions included', () => {
    const rule = cldrPluralRule('uk-UA');
    const forms = pluralCategories('uk-UA');
    for (const n of [...counts, 1.5, 2.5, 21.5])
      expect(forms[rule(n, 4)], `${n}`).toBe(ukrainian(n));
  });

  it('takes one more form first as the words for exactly 0', () => {
    const french = cldrPluralRule('fr-FR');
    expect([0, 1, 2, 1_000_000].map((n) => french(n, 4))).toEqual([0, 1, 3, 2]);
    expect([0, 1, 2, 1_000_000].map((n) => french(n, 3))).toEqual([0, 0, 2, 1]);
    const ukrainianWithZero = cldrPluralRule('uk-UA');
    expect([0, 1, 2, 5].map((n) => ukrainianWithZero(n, 5))).toEqual([0, 1, 2, 3]);
  });

  it('says a message without forms as it is', () => {
    expect(cldrPluralRule('ar-u-nu-latn')(7, 1)).toBe(0);
  });
});
