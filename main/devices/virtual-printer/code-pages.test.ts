import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { codePage } from './code-pages';
import { decodeEscPos } from './decoder';
import { renderText } from './render-text';
import { bytes, type BytePart, ESC, LF } from './test-support/sample-ticket';

const textOf = (...parts: BytePart[]): string => renderText(decodeEscPos(bytes(...parts)).job);

describe('code page tables', () => {
  it.each([
    [0, 'cp437'],
    [2, 'cp850'],
    [16, 'win1252'],
    [19, 'cp858'],
  ])('ESC t %i has 128 characters matching iconv-lite %s', (n, encoding) => {
    const page = codePage(n);
    expect(page?.upper).toHaveLength(128);
    const upper = Buffer.from(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i));
    expect(page?.upper.join('')).toBe(iconv.decode(upper, encoding));
  });

  // Positions read off the code page charts.
  it.each([
    [0, { 0x82: 'é', 0x8a: 'è', 0x85: 'à', 0x87: 'ç', 0x80: 'Ç', 0xae: '«', 0xaf: '»', 0x9c: '£' }],
    [2, { 0x82: 'é', 0x90: 'É', 0xb7: 'À', 0xd5: 'ı', 0xae: '«', 0xaf: '»', 0xd2: 'Ê' }],
    [19, { 0x82: 'é', 0x90: 'É', 0xd5: '€', 0xae: '«', 0xaf: '»', 0x87: 'ç' }],
    [
      16,
      {
        0x80: '€',
        0x8c: 'Œ',
        0x9c: 'œ',
        0x96: '–',
        0x97: '—',
        0xab: '«',
        0xbb: '»',
        0xc9: 'É',
        0xe0: 'à',
        0xe7: 'ç',
        0xe8: 'è',
        0xe9: 'é',
      },
    ],
  ])('ESC t %i puts the French characters where the chart has them', (n, expected) => {
    const page = codePage(n);
    for (const [byte, char] of Object.entries(expected)) {
      expect(page?.upper[Number(byte) - 0x80]).toBe(char);
    }
  });

  it('knows the rarer pages through iconv-lite and refuses unknown numbers', () => {
    expect(codePage(17)?.name).toBe('PC866');
    expect(codePage(17)?.upper[0]).toBe('А'); // Cyrillic A
    expect(codePage(99)).toBeUndefined();
  });
});

describe('French text through ESC t', () => {
  it('prints "Élément à côté" in PC850, PC858 and WPC1252', () => {
    // É l é m e n t   à   c ô t é
    const pc85x = [0x90, 'l', 0x82, 'ment ', 0x85, ' c', 0x93, 't', 0x82];
    const wpc1252 = [0xc9, 'l', 0xe9, 'ment ', 0xe0, ' c', 0xf4, 't', 0xe9];
    expect(textOf([ESC, 0x74, 2], ...pc85x, LF)).toBe('Élément à côté');
    expect(textOf([ESC, 0x74, 19], ...pc85x, LF)).toBe('Élément à côté');
    expect(textOf([ESC, 0x74, 16], ...wpc1252, LF)).toBe('Élément à côté');
  });

  it('prints œ, €, « », — in WPC1252 and € in PC858 (not in PC850)', () => {
    const line = [0x9c, 'uvre ', 0xab, ' 5 ', 0x80, ' ', 0xbb, ' ', 0x97, ' ok'];
    expect(textOf([ESC, 0x74, 16], ...line, LF)).toBe('œuvre « 5 € » — ok');
    expect(textOf([ESC, 0x74, 19], '5 ', 0xd5, LF)).toBe('5 €');
    expect(textOf([ESC, 0x74, 2], '5 ', 0xd5, LF)).toBe('5 ı');
  });

  it('switches code page mid-line and lists the pages used', () => {
    const { job } = decodeEscPos(bytes([ESC, 0x74, 0], 0x82, [ESC, 0x74, 16], 0x82, 0xe9, LF));
    expect(renderText(job)).toBe('é‚é');
    expect(job.codePages).toEqual(['PC437', 'WPC1252']);
  });

  it('keeps the current page and warns for an unknown ESC t', () => {
    const { job } = decodeEscPos(bytes([ESC, 0x74, 19], [ESC, 0x74, 99], 0xd5, LF));
    expect(renderText(job)).toBe('€');
    expect(job.warnings).toEqual([{ offset: 3, message: expect.stringContaining('ESC t 99') }]);
  });

  it('applies ESC R 1 (France) to the ASCII positions', () => {
    expect(textOf([ESC, 0x52, 1], '@ { } | \\ [ ] ~', LF)).toBe('à é è ù ç ° § ¨');
    expect(textOf([ESC, 0x52, 1], [ESC, 0x52, 0], '@{', LF)).toBe('@{');
  });
});
