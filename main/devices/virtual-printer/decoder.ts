import { codePage, defaultCodePage } from './code-pages';
import type { Command } from './commands';
import type { DecodeContext } from './decode-context';
import { applyGraphics } from './decode-graphics';
import { applyStyle } from './decode-style';
import type {
  DecodedJob,
  PaperGeometry,
  PaperItem,
  Placement,
  StatusQuery,
  DecodeWarning,
  TextStyle,
} from './document';
import { internationalSet, usaSet } from './international-sets';
import { LineBuilder } from './line-builder';
import { parseCommand } from './parse-command';
import {
  cellWidth,
  cloneState,
  DEFAULT_TAB_EVERY,
  fontCell,
  initialState,
  type PrintState,
} from './print-state';

export interface DecodeOptions {
  paper?: Partial<PaperGeometry>;
  /** The printer's settings before this job (a real printer keeps them between jobs). */
  state?: PrintState;
}

export interface DecodeResult {
  job: DecodedJob;
  /** The settings after the job, to decode the next one with. */
  state: PrintState;
}

export const paper58: PaperGeometry = { paperWidthMm: 58, printableDots: 384 };
export const paper80: PaperGeometry = { paperWidthMm: 80, printableDots: 576 };

/** Paper geometry for a roll width: 58 mm → 384 dots, 80 mm → 576 dots, others pro rata. */
export function paperFor(paperWidthMm: number, printableDots?: number): PaperGeometry {
  if (printableDots !== undefined) return { paperWidthMm, printableDots };
  if (paperWidthMm === 58) return paper58;
  if (paperWidthMm === 80) return paper80;
  // 203 dpi is 8 dots/mm; heads leave about 4–5 mm of each side of the roll unprinted.
  return { paperWidthMm, printableDots: Math.max(64, Math.floor(paperWidthMm - 9) * 8) };
}

/**
 * Decodes one job's ESC/POS bytes into the paper it prints. Pure: no I/O, never throws;
 * what it cannot make sense of becomes a warning with its byte offset.
 */
export function decodeEscPos(bytes: Uint8Array, options: DecodeOptions = {}): DecodeResult {
  const paper = { ...paper80, ...options.paper };
  const decoder = new Decoder(paper, options.state ? cloneState(options.state) : initialState());
  let offset = 0;
  while (offset < bytes.length) {
    const result = parseCommand(bytes, offset);
    if (result.status === 'incomplete') {
      const needs = result.needs ? `; it needs ${result.needs} bytes` : '';
      decoder.warn(
        offset,
        `truncated ${result.name}: the job ends ${bytes.length - offset} bytes into it${needs}`,
      );
      break;
    }
    decoder.apply(result.command, offset);
    offset += result.length;
  }
  decoder.finish(bytes.length);
  return { job: decoder.result(bytes.length), state: decoder.state };
}

class Decoder implements DecodeContext {
  readonly items: PaperItem[] = [];
  readonly queries: StatusQuery[] = [];
  readonly warnings: DecodeWarning[] = [];
  readonly codePages: string[] = [];
  readonly line = new LineBuilder();

  constructor(
    readonly paper: PaperGeometry,
    public state: PrintState,
  ) {}

  warn(offset: number, message: string): void {
    this.warnings.push({ offset, message });
  }

  emit(item: PaperItem): void {
    this.items.push(item);
  }

  placement(): Placement {
    const printable = this.paper.printableDots;
    const left = Math.min(this.state.leftMargin, printable - 1);
    const room = printable - left;
    const areaWidth = Math.min(this.state.areaWidth ?? room, room);
    return { align: this.state.align, left, areaWidth: areaWidth > 0 ? areaWidth : room };
  }

  /** Prints the buffered line, if any, before a block (QR, image, cut…). */
  flushLine(offset: number): void {
    if (!this.line.isEmpty) this.printLine(this.state.lineSpacing, offset);
  }

  private printLine(feed: number, offset: number): void {
    this.items.push(this.line.finish(feed, offset, this.placement()));
  }

  private feed(dots: number, offset: number): void {
    if (!this.line.isEmpty) this.printLine(dots, offset);
    else if (dots > 0) this.items.push({ kind: 'feed', dots, offset });
  }

  apply(command: Command, offset: number): void {
    if (applyStyle(this, command, offset) || applyGraphics(this, command, offset)) return;
    const state = this.state;
    switch (command.kind) {
      case 'text':
        return this.text(command.bytes, offset);
      case 'lf':
        return this.printLine(state.lineSpacing, offset);
      case 'feed-lines':
        return this.feed(command.n * state.lineSpacing, offset);
      case 'feed-dots':
        return this.feed(command.n, offset);
      case 'ht':
        return this.tab();
      case 'absolute-position':
        if (command.dots <= this.placement().areaWidth) this.line.moveTo(command.dots);
        return;
      case 'relative-position': {
        const x = this.line.position + command.dots;
        if (x >= 0 && x <= this.placement().areaWidth) this.line.moveTo(x);
        return;
      }
      case 'tab-stops':
        state.tabStops = command.columns.map((column) => column * cellWidth(state));
        return;
      case 'init':
        if (!this.line.isEmpty)
          this.warn(offset, 'ESC @ discarded text that was never printed (no LF before it)');
        this.line.finish(0, offset, this.placement());
        this.state = initialState();
        return;
      case 'code-page':
        if (codePage(command.n)) state.codePage = command.n;
        else this.warn(offset, `ESC t ${command.n}: no such code page here; the current one stays`);
        return;
      case 'international-set':
        if (internationalSet(command.n)) state.internationalSet = command.n;
        else this.warn(offset, `ESC R ${command.n}: international set not emulated; USA used`);
        return;
      case 'pulse':
        return this.emit({
          kind: 'drawer-pulse',
          offset,
          pin: command.m % 2 === 0 ? 2 : 5,
          onMs: command.t1 * 2,
          offMs: command.t2 * 2,
        });
      case 'beep':
        return this.emit({ kind: 'beep', offset, times: command.n, durationMs: command.t * 50 });
      case 'query':
        this.queries.push({ offset, command: command.command, n: command.n });
        return;
      case 'reverse-feed':
        return this.warn(offset, `reverse feed (${command.n} ${command.unit}) not emulated`);
      case 'cr':
      case 'can':
      case 'ignored':
        return;
      case 'ff':
        return this.warn(offset, 'FF prints a page in page mode only; ignored in standard mode');
      case 'unsupported':
        return this.warn(offset, `${command.name} is recognised but not emulated`);
      case 'unknown':
        return this.warn(offset, `unknown command ${command.name}: skipped`);
      case 'control':
        return this.warn(
          offset,
          `unexpected control byte 0x${command.byte.toString(16).padStart(2, '0')}: skipped`,
        );
      default:
        return this.warn(offset, `${command.kind} not handled`);
    }
  }

  private text(bytes: Uint8Array, offset: number): void {
    const page = codePage(this.state.codePage) ?? defaultCodePage;
    const national = internationalSet(this.state.internationalSet) ?? usaSet;
    if (!this.codePages.includes(page.name)) this.codePages.push(page.name);
    const style = this.textStyle();
    const cell = {
      width: cellWidth(this.state),
      height: fontCell[style.font].height * style.heightMul,
    };
    const placement = this.placement(); // settings do not change within a text run
    bytes.forEach((byte, i) => {
      const char =
        byte >= 0x80
          ? (page.upper[byte - 0x80] ?? '\uFFFD')
          : byte === 0x7f
            ? '\u2302'
            : (national.replacements.get(byte) ?? String.fromCharCode(byte));
      // A full line prints by itself and the character starts the next one.
      if (!this.line.fits(cell.width, (this.line.area ?? placement).areaWidth)) {
        this.printLine(this.state.lineSpacing, offset + i);
      }
      this.line.addChar(char, style, cell, offset + i, placement);
    });
  }

  private currentArea(): number {
    return (this.line.area ?? this.placement()).areaWidth;
  }

  private textStyle(): TextStyle {
    const s = this.state;
    return {
      font: s.font,
      bold: s.bold,
      underline: s.underline,
      widthMul: s.widthMul,
      heightMul: s.heightMul,
      reverse: s.reverse,
      upsideDown: s.upsideDown,
      rotated: s.rotated,
    };
  }

  private tab(): void {
    const every = fontCell.A.width * DEFAULT_TAB_EVERY;
    const x = this.line.position;
    const stops = this.state.tabStops;
    const next = stops ? stops.find((stop) => stop > x) : (Math.floor(x / every) + 1) * every;
    // With no further stop, or one past the area, HT is ignored (as on Epson printers).
    if (next !== undefined && next <= this.currentArea()) this.line.moveTo(next);
  }

  finish(offset: number): void {
    if (!this.line.isEmpty) {
      this.warn(
        this.line.startOffset,
        'the job ends with text not followed by LF: printed here, a real printer would hold it',
      );
      this.printLine(this.state.lineSpacing, offset);
    }
  }

  result(byteLength: number): DecodedJob {
    return {
      paper: this.paper,
      items: this.items,
      queries: this.queries,
      warnings: this.warnings,
      codePages: this.codePages,
      byteLength,
    };
  }
}
