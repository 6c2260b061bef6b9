// Printable geometry of the two common roll widths at 203 dpi (8 dots/mm). Font A cells
// are 12 dots wide, font B cells 9, so these are the columns a line holds at size 1.

export const paperWidths = [58, 80] as const;
export type PaperWidth = (typeof paperWidths)[number];

export interface Paper {
  widthMm: PaperWidth;
  /** Printable width in dots. */
  dots: number;
  /** Columns of font A at size 1. */
  columns: number;
  /** Columns of font B at size 1. */
  columnsFontB: number;
}

export const papers: Record<PaperWidth, Paper> = {
  58: { widthMm: 58, dots: 384, columns: 32, columnsFontB: 42 },
  80: { widthMm: 80, dots: 576, columns: 48, columnsFontB: 64 },
};
