import type { Block } from './document';
import type { Paper } from './paper';

// Pieces every layout shares: the town's heading and the small print.

export function heading(townName: string, siteName: string | undefined, paper: Paper): Block[] {
  // Twice the size when the name fits one line that way, else only twice as tall.
  const wide = [...townName].length * 2 <= paper.columns;
  const blocks: Block[] = [
    {
      kind: 'text',
      text: townName,
      align: 'center',
      style: { bold: true, width: wide ? 2 : 1, height: 2 },
    },
  ];
  if (siteName) blocks.push({ kind: 'text', text: siteName, align: 'center' });
  blocks.push({ kind: 'rule' });
  return blocks;
}

/** A QR code with room above and below, and the line that says what it is for. */
export function qrWithCaption(payload: string, caption: string, paper: Paper): Block[] {
  return [
    { kind: 'space', dots: 12 },
    { kind: 'qr', payload, moduleSize: qrModuleSize(paper), level: 'M' },
    { kind: 'space', dots: 8 },
    { kind: 'text', text: caption, align: 'center' },
  ];
}

export function smallPrint(text: string): Block {
  return { kind: 'text', text, align: 'center', style: { font: 'b' } };
}

/** The largest character size at which `text` fits one line, up to GS ! 0x77 (8×8). */
export function hugeSize(text: string, paper: Paper): number {
  return Math.max(1, Math.min(8, Math.floor(paper.columns / Math.max(1, [...text].length))));
}

export function qrModuleSize(paper: Paper): number {
  return paper.widthMm === 58 ? 5 : 6;
}
