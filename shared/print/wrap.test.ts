import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadLine, wrapText, wrapWithPrefix } from './wrap';

const word = fc.string({
  unit: fc.constantFrom(...'abcdéèœ-'.split('')),
  minLength: 1,
  maxLength: 14,
});

describe('wrapping', () => {
  it('never exceeds the width and keeps every word in order', () => {
    fc.assert(
      fc.property(
        fc.array(word, { maxLength: 30 }),
        fc.integer({ min: 1, max: 48 }),
        (words, width) => {
          const lines = wrapText(words.join(' '), width);
          for (const line of lines) expect([...line].length).toBeLessThanOrEqual(width);
          expect(lines.join('').replace(/ /g, '')).toBe(words.join(''));
          if (words.every((w) => [...w].length <= width))
            expect(lines.join(' ').trim()).toBe(words.join(' '));
        },
      ),
    );
  });

  it('breaks at spaces, keeps non-breaking spaces inside a line', () => {
    expect(wrapText('Conservez ce récépissé :\u00a0il vous sera demandé.', 20)).toEqual([
      'Conservez ce',
      'récépissé :\u00a0il vous',
      'sera demandé.',
    ]);
  });

  it('puts a label and its value on one line, or on two when they do not fit', () => {
    expect(spreadLine('Guichet', '4', 12)).toEqual(['Guichet    4']);
    expect(spreadLine('Date', 'Mardi 14 janvier 2025', 16)).toEqual(
      ['Date', '  Mardi 14 janvier', '            2025'].map((l) => l.slice(-16)),
    );
  });

  it('indents the lines after a prefix', () => {
    expect(wrapWithPrefix('1. ', 'Vous recevrez un SMS', 12)).toEqual([
      '1. Vous',
      '   recevrez',
      '   un SMS',
    ]);
  });
});
