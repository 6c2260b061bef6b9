import type { Align, Bitmap, Font, HriPosition, QrErrorCorrection } from './document';

// The settings a printer holds between commands (and between jobs: a real printer keeps
// them until ESC @ or power-off, so the virtual one carries them from job to job).

export const fontCell: Record<Font, { width: number; height: number }> = {
  A: { width: 12, height: 24 },
  B: { width: 9, height: 17 },
};

/** ESC 2: "about 1/6 inch", which 203-dpi printers implement as 30 dots. */
export const DEFAULT_LINE_SPACING = 30;
export const DEFAULT_TAB_EVERY = 8;

export interface PrintState {
  codePage: number;
  internationalSet: number;
  font: Font;
  bold: boolean;
  underline: 0 | 1 | 2;
  widthMul: number;
  heightMul: number;
  reverse: boolean;
  upsideDown: boolean;
  rotated: boolean;
  align: Align;
  lineSpacing: number;
  charSpacing: number;
  leftMargin: number;
  /** GS W; null means "to the right edge of the printable width". */
  areaWidth: number | null;
  /** Tab stops in dots from the line start; null means the default (every 8 characters). */
  tabStops: number[] | null;
  barcode: { height: number; moduleWidth: number; hriPosition: HriPosition; hriFont: Font };
  qr: { model: 1 | 2 | 'micro'; moduleSize: number; errorCorrection: QrErrorCorrection };
  /** Data stored with GS ( k fn 80, by symbol type (cn). */
  symbolData: Map<number, Uint8Array>;
  /** Raster graphics stored with GS ( L fn 112, printed by fn 50. */
  graphics: { bitmap: Bitmap; scaleX: number; scaleY: number } | null;
}

export function initialState(): PrintState {
  return {
    codePage: 0,
    internationalSet: 0,
    font: 'A',
    bold: false,
    underline: 0,
    widthMul: 1,
    heightMul: 1,
    reverse: false,
    upsideDown: false,
    rotated: false,
    align: 'left',
    lineSpacing: DEFAULT_LINE_SPACING,
    charSpacing: 0,
    leftMargin: 0,
    areaWidth: null,
    tabStops: null,
    barcode: { height: 162, moduleWidth: 3, hriPosition: 'none', hriFont: 'A' },
    qr: { model: 2, moduleSize: 3, errorCorrection: 'L' },
    symbolData: new Map(),
    graphics: null,
  };
}

export function cloneState(state: PrintState): PrintState {
  return {
    ...state,
    tabStops: state.tabStops ? [...state.tabStops] : null,
    barcode: { ...state.barcode },
    qr: { ...state.qr },
    symbolData: new Map(state.symbolData),
  };
}

/** Width of one character cell in dots, right-side spacing included. */
export function cellWidth(state: PrintState): number {
  return (fontCell[state.font].width + state.charSpacing) * state.widthMul;
}
