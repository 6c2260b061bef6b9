import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { RasterImage } from '../../../shared/print/escpos';
import type { Rasterize, RasterRequest } from '../../../shared/print/render';

// Draws lines a Latin code page cannot hold (Arabic first among them) into the 1-bit
// images the printer prints with GS v 0. Skia shapes the text (joining forms, ligatures,
// right-to-left order) with a system font; DejaVu Sans ships with Debian and covers
// Arabic, so the result does not depend on what else happens to be installed.

export interface RasterizerOptions {
  /** CSS font family list; the first that has the glyphs is used. */
  fontFamily?: string;
  /** 0-255: darker than this prints black; above the midpoint so thin strokes survive. */
  threshold?: number;
}

const defaultFamily = '"DejaVu Sans", "Noto Sans Arabic", sans-serif';

function wrapToWidth(ctx: SKRSContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter((w) => w.length > 0)) {
    const candidate = current ? `${current} ${word}` : word;
    if (!current || ctx.measureText(candidate).width <= width) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  return current ? [...lines, current] : lines.length > 0 ? lines : [''];
}

interface PlacedLine {
  text: string;
  align: 'left' | 'center' | 'right';
  /** Dots left free at the line's start (a hanging indent under a list marker). */
  indent?: number;
  /** Drawn on the previous line (a row's value beside its label). */
  besidePrevious?: boolean;
}

function layoutLines(ctx: SKRSContext2D, request: RasterRequest, width: number): PlacedLine[] {
  const startSide: PlacedLine['align'] = request.direction === 'rtl' ? 'right' : 'left';
  const endSide: PlacedLine['align'] = request.direction === 'rtl' ? 'left' : 'right';
  if (request.prefix) {
    const indent = ctx.measureText(request.prefix).width;
    return wrapToWidth(ctx, request.text, width - indent).map((text, i) =>
      i === 0
        ? { text: request.prefix + text, align: startSide }
        : { text, align: startSide, indent },
    );
  }
  if (request.end === undefined)
    return wrapToWidth(ctx, request.text, width).map((text) => ({ text, align: request.align }));
  const gap = ctx.measureText('  ').width;
  const startWidth = ctx.measureText(request.text).width;
  const endWidth = ctx.measureText(request.end).width;
  if (startWidth + gap + endWidth <= width)
    return [
      { text: request.text, align: startSide },
      { text: request.end, align: endSide, besidePrevious: true },
    ];
  return [
    ...wrapToWidth(ctx, request.text, width).map((text) => ({ text, align: startSide })),
    ...wrapToWidth(ctx, request.end, width).map((text) => ({ text, align: endSide })),
  ];
}

function toBits(
  data: Uint8ClampedArray,
  width: number,
  height: number,
  threshold: number,
): Uint8Array {
  const rowBytes = Math.ceil(width / 8);
  const bits = new Uint8Array(rowBytes * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const luminance = 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
      if (luminance < threshold) bits[y * rowBytes + (x >> 3)]! |= 0x80 >> (x & 7);
    }
  return bits;
}

export function createRasterizer(options: RasterizerOptions = {}): Rasterize {
  const family = options.fontFamily ?? defaultFamily;
  const threshold = options.threshold ?? 160;
  return (request: RasterRequest): RasterImage => {
    const width = request.widthDots;
    // Sized to read like the printer's own fonts next to them: Arabic letters are small
    // for their nominal size, so they get most of the cell, and never less than 16 px.
    const fontPx = Math.max(16, Math.round(request.lineHeightDots * 0.92));
    const lineAdvance = Math.round(request.lineHeightDots * 1.25);
    const font = `${request.bold ? 'bold ' : ''}${fontPx}px ${family}`;
    const measure = createCanvas(1, 1).getContext('2d');
    measure.font = font;
    const placed = layoutLines(measure, request, width);
    // A label and value too wide for one line each get their own (never drawn over each other).
    const rowOf: number[] = [];
    placed.forEach((line, i) =>
      rowOf.push(i === 0 ? 0 : rowOf[i - 1]! + (line.besidePrevious ? 0 : 1)),
    );
    const rows = (rowOf.at(-1) ?? 0) + 1;
    const height = rows * lineAdvance;

    const canvas = createCanvas(width, height);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = '#000';
    ctx.font = font;
    ctx.direction = request.direction;
    ctx.textBaseline = 'middle';
    placed.forEach((line, i) => {
      const row = rowOf[i] ?? i;
      const indent = line.indent ?? 0;
      const x =
        line.align === 'left' ? indent : line.align === 'right' ? width - indent : width / 2;
      ctx.textAlign = line.align;
      ctx.fillText(line.text, x, row * lineAdvance + lineAdvance / 2);
    });
    const pixels = ctx.getImageData(0, 0, width, height).data;
    return { widthDots: width, heightDots: height, bits: toBits(pixels, width, height, threshold) };
  };
}
