import { describe, expect, it } from 'vitest';
import { spokenLanguages, type SpokenLanguageCode } from './spoken-languages';

// Hand-written expectations, chosen where each language is irregular.
const expected: Record<SpokenLanguageCode, [number, string][]> = {
  fr: [
    [0, 'zéro'],
    [1, 'un'],
    [16, 'seize'],
    [17, 'dix-sept'],
    [21, 'vingt et un'],
    [22, 'vingt-deux'],
    [42, 'quarante-deux'],
    [61, 'soixante et un'],
    [70, 'soixante-dix'],
    [71, 'soixante et onze'],
    [77, 'soixante-dix-sept'],
    [80, 'quatre-vingts'],
    [81, 'quatre-vingt-un'],
    [91, 'quatre-vingt-onze'],
    [99, 'quatre-vingt-dix-neuf'],
    [100, 'cent'],
    [101, 'cent un'],
    [180, 'cent quatre-vingts'],
    [200, 'deux cents'],
    [201, 'deux cent un'],
    [999, 'neuf cent quatre-vingt-dix-neuf'],
  ],
  en: [
    [0, 'zero'],
    [13, 'thirteen'],
    [21, 'twenty-one'],
    [40, 'forty'],
    [100, 'one hundred'],
    [101, 'one hundred and one'],
    [115, 'one hundred and fifteen'],
    [999, 'nine hundred and ninety-nine'],
  ],
  es: [
    [0, 'cero'],
    [1, 'uno'],
    [15, 'quince'],
    [16, 'dieciséis'],
    [21, 'veintiuno'],
    [22, 'veintidós'],
    [30, 'treinta'],
    [31, 'treinta y uno'],
    [100, 'cien'],
    [101, 'ciento uno'],
    [500, 'quinientos'],
    [777, 'setecientos setenta y siete'],
    [999, 'novecientos noventa y nueve'],
  ],
  pt: [
    [0, 'zero'],
    [1, 'um'],
    [2, 'dois'],
    [16, 'dezasseis'],
    [19, 'dezanove'],
    [21, 'vinte e um'],
    [100, 'cem'],
    [101, 'cento e um'],
    [123, 'cento e vinte e três'],
    [200, 'duzentos'],
    [555, 'quinhentos e cinquenta e cinco'],
  ],
  ar: [
    [0, 'صفر'],
    [1, 'واحد'],
    [2, 'اثنان'],
    [11, 'أحد عشر'],
    [12, 'اثنا عشر'],
    [20, 'عشرون'],
    [21, 'واحد وعشرون'],
    [100, 'مئة'],
    [123, 'مئة وثلاثة وعشرون'],
    [200, 'مئتان'],
    [999, 'تسعمئة وتسعة وتسعون'],
  ],
  uk: [
    [0, 'нуль'],
    [1, 'один'],
    [2, 'два'],
    [11, 'одинадцять'],
    [40, 'сорок'],
    [42, 'сорок два'],
    [90, "дев'яносто"],
    [100, 'сто'],
    [200, 'двісті'],
    [555, "п'ятсот п'ятдесят п'ять"],
    [999, "дев'ятсот дев'яносто дев'ять"],
  ],
};

const languages = Object.keys(spokenLanguages) as SpokenLanguageCode[];

describe('numbers in words', () => {
  for (const language of languages) {
    it.each(expected[language])(`${language}: %i → %s`, (n, words) => {
      expect(spokenLanguages[language].number(n)).toBe(words);
    });

    it(`${language}: every number 0–999 has its own words, letters only, no stray spaces`, () => {
      const said = new Set<string>();
      for (let n = 0; n <= 999; n += 1) {
        const words = spokenLanguages[language].number(n);
        expect(words, String(n)).toMatch(/^\p{L}[\p{L}\p{M}' -]*\p{L}$|^\p{L}$/u);
        expect(words, String(n)).not.toMatch(/ {2}|undefined/);
        said.add(words);
      }
      expect(said.size).toBe(1000);
    });
  }

  it('names the 26 Latin letters in every language', () => {
    for (const language of languages) expect(spokenLanguages[language].letters).toHaveLength(26);
  });
});
