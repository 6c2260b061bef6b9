import { describe, expect, it } from 'vitest';
import { contrastRatio, formatRatio, relativeLuminance } from './color-contrast';

describe('contrastRatio (WCAG 2.1)', () => {
  it('gives the extremes: 21:1 for black on white, 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#0a4a94', '#0a4a94')).toBe(1);
  });

  it('matches the ratios the WebAIM checker publishes', () => {
    // Greys on white on either side of AA's 4.5:1, and the classic pure colours.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#ff0000', '#ffffff')).toBeCloseTo(4.0, 2);
    expect(contrastRatio('#0000ff', '#ffffff')).toBeCloseTo(8.59, 2);
    expect(contrastRatio('#008000', '#ffffff')).toBeCloseTo(5.14, 2);
    expect(contrastRatio('#ffff00', '#000000')).toBeCloseTo(19.56, 2);
  });

  it('does not depend on the order or the case of the colours', () => {
    expect(contrastRatio('#FFFFFF', '#0A4A94')).toBe(contrastRatio('#0a4a94', '#ffffff'));
  });

  it('computes luminance from linearised sRGB channels', () => {
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000000')).toBe(0);
    // Below the 0.03928 knee the channel is divided by 12.92.
    expect(relativeLuminance('#0a0a0a')).toBeCloseTo(10 / 255 / 12.92, 10);
  });

  it('refuses what is not a #rrggbb colour', () => {
    expect(() => relativeLuminance('red')).toThrow(RangeError);
    expect(() => relativeLuminance('#fff')).toThrow(RangeError);
  });

  it('formats a ratio rounded down, so a failing pair never reads as passing', () => {
    expect(formatRatio(4.4999)).toBe('4.49:1');
    expect(formatRatio(21)).toBe('21.00:1');
  });
});
