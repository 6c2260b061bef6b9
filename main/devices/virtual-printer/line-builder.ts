import type { LineRun, Placement, PrintLine, TextStyle } from './document';

const sameStyle = (a: TextStyle, b: TextStyle): boolean =>
  a.font === b.font &&
  a.bold === b.bold &&
  a.underline === b.underline &&
  a.widthMul === b.widthMul &&
  a.heightMul === b.heightMul &&
  a.reverse === b.reverse &&
  a.upsideDown === b.upsideDown &&
  a.rotated === b.rotated;

/**
 * The printer's line buffer: characters and bit images gather here, at a horizontal
 * position in dots, until LF (or a full line, or a block command) prints them.
 */
export class LineBuilder {
  private runs: LineRun[] = [];
  private x = 0;
  private offset = -1;
  private placement: Placement | null = null;

  /** True while nothing printable is buffered (a tab or ESC $ alone prints nothing). */
  get isEmpty(): boolean {
    return this.runs.length === 0;
  }

  /** Byte offset of the first buffered element, or -1. */
  get startOffset(): number {
    return this.offset;
  }

  get position(): number {
    return this.x;
  }

  /** The area the buffered line will print in, fixed when its first element arrived. */
  get area(): Placement | null {
    return this.placement;
  }

  /** Whether `width` more dots fit on this line (the first element always does). */
  fits(width: number, areaWidth: number): boolean {
    return this.x + width <= areaWidth || (this.isEmpty && this.x === 0);
  }

  moveTo(x: number): void {
    this.x = x;
  }

  private start(offset: number, placement: Placement): void {
    if (this.offset < 0) this.offset = offset;
    if (!this.placement) this.placement = placement;
  }

  addChar(
    char: string,
    style: TextStyle,
    cell: { width: number; height: number },
    offset: number,
    placement: Placement,
  ): void {
    this.start(offset, placement);
    const last = this.runs[this.runs.length - 1];
    if (
      last?.kind === 'text' &&
      last.x + last.width === this.x &&
      last.cellWidth === cell.width &&
      sameStyle(last.style, style)
    ) {
      last.text += char;
      last.width += cell.width;
    } else {
      this.runs.push({
        kind: 'text',
        x: this.x,
        text: char,
        style: { ...style },
        cellWidth: cell.width,
        width: cell.width,
        height: cell.height,
      });
    }
    this.x += cell.width;
  }

  addRun(run: LineRun, offset: number, placement: Placement): void {
    this.start(offset, placement);
    this.runs.push({ ...run, x: this.x });
    this.x += run.width;
  }

  /**
   * Ends the line: `feed` is the paper fed after it (the line spacing, or more for
   * ESC d / ESC J), never less than the tallest element.
   */
  finish(feed: number, offset: number, fallback: Placement): PrintLine {
    const height = this.runs.reduce((h, r) => Math.max(h, r.height), 0);
    const width = this.runs.reduce((w, r) => Math.max(w, r.x + r.width), 0);
    const line: PrintLine = {
      kind: 'line',
      offset: this.offset >= 0 ? this.offset : offset,
      ...(this.placement ?? fallback),
      runs: this.runs,
      width,
      height,
      advance: Math.max(feed, height),
    };
    this.runs = [];
    this.x = 0;
    this.offset = -1;
    this.placement = null;
    return line;
  }
}
