import { encodeBarcode, symbologyFor } from './barcode-encode';
import { latin1, type Command } from './commands';
import type {
  Bitmap,
  HriPosition,
  PaperGeometry,
  PaperItem,
  Placement,
  QrErrorCorrection,
  Symbology2d,
} from './document';
import type { LineBuilder } from './line-builder';
import type { PrintState } from './print-state';

/** What the command handlers may touch in the decoder. */
export interface DecodeContext {
  state: PrintState;
  readonly paper: PaperGeometry;
  readonly line: LineBuilder;
  placement(): Placement;
  flushLine(offset: number): void;
  emit(item: PaperItem): void;
  warn(offset: number, message: string): void;
}

const symbols2d: Record<number, Symbology2d> = {
  48: 'pdf417',
  50: 'maxicode',
  51: 'databar',
  52: 'composite',
  53: 'aztec',
  54: 'datamatrix',
};
const qrLevels: QrErrorCorrection[] = ['L', 'M', 'Q', 'H'];
const hriPositions: HriPosition[] = ['none', 'above', 'below', 'both'];

/** Bytes as text: UTF-8 when they are valid UTF-8, Latin-1 otherwise. */
export function bytesToText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return latin1(bytes);
  }
}

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

/** Applies a QR/barcode/image command; false when the command is not one of them. */
export function applyGraphics(ctx: DecodeContext, command: Command, offset: number): boolean {
  switch (command.kind) {
    case 'symbol-2d':
      symbol2d(ctx, command.cn, command.fn, command.params, offset);
      return true;
    case 'barcode':
      barcode(ctx, command.m, command.data, offset);
      return true;
    case 'barcode-height':
      if (command.n >= 1) ctx.state.barcode.height = command.n;
      return true;
    case 'barcode-width':
      if (command.n >= 1 && command.n <= 6) ctx.state.barcode.moduleWidth = command.n;
      else ctx.warn(offset, `GS w ${command.n}: module width out of range (1-6), ignored`);
      return true;
    case 'hri-position': {
      const n = command.n >= 48 ? command.n - 48 : command.n;
      const position = hriPositions[n];
      if (position) ctx.state.barcode.hriPosition = position;
      else ctx.warn(offset, `GS H ${command.n}: out of range, ignored`);
      return true;
    }
    case 'hri-font':
      ctx.state.barcode.hriFont = command.n % 48 === 0 ? 'A' : 'B';
      return true;
    case 'raster':
      raster(ctx, command.m, command.widthBytes, command.height, command.data, offset);
      return true;
    case 'bit-image':
      bitImage(ctx, command.m, command.columns, command.data, offset);
      return true;
    case 'graphics':
      graphics(ctx, command.fn, command.params, offset);
      return true;
    case 'cut':
    case 'cut-legacy': {
      if (!ctx.line.isEmpty) {
        ctx.warn(
          offset,
          'cut with text still in the line buffer (no LF before it): printed first here',
        );
      }
      ctx.flushLine(offset);
      const partial =
        command.kind === 'cut-legacy' ? command.partial : [1, 49, 66, 98, 104].includes(command.m);
      const feedDots = command.kind === 'cut' ? (command.n ?? 0) : 0;
      ctx.emit({ kind: 'cut', offset, partial, feedDots });
      return true;
    }
    default:
      return false;
  }
}

function symbol2d(
  ctx: DecodeContext,
  cn: number,
  fn: number,
  params: Uint8Array,
  offset: number,
): void {
  const qr = ctx.state.qr;
  const p0 = params[0] ?? 0;
  if (fn === 80) {
    // fn 80 (store) is "m d1…dk" with m = 48.
    ctx.state.symbolData.set(cn, params.slice(1));
    return;
  }
  if (fn === 81) {
    const data = ctx.state.symbolData.get(cn);
    if (!data || data.length === 0) {
      ctx.warn(offset, 'GS ( k print without stored data: nothing printed');
      return;
    }
    ctx.flushLine(offset);
    const placed = { offset, ...ctx.placement() };
    if (cn === 49) {
      ctx.emit({ kind: 'qr', ...placed, data: bytesToText(data), bytes: data, ...qr });
    } else {
      const symbology = symbols2d[cn];
      if (symbology) ctx.emit({ kind: 'symbol-2d', ...placed, symbology, data: bytesToText(data) });
      else ctx.warn(offset, `GS ( k cn=${cn}: no such symbol type`);
    }
    return;
  }
  if (cn !== 49) return; // settings of the other symbols do not change what we show
  if (fn === 65) {
    const model = ({ 49: 1, 50: 2, 51: 'micro' } as const)[p0 as 49 | 50 | 51];
    if (model) qr.model = model;
    else ctx.warn(offset, `QR model ${p0}: out of range, ignored`);
  } else if (fn === 67) {
    if (p0 >= 1 && p0 <= 16) qr.moduleSize = p0;
    else ctx.warn(offset, `QR module size ${p0}: out of range (1-16), ignored`);
  } else if (fn === 69) {
    const level = qrLevels[p0 - 48];
    if (level) qr.errorCorrection = level;
    else ctx.warn(offset, `QR error correction ${p0}: out of range (48-51), ignored`);
  } else if (fn === 82) {
    ctx.warn(offset, 'QR size information request (fn 82) is not answered');
  } else {
    ctx.warn(offset, `GS ( k QR function ${fn} not emulated`);
  }
}

function barcode(ctx: DecodeContext, m: number, data: Uint8Array, offset: number): void {
  const symbology = symbologyFor(m);
  if (!symbology) {
    ctx.warn(offset, `GS k ${m}: no such barcode system`);
    return;
  }
  ctx.flushLine(offset);
  const encoded = encodeBarcode(symbology, data);
  if (encoded.problem) ctx.warn(offset, `${symbology} barcode: ${encoded.problem}`);
  const settings = ctx.state.barcode;
  ctx.emit({
    kind: 'barcode',
    offset,
    ...ctx.placement(),
    symbology,
    data: latin1(data),
    hri: encoded.hri,
    height: settings.height,
    moduleWidth: settings.moduleWidth,
    hriPosition: settings.hriPosition,
    hriFont: settings.hriFont,
    modules: encoded.modules,
    ...(encoded.problem ? { problem: encoded.problem } : {}),
  });
}

function raster(
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
function bitImage(
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
function graphics(ctx: DecodeContext, fn: number, params: Uint8Array, offset: number): void {
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
