import { commandName, DLE, ESC, FS, GS, type Command, type ParseResult } from './commands';
import {
  counted,
  fixed,
  ignored,
  incomplete,
  ok,
  unsupported,
  Frame,
  type FixedSpec,
} from './frame';
import { parseEsc } from './parse-esc';
import { parseGs } from './parse-gs';

const singleByte: Record<number, Command> = {
  0x09: { kind: 'ht' },
  0x0a: { kind: 'lf' },
  0x0c: { kind: 'ff' },
  0x0d: { kind: 'cr' },
  0x18: { kind: 'can' },
};

// FS commands (kanji and NV images) of a fixed shape: none prints on a Latin ticket.
const fsFixed: Record<number, FixedSpec> = {
  0x21: [1, ignored('FS ! (kanji print mode)')],
  0x26: [0, ignored('FS & (kanji mode on)')],
  0x2d: [1, ignored('FS - (kanji underline)')],
  0x2e: [0, ignored('FS . (kanji mode off)')],
  0x32: [74, unsupported('FS 2 (user-defined kanji)')],
  0x43: [1, ignored('FS C (kanji code system)')],
  0x53: [2, ignored('FS S (kanji spacing)')],
  0x57: [1, ignored('FS W (kanji quadruple size)')],
  0x70: [2, unsupported('FS p (NV bit image)')],
};

/**
 * Frames the command that starts at `offset`: its length and meaning, or "incomplete"
 * when the bytes end inside it. Never throws: unknown bytes come back as `unknown` or
 * `control` commands for the decoder to warn about.
 */
export function parseCommand(bytes: Uint8Array, offset: number): ParseResult {
  const first = bytes[offset];
  if (first === undefined) return incomplete('command', null);
  if (first >= 0x20) {
    let end = offset + 1;
    while (end < bytes.length && (bytes[end] ?? 0) >= 0x20) end++;
    return ok(end - offset, { kind: 'text', bytes: bytes.subarray(offset, end) });
  }
  const frame = new Frame(bytes, offset);
  const single = singleByte[first];
  if (single) return ok(1, single);
  switch (first) {
    case ESC:
      return parseEsc(frame);
    case GS:
      return parseGs(frame);
    case FS:
      return parseFs(frame);
    case DLE:
      return parseDle(frame);
    case 0x00:
      return ok(1, { kind: 'ignored', name: 'NUL' });
    default:
      return ok(1, { kind: 'control', byte: first });
  }
}

function parseFs(frame: Frame): ParseResult {
  if (!frame.has(2)) return incomplete('FS', null);
  const code = frame.at(1);
  const name = commandName('FS', code);
  const spec = fsFixed[code];
  if (spec) return fixed(frame, name, 2, spec);
  if (code === 0x28) {
    if (!frame.has(3)) return incomplete(name, null);
    const full = commandName('FS (', frame.at(2));
    return counted(frame, full, 3, 2, () => ({ kind: 'unsupported', name: full }));
  }
  if (code === 0x71) return nvImages(frame, name);
  return ok(2, { kind: 'unknown', name });
}

// FS q n [xL xH yL yH d…]n: n NV images of (xL+xH*256)*(yL+yH*256)*8 bytes each.
function nvImages(frame: Frame, name: string): ParseResult {
  if (!frame.has(3)) return incomplete(name, null);
  let length = 3;
  for (let i = 0; i < frame.at(2); i++) {
    if (!frame.has(length + 4)) return incomplete(name, null);
    length += 4 + frame.uint(length, 2) * frame.uint(length + 2, 2) * 8;
  }
  if (!frame.has(length)) return incomplete(name, length);
  return ok(length, { kind: 'unsupported', name: 'FS q (define NV bit images)' });
}

// DLE EOT n (n = 7, 8 take one more byte), DLE ENQ n, DLE DC4 fn …: real-time commands.
function parseDle(frame: Frame): ParseResult {
  if (!frame.has(2)) return incomplete('DLE', null);
  const code = frame.at(1);
  if (code !== 0x04 && code !== 0x05 && code !== 0x14) {
    return ok(2, { kind: 'unknown', name: commandName('DLE', code) });
  }
  const name = { 0x04: 'DLE EOT', 0x05: 'DLE ENQ', 0x14: 'DLE DC4' }[code];
  if (!frame.has(3)) return incomplete(name, 3);
  const n = frame.at(2);
  if (code === 0x04) {
    const length = n === 7 || n === 8 ? 4 : 3;
    if (!frame.has(length)) return incomplete('DLE EOT', length);
    return ok(length, { kind: 'query', command: 'DLE EOT', n });
  }
  if (code === 0x14) {
    // fn 1: m t (drawer pulse); fn 2: a b (power off); fn 3: a n r t1 t2 (buzzer);
    // fn 7: m (status back); fn 8: d1…d7 (clear buffers).
    const params: Record<number, number> = { 1: 2, 2: 2, 3: 5, 7: 1, 8: 7 };
    const length = 3 + (params[n] ?? 0);
    if (!frame.has(length)) return incomplete('DLE DC4', length);
    // t counts 100 ms here, where ESC p counts 2 ms.
    const t = frame.at(4) * 50;
    if (n === 1) return ok(length, { kind: 'pulse', m: frame.at(3), t1: t, t2: t });
    return ok(length, { kind: 'query', command: 'DLE DC4', n });
  }
  return ok(3, { kind: 'query', command: 'DLE ENQ', n });
}
