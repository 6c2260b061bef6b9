import type { Barcode, DecodedJob, PaperItem, Placement } from './document';
import { fontCell } from './print-state';
import { qrMatrix, type QrMatrix } from './qr-matrix';

// Where each printed item lands on the paper, in dots: shared by the HTML and PNG
// renderings so both show the same ticket.

/** 203 dpi ≈ 8 dots per mm. */
export const DOTS_PER_MM = 8;
/** Blank paper shown above the first line (what the previous cut left). */
export const TOP_MARGIN = 24;
const PLACEHOLDER_2D = 96;

export interface LaidOut {
  item: PaperItem;
  /** Top edge, from the top of the picture. */
  y: number;
  height: number;
  /** Left edge of the content, from the left edge of the paper. */
  x: number;
  width: number;
  /** The QR modules, for QR items that could be built. */
  qr?: QrMatrix | null;
}

export interface PaperLayout {
  /** Full paper width and picture height, in dots. */
  width: number;
  height: number;
  /** Left edge of the printable area on the paper. */
  printableLeft: number;
  items: LaidOut[];
  /** Index of the cut that ends the ticket (its bottom edge), or -1. */
  finalCut: number;
}

/** The drawn width of each barcode element, in dots (wide elements rounded up as Epson does). */
export function barcodeElementWidths(barcode: Barcode): number[] {
  return (barcode.modules ?? []).map((m) => Math.round(m * barcode.moduleWidth));
}

export function hriHeight(barcode: Barcode): number {
  const lines = { none: 0, above: 1, below: 1, both: 2 }[barcode.hriPosition];
  return lines * (fontCell[barcode.hriFont].height + 4);
}

function alignedX(placement: Placement, width: number, printableLeft: number): number {
  const free = Math.max(placement.areaWidth - width, 0);
  const shift =
    placement.align === 'center' ? Math.floor(free / 2) : placement.align === 'right' ? free : 0;
  return printableLeft + placement.left + shift;
}

function size(item: PaperItem): { width: number; height: number; qr?: QrMatrix | null } {
  switch (item.kind) {
    case 'line':
      return { width: item.width, height: item.advance };
    case 'feed':
      return { width: 0, height: item.dots };
    case 'qr': {
      const qr = qrMatrix(item);
      const side = qr ? qr.size * item.moduleSize : PLACEHOLDER_2D;
      return { width: side, height: side, qr };
    }
    case 'symbol-2d':
      return { width: PLACEHOLDER_2D * 2, height: PLACEHOLDER_2D };
    case 'barcode': {
      const bars = barcodeElementWidths(item).reduce((a, b) => a + b, 0);
      const width = bars > 0 ? bars : Math.min(item.areaWidth, 240);
      return { width, height: item.height + hriHeight(item) };
    }
    case 'image':
      return {
        width: Math.min(item.bitmap.width * item.scaleX, item.areaWidth),
        height: item.bitmap.height * item.scaleY,
      };
    case 'cut':
      return { width: 0, height: item.feedDots };
    default:
      return { width: 0, height: 0 };
  }
}

/** Lays out a decoded job on paper of its width. */
export function layoutPaper(job: DecodedJob): PaperLayout {
  const width = Math.round(job.paper.paperWidthMm * DOTS_PER_MM);
  const printableLeft = Math.max(Math.floor((width - job.paper.printableDots) / 2), 0);
  let y = TOP_MARGIN;
  const items: LaidOut[] = job.items.map((item) => {
    const box = size(item);
    const x = 'align' in item ? alignedX(item, box.width, printableLeft) : printableLeft;
    const laid: LaidOut = { item, y, x, ...box };
    y += box.height;
    return laid;
  });
  // A ticket ends at its cut; without one, the paper goes on a little.
  const lastPrinted = job.items.findLastIndex(
    (i) => i.kind !== 'drawer-pulse' && i.kind !== 'beep',
  );
  const finalCut = job.items[lastPrinted]?.kind === 'cut' ? lastPrinted : -1;
  const height = Math.max(y + (finalCut >= 0 ? 0 : TOP_MARGIN), 1);
  return { width, height, printableLeft, items, finalCut };
}
