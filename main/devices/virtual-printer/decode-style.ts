import type { Command } from './commands';
import type { DecodeContext } from './decode-context';
import { DEFAULT_LINE_SPACING } from './print-state';

// Commands that only change how what follows prints. n values 0–2 and '0'–'2' (48–50)
// mean the same for most of them, as in the Epson reference.
const choice = (n: number): number | undefined =>
  n <= 2 ? n : n >= 48 && n <= 50 ? n - 48 : undefined;

/** Applies a style or layout setting; false when the command is not one of them. */
export function applyStyle(ctx: DecodeContext, command: Command, offset: number): boolean {
  const state = ctx.state;
  switch (command.kind) {
    case 'bold':
      state.bold = command.on;
      return true;
    case 'underline': {
      const n = choice(command.n);
      if (n === undefined) ctx.warn(offset, `ESC - ${command.n}: out of range, ignored`);
      else state.underline = n as 0 | 1 | 2;
      return true;
    }
    case 'font': {
      const n = choice(command.n);
      if (n === undefined) ctx.warn(offset, `ESC M ${command.n}: no such font, ignored`);
      else {
        if (n === 2) ctx.warn(offset, 'ESC M 2: font C not emulated; font B used');
        state.font = n === 0 ? 'A' : 'B';
      }
      return true;
    }
    case 'size': {
      const width = (command.n >> 4) + 1;
      const height = (command.n & 0x0f) + 1;
      if (width > 8 || height > 8)
        ctx.warn(offset, `GS ! ${command.n}: size out of range, ignored`);
      else {
        state.widthMul = width;
        state.heightMul = height;
      }
      return true;
    }
    case 'print-mode':
      state.font = command.n & 0x01 ? 'B' : 'A';
      state.bold = (command.n & 0x08) !== 0;
      state.heightMul = command.n & 0x10 ? 2 : 1;
      state.widthMul = command.n & 0x20 ? 2 : 1;
      state.underline = command.n & 0x80 ? 1 : 0;
      return true;
    case 'align': {
      const n = choice(command.n);
      if (n === undefined) ctx.warn(offset, `ESC a ${command.n}: out of range, ignored`);
      else state.align = (['left', 'center', 'right'] as const)[n] ?? 'left';
      return true;
    }
    case 'reverse':
      state.reverse = command.on;
      return true;
    case 'upside-down':
      state.upsideDown = command.on;
      return true;
    case 'rotate':
      state.rotated = choice(command.n) !== undefined && choice(command.n) !== 0;
      return true;
    case 'line-spacing':
      state.lineSpacing = command.dots ?? DEFAULT_LINE_SPACING;
      return true;
    case 'char-spacing':
      state.charSpacing = command.dots;
      return true;
    case 'left-margin':
    case 'area-width':
      if (!ctx.line.isEmpty) {
        ctx.warn(
          offset,
          `${command.kind === 'left-margin' ? 'GS L' : 'GS W'} in mid-line: applies from the next line`,
        );
      }
      if (command.kind === 'left-margin') state.leftMargin = command.dots;
      else state.areaWidth = command.dots === 0 ? null : command.dots;
      return true;
    default:
      return false;
  }
}
