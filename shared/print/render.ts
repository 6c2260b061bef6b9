import { printsLegibly, transliterate, type CodePage, type Substitution } from './code-page';
import {
  resolveAlign,
  type Block,
  type Direction,
  type PrintDocument,
  type TextStyle,
} from './document';
import { EscPosBuilder, type Align, type RasterImage } from './escpos';
import type { Paper } from './paper';
import { spreadLine, wrapWithPrefix } from './wrap';

// Turns a PrintDocument into ESC/POS bytes. Each text block is printed as text when the
// code page can show it legibly, otherwise through the injected `rasterize` capability
// (a pre-rendered 1-bit image, GS v 0): that is how Arabic and other non-Latin scripts
// print on a Latin-only printer. The capability is injected because shaping text needs
// fonts, which a pure module cannot own; without it such text degrades to '?' and the
// report says so.

export interface RasterRequest {
  /** The text, or a row's label when `end` is set. */
  text: string;
  /** A row's value, drawn at the line's end (left in right-to-left scripts). */
  end?: string;
  /** A list marker ("1. ") before the first line; the other lines are indented to match. */
  prefix?: string;
  align: Align;
  direction: Direction;
  /** Width of the image to return: the printable width of the paper. */
  widthDots: number;
  /** Height of one printed line of this style, in dots (font A at size 1 is 24). */
  lineHeightDots: number;
  bold: boolean;
  /** Condensed small print (font B) rather than the body font. */
  small: boolean;
}

/** Draws one block of text into a full-width 1-bit image, wrapping it as needed. */
export type Rasterize = (request: RasterRequest) => RasterImage;

export interface RenderOptions {
  paper: Paper;
  codePage: CodePage;
  rasterize?: Rasterize;
}

export interface RenderReport {
  /** Characters printed as something else ('?' when lost). */
  substitutions: Substitution[];
  /** Blocks printed as images because the code page could not show them. */
  rasterizedBlocks: number;
}

export interface Rendered {
  bytes: Uint8Array;
  report: RenderReport;
}

interface PrinterState {
  align: Align;
  bold: boolean;
  underline: boolean;
  width: number;
  height: number;
  font: 'a' | 'b';
}

const initialState: PrinterState = {
  align: 'left',
  bold: false,
  underline: false,
  width: 1,
  height: 1,
  font: 'a',
};

const fontHeightDots = { a: 24, b: 17 } as const;

// Tracks what the printer is set to and sends a command only when a setting changes,
// which keeps jobs short and the golden hex readable.
class StyledWriter {
  readonly out = new EscPosBuilder();
  private state: PrinterState = { ...initialState };

  set(next: Partial<PrinterState>): void {
    const s = { ...initialState, align: this.state.align, ...next };
    if (s.align !== this.state.align) this.out.align(s.align);
    if (s.font !== this.state.font) this.out.font(s.font);
    if (s.width !== this.state.width || s.height !== this.state.height)
      this.out.size(s.width, s.height);
    if (s.bold !== this.state.bold) this.out.bold(s.bold);
    if (s.underline !== this.state.underline) this.out.underline(s.underline ? 1 : 0);
    this.state = s;
  }
}

function styleState(style: TextStyle = {}): Omit<PrinterState, 'align'> {
  return {
    bold: style.bold ?? false,
    underline: style.underline ?? false,
    width: style.width ?? 1,
    height: style.height ?? style.width ?? 1,
    font: style.font ?? 'a',
  };
}

export function renderDocument(doc: PrintDocument, options: RenderOptions): Rendered {
  const { paper, codePage, rasterize } = options;
  const writer = new StyledWriter();
  const substitutions: Substitution[] = [];
  let rasterizedBlocks = 0;

  const printable = (text: string): string => {
    const result = transliterate(codePage, text);
    substitutions.push(...result.substitutions);
    return result.text;
  };

  const columns = (state: Omit<PrinterState, 'align'>): number =>
    Math.max(
      1,
      Math.floor((state.font === 'b' ? paper.columnsFontB : paper.columns) / state.width),
    );

  const rasterizeBlock = (
    block: Extract<Block, { kind: 'text' | 'row' }>,
    draw: Rasterize,
  ): void => {
    const state = styleState(block.style);
    const image = draw({
      text: block.kind === 'text' ? block.text : block.start,
      ...(block.kind === 'text' && block.prefix ? { prefix: block.prefix } : {}),
      ...(block.kind === 'row' ? { end: block.end } : {}),
      align: block.kind === 'text' ? resolveAlign(block.align, doc.direction) : 'left',
      direction: doc.direction,
      widthDots: paper.dots,
      lineHeightDots: fontHeightDots[state.font] * state.height,
      bold: state.bold,
      small: state.font === 'b',
    });
    writer.set({ align: 'left' });
    writer.out.raster(image);
    rasterizedBlocks += 1;
  };

  writer.out.init().codePage(codePage);
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'text': {
        if (rasterize && !printsLegibly(codePage, (block.prefix ?? '') + block.text)) {
          rasterizeBlock(block, rasterize);
          break;
        }
        const state = styleState(block.style);
        writer.set({ ...state, align: resolveAlign(block.align, doc.direction) });
        const lines = wrapWithPrefix(
          printable(block.prefix ?? ''),
          printable(block.text),
          columns(state),
        );
        for (const line of lines) writer.out.line(line);
        break;
      }
      case 'row': {
        if (
          rasterize &&
          !(printsLegibly(codePage, block.start) && printsLegibly(codePage, block.end))
        ) {
          rasterizeBlock(block, rasterize);
          break;
        }
        const state = styleState(block.style);
        writer.set({ ...state, align: 'left' });
        const [first, second] =
          doc.direction === 'ltr' ? [block.start, block.end] : [block.end, block.start];
        for (const line of spreadLine(printable(first), printable(second), columns(state)))
          writer.out.line(line);
        break;
      }
      case 'rule':
        writer.set({ align: 'left' });
        writer.out.line('-'.repeat(paper.columns));
        break;
      case 'qr':
        writer.set({ align: 'center' });
        writer.out.qr(block.payload, { moduleSize: block.moduleSize, level: block.level });
        break;
      case 'barcode':
        writer.set({ align: 'center' });
        writer.out.code128(block.data, { moduleWidth: block.moduleWidth });
        break;
      case 'image':
        writer.set({ align: resolveAlign(block.align, doc.direction) });
        writer.out.raster(block.image);
        break;
      case 'feed':
        writer.out.feed(block.lines);
        break;
      case 'space':
        writer.out.feedDots(block.dots);
        break;
    }
  }
  writer.set({ align: 'left' });
  writer.out.feed(3).cut();
  return { bytes: writer.out.bytes(), report: { substitutions, rasterizedBlocks } };
}
