import { encodeBarcode, symbologyFor } from './barcode-encode';
import { latin1, type Command } from './commands';
import type { DecodeContext } from './decode-context';
import { bitImage, graphics, raster } from './decode-images';
import type { HriPosition, QrErrorCorrection, Symbology2d } from './document';

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
