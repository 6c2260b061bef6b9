import type { PaperGeometry, PaperItem, Placement } from './document';
import type { LineBuilder } from './line-builder';
import type { PrintState } from './print-state';

/** What the command handlers may touch in the decoder. */
export interface DecodeContext {
  state: PrintState;
  readonly paper: PaperGeometry;
  readonly line: LineBuilder;
  placement(): Placement;
  flushLine(offset: number): void;
  emit(item: PaperItem): void;
  warn(offset: number, message: string): void;
}
