// One ESC/POS command as framed from the byte stream, before it is applied to the
// printer's state. Parameters stay raw (n as sent); the decoder gives them meaning.

export type Command =
  | { kind: 'text'; bytes: Uint8Array }
  | { kind: 'lf' }
  | { kind: 'cr' }
  | { kind: 'ht' }
  | { kind: 'ff' }
  | { kind: 'can' }
  | { kind: 'init' }
  | { kind: 'feed-lines'; n: number }
  | { kind: 'feed-dots'; n: number }
  | { kind: 'reverse-feed'; n: number; unit: 'lines' | 'dots' }
  | { kind: 'bold'; on: boolean }
  | { kind: 'underline'; n: number }
  | { kind: 'font'; n: number }
  | { kind: 'size'; n: number }
  | { kind: 'print-mode'; n: number }
  | { kind: 'align'; n: number }
  | { kind: 'reverse'; on: boolean }
  | { kind: 'upside-down'; on: boolean }
  | { kind: 'rotate'; n: number }
  | { kind: 'line-spacing'; dots: number | null }
  | { kind: 'char-spacing'; dots: number }
  | { kind: 'left-margin'; dots: number }
  | { kind: 'area-width'; dots: number }
  | { kind: 'absolute-position'; dots: number }
  | { kind: 'relative-position'; dots: number }
  | { kind: 'tab-stops'; columns: number[] }
  | { kind: 'code-page'; n: number }
  | { kind: 'international-set'; n: number }
  | { kind: 'symbol-2d'; cn: number; fn: number; params: Uint8Array }
  | { kind: 'graphics'; fn: number; params: Uint8Array }
  | { kind: 'barcode'; m: number; data: Uint8Array }
  | { kind: 'barcode-height'; n: number }
  | { kind: 'barcode-width'; n: number }
  | { kind: 'hri-position'; n: number }
  | { kind: 'hri-font'; n: number }
  | { kind: 'cut'; m: number; n: number | null }
  | { kind: 'cut-legacy'; partial: boolean }
  | { kind: 'raster'; m: number; widthBytes: number; height: number; data: Uint8Array }
  | { kind: 'bit-image'; m: number; columns: number; data: Uint8Array }
  | { kind: 'pulse'; m: number; t1: number; t2: number }
  | { kind: 'beep'; n: number; t: number }
  | {
      kind: 'query';
      command: 'DLE EOT' | 'DLE ENQ' | 'DLE DC4' | 'GS r' | 'GS a' | 'GS I' | 'ESC v';
      n: number;
    }
  /** Known and harmless here: it changes nothing a renderer could show. */
  | { kind: 'ignored'; name: string }
  /** Known but not emulated: the decoder warns that the paper may differ. */
  | { kind: 'unsupported'; name: string }
  | { kind: 'unknown'; name: string }
  | { kind: 'control'; byte: number };

export type ParseResult =
  | { status: 'ok'; length: number; command: Command }
  /** The command started at the offset is not complete yet; `needs` when known. */
  | { status: 'incomplete'; name: string; needs: number | null };

export const ESC = 0x1b;
export const GS = 0x1d;
export const FS = 0x1c;
export const DLE = 0x10;

/** "ESC a", "GS ( k", … for messages: printable bytes as characters, others in hex. */
export function commandName(prefix: string, ...bytes: number[]): string {
  const rest = bytes.map((b) =>
    b > 0x20 && b < 0x7f ? String.fromCharCode(b) : `0x${b.toString(16).padStart(2, '0')}`,
  );
  return [prefix, ...rest].join(' ');
}

/** Bytes as Latin-1 text (one character per byte), for data shown as sent. */
export function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    text += String.fromCharCode(...bytes.subarray(i, i + 4096));
  }
  return text;
}
