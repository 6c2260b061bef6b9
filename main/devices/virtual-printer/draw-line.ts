import { existsSync } from 'node:fs';
import { GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import type { Bitmap, Font, PrintLine, TextRun, TextStyle } from './document';
import { fontCell } from './print-state';

// Printer fonts drawn with DejaVu Sans Mono, sized so a glyph fills its cell: font A is
// 12×24 dots (20 px: 12.04 advance, 19 ascent + 5 descent), font B 9×17 (14 px).

const FAMILY = 'Virtual Printer Mono';
const fontFiles = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf',
];
let family: string | null = null;

/** The font family to draw with: DejaVu Sans Mono when installed, else any monospace. */
function fontFamily(): string {
  if (family === null) {
    const registered = fontFiles
      .filter((f) => existsSync(f))
      .map((f) => GlobalFonts.registerFromPath(f, FAMILY));
    family = registered.some((key) => key !== null) ? `"${FAMILY}"` : 'monospace';
  }
  return family;
}

const glyph: Record<Font, { size: number; baseline: number }> = {
  A: { size: 20, baseline: 19 },
  B: { size: 14, baseline: 13 },
};

export const INK = '#111';
export const PAPER = '#fff';

/** Draws `text` one character per cell from (x, top), at the font's cell size × multipliers. */
export function drawChars(
  ctx: SKRSContext2D,
  text: string,
  x: number,
  top: number,
  style: Pick<TextStyle, 'font' | 'bold' | 'widthMul' | 'heightMul' | 'rotated'>,
  cellWidth: number,
): void {
  const { size, baseline } = glyph[style.font];
  const cell = fontCell[style.font];
  ctx.font = `${style.bold ? 'bold ' : ''}${size}px ${fontFamily()}`;
  ctx.textBaseline = 'alphabetic';
  let left = x;
  for (const char of text) {
    if (char !== ' ') {
      ctx.save();
      ctx.translate(left, top);
      ctx.scale(style.widthMul, style.heightMul);
      if (style.rotated) {
        ctx.translate(cell.width, 0);
        ctx.rotate(Math.PI / 2);
      }
      const glyphWidth = ctx.measureText(char).width;
      ctx.fillText(char, Math.max((cell.width - glyphWidth) / 2, 0), baseline);
      ctx.restore();
    }
    left += cellWidth;
  }
}

/** Paints a 1-bit bitmap dot for dot, each dot scaleX × scaleY, clipped to maxWidth. */
export function drawBitmap(
  ctx: SKRSContext2D,
  bitmap: Bitmap,
  x: number,
  y: number,
  scaleX: number,
  scaleY: number,
  maxWidth: number,
): void {
  const width = Math.min(bitmap.width * scaleX, maxWidth);
  const height = bitmap.height * scaleY;
  if (width <= 0 || height <= 0) return;
  const image = ctx.createImageData(width, height);
  for (let py = 0; py < height; py++) {
    const row = Math.floor(py / scaleY) * bitmap.width;
    for (let px = 0; px < width; px++) {
      const dark = bitmap.data[row + Math.floor(px / scaleX)] === 1;
      const i = (py * width + px) * 4;
      const level = dark ? 0x11 : 0xff;
      image.data[i] = level;
      image.data[i + 1] = level;
      image.data[i + 2] = level;
      image.data[i + 3] = 0xff;
    }
  }
  ctx.putImageData(image, x, y);
}

function drawTextRun(ctx: SKRSContext2D, run: TextRun, x: number, top: number): void {
  const { style } = run;
  if (style.reverse) {
    ctx.fillStyle = INK;
    ctx.fillRect(x, top, run.width, run.height);
  }
  ctx.fillStyle = style.reverse ? PAPER : INK;
  drawChars(ctx, run.text, x, top, style, run.cellWidth);
  if (style.underline > 0) {
    ctx.fillStyle = INK;
    ctx.fillRect(x, top + run.height - style.underline, run.width, style.underline);
  }
}

/** Draws a printed line whose content starts at x; runs share their bottom edge. */
export function drawLine(
  ctx: SKRSContext2D,
  line: PrintLine,
  x: number,
  y: number,
  lineBox: { left: number; width: number },
): void {
  const upsideDown = line.runs.some((r) => r.kind === 'text' && r.style.upsideDown);
  ctx.save();
  if (upsideDown) {
    // Printed rotated 180°: the whole line turns about the centre of its print area.
    ctx.translate(lineBox.left * 2 + lineBox.width, y * 2 + line.height);
    ctx.rotate(Math.PI);
  }
  for (const run of line.runs) {
    const top = y + line.height - run.height;
    if (run.kind === 'text') drawTextRun(ctx, run, x + run.x, top);
    else if (!upsideDown)
      drawBitmap(ctx, run.bitmap, x + run.x, top, run.scaleX, run.scaleY, run.width);
  }
  ctx.restore();
}
