import type { Align, QrErrorCorrection, RasterImage } from './escpos';

// What a layout produces: blocks that say what to print, not how. The renderer turns them
// into ESC/POS bytes for one paper width and code page, choosing per block between text
// and a raster image (see render.ts). 'start' and 'end' follow the language's direction.

export type FlowAlign = 'start' | 'center' | 'end';
export type Direction = 'ltr' | 'rtl';

export interface TextStyle {
  bold?: boolean;
  underline?: boolean;
  /** Character width and height multipliers (GS !), 1 to 8. */
  width?: number;
  height?: number;
  /** Font B is the condensed font, for the small print. */
  font?: 'a' | 'b';
}

export type Block =
  | {
      kind: 'text';
      text: string;
      align: FlowAlign;
      style?: TextStyle;
      /** Printed before the first line ("- ", "1. "); later lines are indented to match. */
      prefix?: string;
    }
  /** A label at the start of the line and its value at the end. */
  | { kind: 'row'; start: string; end: string; style?: TextStyle }
  | { kind: 'rule' }
  | { kind: 'qr'; payload: string; moduleSize: number; level: QrErrorCorrection }
  /** CODE128; `moduleWidth` in dots (2 to 6) chosen so the symbol fits the paper. */
  | { kind: 'barcode'; data: string; moduleWidth: number }
  | { kind: 'image'; image: RasterImage; align: FlowAlign }
  | { kind: 'feed'; lines: number }
  /** A gap of a few dots, finer than a blank line. */
  | { kind: 'space'; dots: number };

export interface PrintDocument {
  direction: Direction;
  blocks: Block[];
}

export function resolveAlign(align: FlowAlign, direction: Direction): Align {
  if (align === 'center') return 'center';
  return (align === 'start') === (direction === 'ltr') ? 'left' : 'right';
}
