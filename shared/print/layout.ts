import type { CodePage } from './code-page';
import type { PrintContent } from './content';
import { printLabels } from './labels';
import { layoutReceipt } from './layout-receipt';
import { layoutCheckIn, layoutTicket, type LayoutContext } from './layout-ticket';
import { papers, type PaperWidth } from './paper';
import { renderDocument, type Rasterize, type Rendered } from './render';

export interface PrintLayoutOptions {
  paperWidth: PaperWidth;
  /** Defaults to WPC1252, which holds every French character. */
  codePage?: CodePage;
  /** Draws lines the code page cannot show (Arabic…) as images; see render.ts. */
  rasterize?: Rasterize;
  /** A reprint of an earlier job (content marked `duplicate` prints the same mark). */
  duplicate?: boolean;
}

export function layoutDocument(content: PrintContent, ctx: LayoutContext) {
  switch (content.kind) {
    case 'ticket':
      return layoutTicket(content, ctx);
    case 'check-in':
      return layoutCheckIn(content, ctx);
    case 'receipt':
      return layoutReceipt(content, ctx);
  }
}

/** Content model → the ESC/POS bytes of one job, with what had to be substituted. */
export function renderPrintContent(content: PrintContent, options: PrintLayoutOptions): Rendered {
  const paper = papers[options.paperWidth];
  const doc = layoutDocument(content, {
    paper,
    labels: printLabels[content.language],
    duplicate: options.duplicate === true || content.duplicate === true,
  });
  return renderDocument(doc, {
    paper,
    codePage: options.codePage ?? 'wpc1252',
    ...(options.rasterize ? { rasterize: options.rasterize } : {}),
  });
}
