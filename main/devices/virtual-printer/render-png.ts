import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { Barcode, DecodedJob } from './document';
import { drawBitmap, drawChars, drawLine, INK, PAPER } from './draw-line';
import { barcodeElementWidths, layoutPaper, type LaidOut } from './paper-layout';
import { fontCell } from './print-state';

// The ticket as a picture: white paper the roll's width at 203 dpi (one pixel per dot),
// black print, QR modules and raster images dot for dot.

const EDGE = '#d9d9d9';

function drawBarcode(ctx: SKRSContext2D, barcode: Barcode, box: LaidOut): void {
  const hriCell = fontCell[barcode.hriFont];
  const hriLine = hriCell.height + 4;
  const above = barcode.hriPosition === 'above' || barcode.hriPosition === 'both';
  const below = barcode.hriPosition === 'below' || barcode.hriPosition === 'both';
  const barsTop = box.y + (above ? hriLine : 0);
  ctx.fillStyle = INK;
  if (barcode.modules) {
    let x = box.x;
    barcodeElementWidths(barcode).forEach((w, i) => {
      if (i % 2 === 0) ctx.fillRect(x, barsTop, w, barcode.height);
      x += w;
    });
  } else {
    // Not drawable here (or refused by the printer): a labelled frame instead of bars.
    ctx.strokeStyle = INK;
    ctx.setLineDash([4, 4]);
    ctx.strokeRect(box.x + 0.5, barsTop + 0.5, box.width - 1, barcode.height - 1);
    ctx.setLineDash([]);
    const label = barcode.problem ? `${barcode.symbology}: refused` : barcode.symbology;
    drawCentred(ctx, label, box, barsTop + barcode.height / 2 - 12, 'A');
  }
  const hri = (top: number): void => drawCentred(ctx, barcode.hri, box, top + 2, barcode.hriFont);
  if (above) hri(box.y);
  if (below) hri(barsTop + barcode.height);
}

function drawCentred(
  ctx: SKRSContext2D,
  text: string,
  box: LaidOut,
  top: number,
  font: 'A' | 'B',
): void {
  const cell = fontCell[font].width;
  const width = [...text].length * cell;
  const x = box.x + Math.floor((box.width - width) / 2);
  ctx.fillStyle = INK;
  drawChars(
    ctx,
    text,
    x,
    top,
    { font, bold: false, widthMul: 1, heightMul: 1, rotated: false },
    cell,
  );
}

function drawQr(ctx: SKRSContext2D, box: LaidOut, moduleSize: number): void {
  const qr = box.qr;
  ctx.fillStyle = INK;
  if (!qr) {
    ctx.strokeStyle = INK;
    ctx.strokeRect(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1);
    drawCentred(ctx, 'QR ?', box, box.y + box.height / 2 - 12, 'A');
    return;
  }
  for (let row = 0; row < qr.size; row++) {
    for (let col = 0; col < qr.size; col++) {
      if (qr.dark[row * qr.size + col]) {
        ctx.fillRect(box.x + col * moduleSize, box.y + row * moduleSize, moduleSize, moduleSize);
      }
    }
  }
}

function drawCut(ctx: SKRSContext2D, y: number, width: number, partial: boolean): void {
  ctx.strokeStyle = '#888';
  ctx.lineWidth = 1;
  ctx.setLineDash(partial ? [2, 6] : [8, 4]);
  ctx.beginPath();
  ctx.moveTo(0, y + 0.5);
  ctx.lineTo(width, y + 0.5);
  ctx.stroke();
  ctx.setLineDash([]);
}

/** Draws a decoded job onto a new canvas of the paper's size. */
export function drawPaper(job: DecodedJob) {
  const layout = layoutPaper(job);
  const canvas = createCanvas(layout.width, layout.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, layout.width, layout.height);
  const lineBox = { left: layout.printableLeft, width: job.paper.printableDots };
  layout.items.forEach((box, index) => {
    const item = box.item;
    switch (item.kind) {
      case 'line':
        drawLine(ctx, item, box.x, box.y, lineBox);
        break;
      case 'qr':
        drawQr(ctx, box, item.moduleSize);
        break;
      case 'symbol-2d':
        ctx.strokeStyle = INK;
        ctx.strokeRect(box.x + 0.5, box.y + 0.5, box.width - 1, box.height - 1);
        drawCentred(ctx, item.symbology.toUpperCase(), box, box.y + box.height / 2 - 12, 'A');
        break;
      case 'barcode':
        drawBarcode(ctx, item, box);
        break;
      case 'image':
        drawBitmap(ctx, item.bitmap, box.x, box.y, item.scaleX, item.scaleY, box.width);
        break;
      case 'cut':
        // The last cut is the bottom edge of the ticket; earlier ones show as a dashed line.
        if (index < layout.items.length - 1)
          drawCut(ctx, box.y + box.height, layout.width, item.partial);
        break;
      default:
        break;
    }
  });
  ctx.fillStyle = EDGE;
  ctx.fillRect(0, 0, 1, layout.height);
  ctx.fillRect(layout.width - 1, 0, 1, layout.height);
  return canvas;
}

/** The ticket as a PNG picture (one pixel per printer dot). */
export async function renderPng(job: DecodedJob): Promise<Buffer> {
  return drawPaper(job).encode('png');
}
