import { PNG } from 'pngjs';
import type { Barcode, Bitmap, DecodedJob, PrintLine, TextRun } from './document';
import { barcodeElementWidths, hriHeight, layoutPaper, type LaidOut } from './paper-layout';
import { fontCell } from './print-state';

// The ticket as an HTML page: the same layout as the PNG, one CSS pixel per dot, text
// in a monospace font sized to the printer's cells, QR codes and barcodes as SVG,
// images as embedded PNGs.

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const fontSize = { A: 20, B: 14 } as const;

function bitmapDataUri(bitmap: Bitmap): string {
  const png = new PNG({ width: bitmap.width, height: bitmap.height });
  bitmap.data.forEach((dot, i) => {
    const level = dot ? 0x11 : 0xff;
    png.data.set([level, level, level, 0xff], i * 4);
  });
  return `data:image/png;base64,${PNG.sync.write(png).toString('base64')}`;
}

function textRun(run: TextRun, top: number, x: number): string {
  const s = run.style;
  const styles = [
    `left:${x + run.x}px`,
    `top:${top}px`,
    `width:${run.width / s.widthMul}px`,
    `height:${fontCell[s.font].height}px`,
    `font-size:${fontSize[s.font]}px`,
    `letter-spacing:${run.cellWidth / s.widthMul - fontCell[s.font].width}px`,
    s.widthMul !== 1 || s.heightMul !== 1 ? `transform:scale(${s.widthMul},${s.heightMul})` : '',
    s.bold ? 'font-weight:bold' : '',
    s.underline ? `text-decoration:underline ${s.underline}px` : '',
    s.reverse ? 'background:#111;color:#fff' : '',
    s.rotated ? 'writing-mode:vertical-rl' : '',
  ].filter(Boolean);
  return `<span class="run" style="${styles.join(';')}">${escapeHtml(run.text)}</span>`;
}

/** The print area, which an upside-down line turns about (as on paper). */
interface Area {
  left: number;
  width: number;
}

function line(item: PrintLine, box: LaidOut, area: Area): string {
  const upsideDown = item.runs.some((r) => r.kind === 'text' && r.style.upsideDown);
  // An upside-down line spans the print area so that turning it mirrors its alignment.
  const left = upsideDown ? area.left : box.x;
  const shift = box.x - left;
  const runs = item.runs.map((run) => {
    const top = item.height - run.height;
    if (run.kind === 'text') return textRun(run, top, shift);
    return `<img class="run" style="left:${shift + run.x}px;top:${top}px;width:${run.width}px;height:${run.height}px" src="${bitmapDataUri(run.bitmap)}" alt="">`;
  });
  const width = upsideDown ? area.width : item.width;
  const turn = upsideDown ? ';transform:rotate(180deg)' : '';
  return `<div class="item" style="left:${left}px;top:${box.y}px;width:${width}px;height:${item.height}px${turn}">${runs.join('')}</div>`;
}

function qrSvg(box: LaidOut, moduleSize: number): string {
  const qr = box.qr;
  if (!qr)
    return `<div class="item missing" style="left:${box.x}px;top:${box.y}px;width:${box.width}px;height:${box.height}px">QR ?</div>`;
  let path = '';
  for (let row = 0; row < qr.size; row++) {
    for (let col = 0; col < qr.size; col++)
      if (qr.dark[row * qr.size + col]) path += `M${col} ${row}h1v1h-1z`;
  }
  return `<svg class="item" style="left:${box.x}px;top:${box.y}px" width="${qr.size * moduleSize}" height="${qr.size * moduleSize}" viewBox="0 0 ${qr.size} ${qr.size}" shape-rendering="crispEdges" role="img"><path d="${path}" fill="#111"/></svg>`;
}

function barcodeHtml(barcode: Barcode, box: LaidOut): string {
  const above = barcode.hriPosition === 'above' || barcode.hriPosition === 'both';
  const below = barcode.hriPosition === 'below' || barcode.hriPosition === 'both';
  const hriLine = hriHeight(barcode) / (above && below ? 2 : 1);
  const hri = `<div class="hri" style="font-size:${fontSize[barcode.hriFont]}px;height:${hriLine}px">${escapeHtml(barcode.hri)}</div>`;
  let bars = '';
  let x = 0;
  barcodeElementWidths(barcode).forEach((w, i) => {
    if (i % 2 === 0) bars += `<rect x="${x}" width="${w}" height="${barcode.height}"/>`;
    x += w;
  });
  const body = barcode.modules
    ? `<svg width="${box.width}" height="${barcode.height}" shape-rendering="crispEdges" fill="#111">${bars}</svg>`
    : `<div class="missing" style="height:${barcode.height}px">${escapeHtml(barcode.problem ? `${barcode.symbology}: refused` : barcode.symbology)}</div>`;
  return `<div class="item" style="left:${box.x}px;top:${box.y}px;width:${box.width}px">${above ? hri : ''}${body}${below ? hri : ''}</div>`;
}

function itemHtml(box: LaidOut, finalCut: boolean, area: Area): string {
  const item = box.item;
  const at = `left:${box.x}px;top:${box.y}px;width:${box.width}px;height:${box.height}px`;
  switch (item.kind) {
    case 'line':
      return line(item, box, area);
    case 'qr':
      return qrSvg(box, item.moduleSize);
    case 'barcode':
      return barcodeHtml(item, box);
    case 'symbol-2d':
      return `<div class="item missing" style="${at}">${escapeHtml(item.symbology.toUpperCase())}</div>`;
    case 'image':
      return `<img class="item" style="${at}" src="${bitmapDataUri(item.bitmap)}" alt="">`;
    case 'cut':
      return !finalCut
        ? `<div class="cut${item.partial ? ' partial' : ''}" style="top:${box.y + box.height}px"></div>`
        : '';
    default:
      return '';
  }
}

const css = `
body{margin:0;padding:24px;background:#e9e7e2;font-family:"DejaVu Sans Mono","Courier New",monospace}
.paper{position:relative;margin:0 auto;background:#fff;color:#111;box-shadow:0 1px 4px rgba(0,0,0,.25)}
.item{position:absolute;margin:0}
.run{position:absolute;white-space:pre;line-height:1;transform-origin:0 0;display:block}
.hri{text-align:center;line-height:1.2}
.missing{border:1px dashed #111;display:flex;align-items:center;justify-content:center;box-sizing:border-box}
.cut{position:absolute;left:0;right:0;border-top:1px dashed #888}
.cut.partial{border-top-style:dotted}
`;

/** The ticket as a self-contained HTML page. */
export function renderHtml(job: DecodedJob, title = 'Ticket'): string {
  const layout = layoutPaper(job);
  const area = { left: layout.printableLeft, width: job.paper.printableDots };
  const body = layout.items.map((box, i) => itemHtml(box, i === layout.finalCut, area)).join('\n');
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${css}</style></head>
<body>
<div class="paper" style="width:${layout.width}px;height:${layout.height}px">
${body}
</div>
</body>
</html>
`;
}
