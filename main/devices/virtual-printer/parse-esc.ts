import { commandName, type ParseResult } from './commands';
import {
  counted,
  fixed,
  ignored,
  incomplete,
  nulTerminated,
  ok,
  unsupported,
  type FixedSpec,
  type Frame,
} from './frame';

// ESC x commands of a fixed shape, by their second byte.
const escFixed: Record<number, FixedSpec> = {
  0x20: [1, (p) => ({ kind: 'char-spacing', dots: p(0) })], // ESC SP n
  0x21: [1, (p) => ({ kind: 'print-mode', n: p(0) })], // ESC ! n
  0x24: [2, (p) => ({ kind: 'absolute-position', dots: p(0) + p(1) * 256 })], // ESC $ nL nH
  0x25: [1, ignored('ESC % (user-defined character set)')],
  0x2d: [1, (p) => ({ kind: 'underline', n: p(0) })], // ESC - n
  0x32: [0, () => ({ kind: 'line-spacing', dots: null })], // ESC 2
  0x33: [1, (p) => ({ kind: 'line-spacing', dots: p(0) })], // ESC 3 n
  0x3c: [0, ignored('ESC < (return home)')],
  0x3d: [1, ignored('ESC = (select peripheral device)')],
  0x3f: [1, ignored('ESC ? (cancel user-defined character)')],
  0x40: [0, () => ({ kind: 'init' })], // ESC @
  0x42: [2, (p) => ({ kind: 'beep', n: p(0), t: p(1) })], // ESC B n t
  0x45: [1, (p) => ({ kind: 'bold', on: (p(0) & 1) === 1 })], // ESC E n
  0x47: [1, (p) => ({ kind: 'bold', on: (p(0) & 1) === 1 })], // ESC G n (double-strike)
  0x4a: [1, (p) => ({ kind: 'feed-dots', n: p(0) })], // ESC J n
  0x4b: [1, (p) => ({ kind: 'reverse-feed', n: p(0), unit: 'dots' })], // ESC K n
  0x4c: [0, unsupported('ESC L (page mode)')],
  0x4d: [1, (p) => ({ kind: 'font', n: p(0) })], // ESC M n
  0x52: [1, (p) => ({ kind: 'international-set', n: p(0) })], // ESC R n
  0x53: [0, ignored('ESC S (standard mode)')],
  0x54: [1, ignored('ESC T (page mode direction)')],
  0x55: [1, ignored('ESC U (unidirectional printing)')],
  0x56: [1, (p) => ({ kind: 'rotate', n: p(0) })], // ESC V n
  0x57: [8, ignored('ESC W (page mode area)')],
  0x5c: [2, (p) => ({ kind: 'relative-position', dots: toSigned16(p(0) + p(1) * 256) })],
  0x61: [1, (p) => ({ kind: 'align', n: p(0) })], // ESC a n
  0x63: [2, ignored('ESC c (paper sensors, panel buttons)')],
  0x64: [1, (p) => ({ kind: 'feed-lines', n: p(0) })], // ESC d n
  0x65: [1, (p) => ({ kind: 'reverse-feed', n: p(0), unit: 'lines' })], // ESC e n
  0x69: [0, () => ({ kind: 'cut-legacy', partial: true })], // ESC i (one point left)
  0x6d: [0, () => ({ kind: 'cut-legacy', partial: true })], // ESC m (three points left)
  0x70: [3, (p) => ({ kind: 'pulse', m: p(0), t1: p(1), t2: p(2) })], // ESC p m t1 t2
  0x72: [1, ignored('ESC r (print colour)')],
  0x74: [1, (p) => ({ kind: 'code-page', n: p(0) })], // ESC t n
  0x75: [1, unsupported('ESC u (peripheral status, obsolete)')],
  0x76: [0, () => ({ kind: 'query', command: 'ESC v', n: 0 })], // ESC v
  0x7b: [1, (p) => ({ kind: 'upside-down', on: (p(0) & 1) === 1 })], // ESC { n
};

function toSigned16(value: number): number {
  return value >= 0x8000 ? value - 0x10000 : value;
}

/** Frames the ESC command at the start of `frame` (frame.at(0) is ESC). */
export function parseEsc(frame: Frame): ParseResult {
  if (!frame.has(2)) return incomplete('ESC', null);
  const code = frame.at(1);
  const name = commandName('ESC', code);
  const spec = escFixed[code];
  if (spec) return fixed(frame, name, 2, spec);
  switch (code) {
    case 0x2a: {
      // ESC * m nL nH d…: nL+nH*256 columns of 1 (8-dot) or 3 (24-dot) bytes.
      if (!frame.has(5)) return incomplete(name, null);
      const m = frame.at(2);
      const columns = frame.uint(3, 2);
      const length = 5 + columns * (m >= 32 ? 3 : 1);
      if (!frame.has(length)) return incomplete(name, length);
      return ok(length, { kind: 'bit-image', m, columns, data: frame.slice(5, length) });
    }
    case 0x44: {
      // ESC D n1 … nk NUL: at most 32 tab stops.
      const framed = nulTerminated(frame, name, 2, 32, (data) => ({
        kind: 'tab-stops',
        columns: [...data],
      }));
      return framed ?? ok(2, { kind: 'unknown', name: `${name} without its NUL terminator` });
    }
    case 0x26:
      return userDefinedCharacters(frame, name);
    case 0x28:
      // ESC ( A (beeper), ESC ( Y …: ESC ( fn pL pH data.
      if (!frame.has(3)) return incomplete(name, null);
      return counted(frame, commandName('ESC (', frame.at(2)), 3, 2, () => ({
        kind: 'unsupported',
        name: commandName('ESC (', frame.at(2)),
      }));
    default:
      return ok(2, { kind: 'unknown', name });
  }
}

// ESC & y c1 c2 [x d1 … d(y*x)]…: one block per character from c1 to c2.
function userDefinedCharacters(frame: Frame, name: string): ParseResult {
  if (!frame.has(5)) return incomplete(name, null);
  const y = frame.at(2);
  const count = frame.at(4) - frame.at(3) + 1;
  let length = 5;
  for (let i = 0; i < count; i++) {
    if (!frame.has(length + 1)) return incomplete(name, null);
    length += 1 + frame.at(length) * y;
  }
  if (!frame.has(length)) return incomplete(name, length);
  return ok(length, { kind: 'unsupported', name: 'ESC & (user-defined characters)' });
}
