// What the decoder makes of a job: the paper as printed, top to bottom, in printer dots
// (203 dpi), plus what was sent but not printed (status queries, warnings). Renderers
// (text, HTML, PNG) only read this model; they never look at the bytes.

export type Align = 'left' | 'center' | 'right';
export type Font = 'A' | 'B';

export interface TextStyle {
  font: Font;
  bold: boolean;
  /** 0 none, 1 or 2 dots thick. */
  underline: 0 | 1 | 2;
  /** Character width and height multipliers, 1–8 (GS !, ESC !). */
  widthMul: number;
  heightMul: number;
  /** White on black (GS B). */
  reverse: boolean;
  /** Rotated 180° (ESC {). */
  upsideDown: boolean;
  /** Rotated 90° clockwise (ESC V). */
  rotated: boolean;
}

/** A 1-bit picture: data[y * width + x] is 1 for a black dot. */
export interface Bitmap {
  width: number;
  height: number;
  data: Uint8Array;
}

export interface TextRun {
  kind: 'text';
  /** Left edge, in dots from the start of the line's content. */
  x: number;
  text: string;
  style: TextStyle;
  /** Width of one character cell (spacing included) and the run's height, in dots. */
  cellWidth: number;
  width: number;
  height: number;
}

/** An ESC * bit image, which sits in a line like characters do. */
export interface BitImageRun {
  kind: 'bit-image';
  x: number;
  width: number;
  height: number;
  bitmap: Bitmap;
  scaleX: number;
  scaleY: number;
}

export type LineRun = TextRun | BitImageRun;

/** Where a block sits across the paper, shared by every printed item. */
export interface Placement {
  align: Align;
  /** Left margin (GS L) and print area width (GS W) in dots, within the printable width. */
  left: number;
  areaWidth: number;
}

interface Located {
  /** Byte offset of the command that produced the item. */
  offset: number;
}

export interface PrintLine extends Located, Placement {
  kind: 'line';
  runs: LineRun[];
  /** Width of the content, before alignment. */
  width: number;
  /** Tallest run; runs sit on a common bottom line. */
  height: number;
  /** Paper fed after the line: the line spacing, or the height when taller. */
  advance: number;
}

export interface Feed extends Located {
  kind: 'feed';
  dots: number;
}

export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H';

export interface QrSymbol extends Located, Placement {
  kind: 'qr';
  /** The stored data, as text (UTF-8 when valid, else Latin-1) and as bytes. */
  data: string;
  bytes: Uint8Array;
  model: 1 | 2 | 'micro';
  moduleSize: number;
  errorCorrection: QrErrorCorrection;
}

export type Symbology2d = 'pdf417' | 'maxicode' | 'databar' | 'composite' | 'aztec' | 'datamatrix';

/** A 2-D symbol other than QR: recorded with its data, drawn as a labelled box. */
export interface Other2dSymbol extends Located, Placement {
  kind: 'symbol-2d';
  symbology: Symbology2d;
  data: string;
}

export const barcodeSymbologies = [
  'UPC-A',
  'UPC-E',
  'EAN13',
  'EAN8',
  'CODE39',
  'ITF',
  'CODABAR',
  'CODE93',
  'CODE128',
  'GS1-128',
  'GS1 DATABAR OMNI',
  'GS1 DATABAR TRUNCATED',
  'GS1 DATABAR LIMITED',
  'GS1 DATABAR EXPANDED',
  'CODE128 AUTO',
] as const;
export type BarcodeSymbology = (typeof barcodeSymbologies)[number];
export type HriPosition = 'none' | 'above' | 'below' | 'both';

export interface Barcode extends Located, Placement {
  kind: 'barcode';
  symbology: BarcodeSymbology;
  /** The data as sent (CODE128 code-set escapes such as "{B" included). */
  data: string;
  /** The human-readable interpretation printed with it. */
  hri: string;
  height: number;
  /** Narrow module width in dots (GS w). */
  moduleWidth: number;
  hriPosition: HriPosition;
  hriFont: Font;
  /** Bars and spaces, alternating from a bar, as widths in modules; null when not drawable. */
  modules: number[] | null;
  /** Why a real printer would refuse the data, when it would. */
  problem?: string;
}

export interface RasterImage extends Located, Placement {
  kind: 'image';
  source: 'raster' | 'graphics';
  bitmap: Bitmap;
  scaleX: number;
  scaleY: number;
}

export interface Cut extends Located {
  kind: 'cut';
  partial: boolean;
  /** Paper fed before cutting, in dots. */
  feedDots: number;
}

export interface DrawerPulse extends Located {
  kind: 'drawer-pulse';
  pin: 2 | 5;
  onMs: number;
  offMs: number;
}

export interface Beep extends Located {
  kind: 'beep';
  times: number;
  durationMs: number;
}

export type PaperItem =
  PrintLine | Feed | QrSymbol | Other2dSymbol | Barcode | RasterImage | Cut | DrawerPulse | Beep;

/** A query the printer answers instead of printing. */
export interface StatusQuery extends Located {
  command: 'DLE EOT' | 'DLE ENQ' | 'DLE DC4' | 'GS r' | 'GS a' | 'GS I' | 'ESC v' | 'GS ( k';
  n: number;
}

export interface DecodeWarning extends Located {
  message: string;
}

export interface PaperGeometry {
  /** Paper width, mm. */
  paperWidthMm: number;
  /** Printable width in dots (384 on 58 mm paper, 576 on 80 mm). */
  printableDots: number;
}

export interface DecodedJob {
  paper: PaperGeometry;
  items: PaperItem[];
  queries: StatusQuery[];
  warnings: DecodeWarning[];
  /** Names of the code pages text was printed in, in order of first use. */
  codePages: string[];
  byteLength: number;
}
