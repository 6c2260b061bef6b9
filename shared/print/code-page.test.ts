import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codePages,
  decodeByte,
  encodeText,
  fitsCodePage,
  printsLegibly,
  transliterate,
} from './code-page';

const french = 'é è à ç œ € « » — ù â ê î ô û ë ï ü ÿ É È À Ç Œ';

describe('code pages', () => {
  it('prints every French character natively in WPC1252', () => {
    const { bytes, substitutions } = encodeText('wpc1252', 'éèàçœ€«»—’…');
    expect(substitutions).toEqual([]);
    expect([...bytes]).toEqual([0xe9, 0xe8, 0xe0, 0xe7, 0x9c, 0x80, 0xab, 0xbb, 0x97, 0x92, 0x85]);
  });

  it('prints French in PC858 with € at 0xD5, and spells out what it lacks', () => {
    const { bytes, substitutions } = encodeText('pc858', 'éèàç€«»');
    expect([...bytes]).toEqual([0x82, 0x8a, 0x85, 0x87, 0xd5, 0xae, 0xaf]);
    expect(substitutions).toEqual([]);
    const lacking = transliterate('pc858', 'sœur — l’été…');
    expect(lacking.text).toBe("soeur - l'été...");
    expect(lacking.substitutions.map((s) => [s.char, s.replacement, s.lost])).toEqual([
      ['œ', 'oe', false],
      ['—', '-', false],
      ['’', "'", false],
      ['…', '...', false],
    ]);
  });

  it('turns every kind of non-breaking space into a space', () => {
    for (const page of codePages)
      expect(transliterate(page, '10\u202F:\u2009h\u2007m').text).toBe('10 : h m');
  });

  it('reports what it cannot print as "?" and never drops a character', () => {
    const { text, substitutions } = transliterate('wpc1252', 'A رقم ✓');
    expect(text).toBe('A ??? ?');
    expect(substitutions.every((s) => s.lost)).toBe(true);
    expect(substitutions).toHaveLength(4);
    expect(printsLegibly('wpc1252', 'رقم')).toBe(false);
    expect(printsLegibly('pc858', 'sœur')).toBe(true);
    expect(fitsCodePage('pc858', 'sœur')).toBe(false);
  });

  it('keeps the base letter of an accent the page lacks', () => {
    expect(transliterate('wpc1252', 'Łódź Ștefan Dvořák').text).toBe('Lódz Stefan Dvorák');
  });

  it('never sends a control character as text', () => {
    const { bytes, substitutions } = encodeText('wpc1252', 'a\x1b@b\tc\nd');
    expect([...bytes]).toEqual([0x61, 0x3f, 0x40, 0x62, 0x20, 0x63, 0x0a, 0x64]);
    expect(substitutions.map((s) => s.codePoint)).toEqual([0x1b, 0x09]);
  });

  it.each(codePages)('%s: whatever it can hold decodes back to itself', (page) => {
    const holdable = [...Array(256).keys()]
      .filter((b) => b >= 0x20 && b !== 0x7f)
      .map((b) => decodeByte(page, b))
      .filter((c): c is string => c !== undefined && c.normalize('NFC') === c);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...holdable)), (chars) => {
        const { bytes, substitutions } = encodeText(page, chars.join(''));
        expect(substitutions).toEqual([]);
        expect([...bytes].map((b) => decodeByte(page, b)).join('')).toBe(chars.join(''));
      }),
    );
  });

  it('covers the French alphabet in both pages, except œ, Œ and — in PC858', () => {
    expect(fitsCodePage('wpc1252', french)).toBe(true);
    const missing = transliterate('pc858', french).substitutions.map((s) => s.char);
    expect(missing).toEqual(['œ', '—', 'Œ']);
  });
});
