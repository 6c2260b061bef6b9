import type { Bitmap } from './document';
import type { DecodeContext } from './decode-context';

/** Row-major 1-bit data, most significant bit leftmost, rows padded to whole bytes. */
export function rasterBitmap(data: Uint8Array, width: number, height: number): Bitmap {
  const rowBytes = Math.ceil(width / 8);
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const byte = data[y * rowBytes + (x >> 3)] ?? 0;
      pixels[y * width + x] = (byte >> (7 - (x & 7))) & 1;
    }
  }
  return { width, height, data: pixels };
}

export function raster(
  ctx: DecodeContext,
  m: number,
  widthBytes: number,
  height: number,
  data: Uint8Array,
  offset: number,
): void {
  if (widthBytes === 0 || height === 0) {
    ctx.warn(offset, 'GS v 0 with an empty image: nothing printed');
    return;
  }
  ctx.flushLine(offset);
  const mode = m >= 48 ? m - 48 : m;
  const scaleX = mode === 1 || mode === 3 ? 2 : 1;
  const scaleY = mode === 2 || mode === 3 ? 2 : 1;
  image(ctx, 'raster', rasterBitmap(data, widthBytes * 8, height), scaleX, scaleY, offset);
}

function image(
  ctx: DecodeContext,
  source: 'raster' | 'graphics',
  bitmap: Bitmap,
  scaleX: number,
  scaleY: number,
  offset: number,
): void {
  const placement = ctx.placement();
  if (bitmap.width * scaleX > placement.areaWidth) {
    ctx.warn(
      offset,
      `image ${bitmap.width * scaleX} dots wide exceeds the ${placement.areaWidth}-dot print area: cut off`,
    );
  }
  ctx.emit({ kind: 'image', offset, ...placement, source, bitmap, scaleX, scaleY });
}

// ESC * m: 8-dot modes print each dot 3 dots tall (60 dpi); single density doubles widths.
export function bitImage(
  ctx: DecodeContext,
  m: number,
  columns: number,
  data: Uint8Array,
  offset: number,
): void {
  const modes: Record<number, [rows: number, scaleX: number, scaleY: number]> = {
    0: [8, 2, 3],
    1: [8, 1, 3],
    32: [24, 2, 1],
    33: [24, 1, 1],
  };
  const mode = modes[m];
  if (!mode) {
    ctx.warn(offset, `ESC * ${m}: no such bit image mode, skipped`);
    return;
  }
  const [rows, scaleX, scaleY] = mode;
  const bytesPerColumn = rows / 8;
  const pixels = new Uint8Array(columns * rows);
  for (let x = 0; x < columns; x++) {
    for (let y = 0; y < rows; y++) {
      const byte = data[x * bytesPerColumn + (y >> 3)] ?? 0;
      pixels[y * columns + x] = (byte >> (7 - (y & 7))) & 1;
    }
  }
  const placement = ctx.line.area ?? ctx.placement();
  const room = placement.areaWidth - ctx.line.position;
  if (columns * scaleX > room)
    ctx.warn(offset, 'ESC * image wider than the rest of the line: cut off');
  ctx.line.addRun(
    {
      kind: 'bit-image',
      x: 0,
      width: Math.min(columns * scaleX, Math.max(room, 0)),
      height: rows * scaleY,
      bitmap: { width: columns, height: rows, data: pixels },
      scaleX,
      scaleY,
    },
    offset,
    placement,
  );
}

// GS ( L / GS 8 L: fn 112 stores a raster graphic ("a bx by c xL xH yL yH d…"), fn 50 prints it.
export function graphics(ctx: DecodeContext, fn: number, params: Uint8Array, offset: number): void {
  if (fn === 112) {
    const at = (i: number): number => params[i] ?? 0;
    if (at(0) !== 48) {
      ctx.warn(offset, 'GS ( L multi-tone graphics not emulated');
      return;
    }
    const width = at(4) + at(5) * 256;
    const rowBytes = Math.ceil(width / 8);
    const data = params.subarray(8);
    // The size is declared apart from the data: never trust it beyond the bytes sent.
    const height = Math.min(
      at(6) + at(7) * 256,
      rowBytes > 0 ? Math.floor(data.length / rowBytes) : 0,
    );
    if (height * rowBytes !== data.length || height === 0) {
      ctx.warn(
        offset,
        `GS ( L graphics: ${data.length} data bytes for a ${width}x${at(6) + at(7) * 256} image`,
      );
    }
    if (height === 0) return;
    ctx.state.graphics = {
      bitmap: rasterBitmap(data, width, height),
      scaleX: at(1) === 2 ? 2 : 1,
      scaleY: at(2) === 2 ? 2 : 1,
    };
  } else if (fn === 50) {
    const stored = ctx.state.graphics;
    if (!stored) {
      ctx.warn(offset, 'GS ( L print without stored graphics: nothing printed');
      return;
    }
    ctx.flushLine(offset);
    image(ctx, 'graphics', stored.bitmap, stored.scaleX, stored.scaleY, offset);
    ctx.state.graphics = null;
  } else if (fn !== 48 && fn !== 49) {
    ctx.warn(offset, `GS ( L function ${fn} (NV/download graphics) not emulated`);
  }
}
