// WCAG 2.1 contrast (success criteria 1.4.3 and 1.4.11): relative luminance of sRGB
// colours and the ratio between two of them, from 1:1 (same colour) to 21:1 (black/white).

/** A colour written `#rrggbb` (what the site configuration accepts). */
export const hexColorPattern = /^#[0-9a-f]{6}$/i;

/** AA's minimum for normal-size text (1.4.3). */
export const textContrastMinimum = 4.5;

function channels(hex: string): [number, number, number] {
  if (!hexColorPattern.test(hex)) throw new RangeError(`not a #rrggbb colour: ${hex}`);
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function linear(channel: number): number {
  const c = channel / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG's relative luminance of a `#rrggbb` colour, 0 (black) to 1 (white). */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, in either order (≥ 1). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/** A ratio as people read it, rounded down so a failing pair never shows the minimum: "4.49:1". */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
}
