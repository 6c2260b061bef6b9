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

// GS x commands of a fixed shape, by their second byte.
const gsFixed: Record<number, FixedSpec> = {
  0x21: [1, (p) => ({ kind: 'size', n: p(0) })], // GS ! n
  0x24: [2, ignored('GS $ (page mode vertical position)')],
  0x2f: [1, unsupported('GS / (downloaded bit image)')],
  0x3a: [0, ignored('GS : (macro definition)')],
  0x42: [1, (p) => ({ kind: 'reverse', on: (p(0) & 1) === 1 })], // GS B n
  0x48: [1, (p) => ({ kind: 'hri-position', n: p(0) })], // GS H n
  0x49: [1, (p) => ({ kind: 'query', command: 'GS I', n: p(0) })], // GS I n
  0x4c: [2, (p) => ({ kind: 'left-margin', dots: p(0) + p(1) * 256 })], // GS L nL nH
  0x50: [2, ignored('GS P (motion units)')],
  0x54: [1, ignored('GS T (beginning of line)')],
  0x57: [2, (p) => ({ kind: 'area-width', dots: p(0) + p(1) * 256 })], // GS W nL nH
  0x5c: [2, ignored('GS \\ (page mode relative position)')],
  0x5e: [3, ignored('GS ^ (macro execution)')],
  0x61: [1, (p) => ({ kind: 'query', command: 'GS a', n: p(0) })], // GS a n
  0x62: [1, ignored('GS b (smoothing)')],
  0x63: [0, ignored('GS c (print counter)')],
  0x66: [1, (p) => ({ kind: 'hri-font', n: p(0) })], // GS f n
  0x68: [1, (p) => ({ kind: 'barcode-height', n: p(0) })], // GS h n
  0x72: [1, (p) => ({ kind: 'query', command: 'GS r', n: p(0) })], // GS r n
  0x77: [1, (p) => ({ kind: 'barcode-width', n: p(0) })], // GS w n
  0x7c: [1, ignored('GS | (print density)')],
};

/** Frames the GS command at the start of `frame` (frame.at(0) is GS). */
export function parseGs(frame: Frame): ParseResult {
  if (!frame.has(2)) return incomplete('GS', null);
  const code = frame.at(1);
  const name = commandName('GS', code);
  const spec = gsFixed[code];
  if (spec) return fixed(frame, name, 2, spec);
  switch (code) {
    case 0x28:
      return functionGroup(frame);
    case 0x38:
      // GS 8 L p1 p2 p3 p4 m fn …: GS ( L with a 4-byte size.
      if (!frame.has(3)) return incomplete(name, null);
      if (frame.at(2) !== 0x4c)
        return ok(3, { kind: 'unknown', name: commandName('GS 8', frame.at(2)) });
      return counted(frame, 'GS 8 L', 3, 4, (body) => ({
        kind: 'graphics',
        fn: body[1] ?? 0,
        params: body.subarray(2),
      }));
    case 0x2a: {
      // GS * x y d…: x*y*8 bytes.
      if (!frame.has(4)) return incomplete(name, null);
      const length = 4 + frame.at(2) * frame.at(3) * 8;
      if (!frame.has(length)) return incomplete(name, length);
      return ok(length, { kind: 'unsupported', name: 'GS * (downloaded bit image)' });
    }
    case 0x56:
      return cut(frame, name);
    case 0x6b:
      return barcode(frame, name);
    case 0x76:
      return raster(frame, name);
    default:
      return ok(2, { kind: 'unknown', name });
  }
}

// GS ( fn pL pH …: QR and the other 2-D symbols (k), graphics (L), the rest not emulated.
function functionGroup(frame: Frame): ParseResult {
  if (!frame.has(3)) return incomplete('GS (', null);
  const fnByte = frame.at(2);
  const name = commandName('GS (', fnByte);
  if (fnByte === 0x6b) {
    return counted(frame, name, 3, 2, (body) => ({
      kind: 'symbol-2d',
      cn: body[0] ?? 0,
      fn: body[1] ?? 0,
      params: body.subarray(2),
    }));
  }
  if (fnByte === 0x4c) {
    return counted(frame, name, 3, 2, (body) => ({
      kind: 'graphics',
      fn: body[1] ?? 0,
      params: body.subarray(2),
    }));
  }
  return counted(frame, name, 3, 2, () => ({ kind: 'unsupported', name }));
}

// GS V m (m = 0, 1, 48, 49) or GS V m n (m = 65, 66, 97, 98, 103, 104).
function cut(frame: Frame, name: string): ParseResult {
  if (!frame.has(3)) return incomplete(name, null);
  const m = frame.at(2);
  if ([0, 1, 48, 49].includes(m)) return ok(3, { kind: 'cut', m, n: null });
  if ([65, 66, 97, 98, 103, 104].includes(m)) {
    if (!frame.has(4)) return incomplete(name, 4);
    return ok(4, { kind: 'cut', m, n: frame.at(3) });
  }
  return ok(3, { kind: 'unknown', name: commandName('GS V', m) });
}

// GS k m d1…dk NUL (m = 0–6) or GS k m n d1…dn (m = 65–79).
function barcode(frame: Frame, name: string): ParseResult {
  if (!frame.has(3)) return incomplete(name, null);
  const m = frame.at(2);
  if (m <= 6) {
    const framed = nulTerminated(frame, name, 3, 255, (data) => ({ kind: 'barcode', m, data }));
    return framed ?? ok(3, { kind: 'unknown', name: `${name} ${m} without its NUL terminator` });
  }
  if (m >= 65 && m <= 79) {
    if (!frame.has(4)) return incomplete(name, null);
    const length = 4 + frame.at(3);
    if (!frame.has(length)) return incomplete(name, length);
    return ok(length, { kind: 'barcode', m, data: frame.slice(4, length) });
  }
  return ok(3, { kind: 'unknown', name: commandName('GS k', m) });
}

// GS v 0 m xL xH yL yH d…: (xL+xH*256) bytes per row, (yL+yH*256) rows.
function raster(frame: Frame, name: string): ParseResult {
  if (!frame.has(3)) return incomplete(name, null);
  if (frame.at(2) !== 0x30)
    return ok(3, { kind: 'unknown', name: commandName('GS v', frame.at(2)) });
  if (!frame.has(8)) return incomplete('GS v 0', 8);
  const widthBytes = frame.uint(4, 2);
  const height = frame.uint(6, 2);
  const length = 8 + widthBytes * height;
  if (!frame.has(length)) return incomplete('GS v 0', length);
  return ok(length, {
    kind: 'raster',
    m: frame.at(3),
    widthBytes,
    height,
    data: frame.slice(8, length),
  });
}
