import { codePageNumber, encodeText, type CodePage, type Substitution } from './code-page';

// A small ESC/POS command builder (Epson TM series syntax, which most thermal printers
// follow). Each method appends one command; `bytes()` returns everything so far.

const ESC = 0x1b;
const GS = 0x1d;
const LF = 0x0a;

export type Align = 'left' | 'center' | 'right';
export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H';

/** A 1-bit image, rows top to bottom, each row packed MSB first; 1 is a black dot. */
export interface RasterImage {
  widthDots: number;
  heightDots: number;
  /** ceil(widthDots / 8) bytes per row, heightDots rows. */
  bits: Uint8Array;
}

const alignCode: Record<Align, number> = { left: 0, center: 1, right: 2 };
const qrLevelCode: Record<QrErrorCorrection, number> = { L: 48, M: 49, Q: 50, H: 51 };

function checkByte(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  return value;
}

// Printers act on real-time commands (DLE EOT status, DLE ENQ recovery, DLE DC4 pulse and
// power-off) wherever the bytes appear, even inside image data. An image whose bits
// happened to spell one would answer a stray status byte or clear the job mid-print, so
// such a DLE (0x10: a single dot) is blanked. One dot is invisible at 203 dpi.
export function withoutRealTimeCommands(bits: Uint8Array): Uint8Array {
  let out: Uint8Array | null = null;
  for (let i = 0; i + 1 < bits.length; i++) {
    if (bits[i] !== 0x10) continue;
    const next = bits[i + 1];
    if (next === 0x04 || next === 0x05 || next === 0x14) {
      out ??= Uint8Array.from(bits);
      out[i] = 0x00;
    }
  }
  return out ?? bits;
}

/** Width of a CODE128 code set B symbol in modules: start, data, check digit, stop. */
export function code128Modules(data: string): number {
  return 11 * [...data.replace(/\{/g, '{{')].length + 35;
}

export class EscPosBuilder {
  private chunks: number[] = [];
  private page: CodePage = 'wpc1252';
  readonly substitutions: Substitution[] = [];

  private push(...values: number[]): this {
    for (const v of values) this.chunks.push(v);
    return this;
  }

  private pushAll(bytes: Uint8Array): this {
    for (const b of bytes) this.chunks.push(b);
    return this;
  }

  /** ESC @: back to power-on settings (clears styles, keeps nothing from a previous job). */
  init(): this {
    return this.push(ESC, 0x40);
  }

  /** ESC t n: selects the character table used for bytes 0x80..0xFF. */
  codePage(page: CodePage): this {
    this.page = page;
    return this.push(ESC, 0x74, codePageNumber[page]);
  }

  /** Text in the selected code page; substitutions are collected in `substitutions`. */
  text(text: string): this {
    const encoded = encodeText(this.page, text);
    this.substitutions.push(...encoded.substitutions);
    return this.pushAll(encoded.bytes);
  }

  line(text = ''): this {
    return this.text(text).push(LF);
  }

  /** ESC E n */
  bold(on: boolean): this {
    return this.push(ESC, 0x45, on ? 1 : 0);
  }

  /** ESC - n: 0 off, 1 thin, 2 thick. */
  underline(weight: 0 | 1 | 2): this {
    return this.push(ESC, 0x2d, weight);
  }

  /** GS ! n: character width and height multipliers, 1..8 each. */
  size(width: number, height: number): this {
    const w = checkByte('width multiplier', width, 1, 8) - 1;
    const h = checkByte('height multiplier', height, 1, 8) - 1;
    return this.push(GS, 0x21, (w << 4) | h);
  }

  /** ESC M n: font A (12×24 dots) or the condensed font B (9×17 dots). */
  font(font: 'a' | 'b'): this {
    return this.push(ESC, 0x4d, font === 'a' ? 0 : 1);
  }

  /** ESC a n */
  align(align: Align): this {
    return this.push(ESC, 0x61, alignCode[align]);
  }

  /** ESC d n: prints the buffer and feeds n lines. */
  feed(lines = 1): this {
    return this.push(ESC, 0x64, checkByte('feed lines', lines, 0, 255));
  }

  /** ESC J n: prints the buffer and feeds n dots (1/203 in), for gaps finer than a line. */
  feedDots(dots: number): this {
    return this.push(ESC, 0x4a, checkByte('feed dots', dots, 0, 255));
  }

  /** ESC 3 n / ESC 2: line spacing in dots, or the default when omitted. */
  lineSpacing(dots?: number): this {
    if (dots === undefined) return this.push(ESC, 0x32);
    return this.push(ESC, 0x33, checkByte('line spacing', dots, 0, 255));
  }

  private qrFunction(fn: number, ...params: number[]): this {
    const length = params.length + 2;
    return this.push(GS, 0x28, 0x6b, length & 0xff, length >> 8, 0x31, fn, ...params);
  }

  /**
   * GS ( k: a QR code printed by the printer itself (model 2). The payload is stored as
   * ASCII bytes; it is an opaque token or URL, so anything else is refused.
   */
  qr(payload: string, options: { moduleSize?: number; level?: QrErrorCorrection } = {}): this {
    if (!/^[\x20-\x7e]+$/.test(payload))
      throw new RangeError('QR payload must be printable ASCII (an opaque token or URL)');
    if (payload.length > 7089) throw new RangeError('QR payload longer than a QR code holds');
    const data = [...payload].map((c) => c.charCodeAt(0));
    const storeLength = data.length + 3;
    return this.qrFunction(0x41, 0x32, 0x00) // fn 165: model 2
      .qrFunction(0x43, checkByte('QR module size', options.moduleSize ?? 6, 1, 16)) // fn 167
      .qrFunction(0x45, qrLevelCode[options.level ?? 'M']) // fn 169
      .push(GS, 0x28, 0x6b, storeLength & 0xff, storeLength >> 8, 0x31, 0x50, 0x30, ...data)
      .qrFunction(0x51, 0x30); // fn 181: print the stored symbol
  }

  /** GS k 73: CODE128 in code set B, with its human-readable text below. */
  code128(data: string, options: { height?: number; moduleWidth?: number } = {}): this {
    if (!/^[\x20-\x7e]{1,253}$/.test(data))
      throw new RangeError('CODE128 data must be 1 to 253 printable ASCII characters');
    const body = [...`{B${data.replace(/\{/g, '{{')}`].map((c) => c.charCodeAt(0));
    if (body.length > 255) throw new RangeError('CODE128 data too long once escaped');
    return this.push(GS, 0x68, checkByte('barcode height', options.height ?? 60, 1, 255))
      .push(GS, 0x77, checkByte('barcode module width', options.moduleWidth ?? 2, 2, 6))
      .push(GS, 0x48, 2) // human-readable text below the bars
      .push(GS, 0x6b, 73, body.length, ...body);
  }

  /** GS v 0: a raster image at normal density. */
  raster(image: RasterImage): this {
    const rowBytes = Math.ceil(image.widthDots / 8);
    if (image.bits.length !== rowBytes * image.heightDots)
      throw new RangeError(
        `raster image holds ${image.bits.length} bytes, expected ${rowBytes * image.heightDots}`,
      );
    checkByte('raster row bytes', rowBytes, 1, 0xffff);
    checkByte('raster height', image.heightDots, 1, 0xffff);
    this.push(GS, 0x76, 0x30, 0, rowBytes & 0xff, rowBytes >> 8);
    this.push(image.heightDots & 0xff, image.heightDots >> 8);
    return this.pushAll(withoutRealTimeCommands(image.bits));
  }

  /** GS V 66 n: feeds n dots past the cutter, then cuts (partially, leaving a hinge). */
  cut(options: { partial?: boolean; feedDots?: number } = {}): this {
    const mode = options.partial === false ? 65 : 66;
    return this.push(GS, 0x56, mode, checkByte('cut feed', options.feedDots ?? 0, 0, 255));
  }

  raw(bytes: Uint8Array): this {
    return this.pushAll(bytes);
  }

  bytes(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }
}
