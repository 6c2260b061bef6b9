import type { Align, DecodedJob, PaperItem, Placement, PrintLine } from './document';
import { DEFAULT_LINE_SPACING, fontCell } from './print-state';

// The ticket as a person would read it off the paper: one text line per printed line,
// columns of font A, and bracketed markers for what is not text ([QR: …], [CUT]).

const COLUMN = fontCell.A.width;

/** Pads text to its alignment within an area of `columns` that starts `indent` columns in. */
function place(text: string, align: Align, columns: number, indent: number): string {
  const free = Math.max(columns - [...text].length, 0);
  const shift = align === 'center' ? Math.floor(free / 2) : align === 'right' ? free : 0;
  return (' '.repeat(indent + shift) + text).trimEnd();
}

const columnsOf = (item: Placement): [columns: number, indent: number] => [
  Math.floor(item.areaWidth / COLUMN),
  Math.round(item.left / COLUMN),
];

// Runs sit at their column (x / 12 dots); an enlarged character still reads as one, so a
// centred "A042" in 4× print is centred as four characters.
function lineText(line: PrintLine): string {
  const chars: string[] = [];
  for (const run of line.runs) {
    const column = Math.round(run.x / COLUMN);
    const text = run.kind === 'text' ? run.text : `[IMAGE ${run.width}x${run.height}]`;
    while (chars.length < column) chars.push(' ');
    [...text].forEach((c, i) => (chars[column + i] = c));
  }
  return place(chars.join('').trimEnd(), line.align, ...columnsOf(line));
}

const blankLines = (dots: number): string[] =>
  Array.from({ length: Math.round(dots / DEFAULT_LINE_SPACING) }, () => '');

function itemText(item: PaperItem): string[] {
  const at = (text: string): string[] =>
    'align' in item ? [place(text, item.align, ...columnsOf(item))] : [text];
  switch (item.kind) {
    case 'line': {
      const extra = item.advance - Math.max(item.height, DEFAULT_LINE_SPACING);
      return [lineText(item), ...blankLines(Math.max(extra, 0))];
    }
    case 'feed':
      return blankLines(item.dots);
    case 'qr':
      return at(`[QR: ${item.data}]`);
    case 'symbol-2d':
      return at(`[${item.symbology.toUpperCase()}: ${item.data}]`);
    case 'barcode':
      return at(
        item.problem
          ? `[BARCODE ${item.symbology} refused: ${item.problem}]`
          : `[BARCODE ${item.symbology}: ${item.hri}]`,
      );
    case 'image':
      return at(`[IMAGE ${item.bitmap.width * item.scaleX}x${item.bitmap.height * item.scaleY}]`);
    case 'cut':
      return [...blankLines(item.feedDots), item.partial ? '[PARTIAL CUT]' : '[CUT]'];
    case 'drawer-pulse':
      return [`[DRAWER PULSE pin ${item.pin}]`];
    case 'beep':
      return [`[BEEP x${item.times}]`];
  }
}

/** The readable text form of a decoded job, lines joined with "\n". */
export function renderText(job: DecodedJob): string {
  return job.items.flatMap(itemText).join('\n');
}
