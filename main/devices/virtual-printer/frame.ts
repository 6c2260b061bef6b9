import type { Command, ParseResult } from './commands';

/** A read-only window on the byte stream, starting where a command starts. */
export class Frame {
  constructor(
    private readonly bytes: Uint8Array,
    readonly offset: number,
  ) {}

  get available(): number {
    return this.bytes.length - this.offset;
  }

  /** The byte i places after the command's start (0 when past the end: check first). */
  at(i: number): number {
    return this.bytes[this.offset + i] ?? 0;
  }

  has(count: number): boolean {
    return this.available >= count;
  }

  slice(from: number, to: number): Uint8Array {
    return this.bytes.subarray(this.offset + from, this.offset + to);
  }

  /** Little-endian unsigned integer of `size` bytes at position i. */
  uint(i: number, size: number): number {
    let value = 0;
    for (let k = size - 1; k >= 0; k--) value = value * 256 + this.at(i + k);
    return value;
  }
}

export type Params = (i: number) => number;
export type Builder = (p: Params) => Command;
/** A command of a fixed shape: how many parameter bytes follow its prefix, and its meaning. */
export type FixedSpec = readonly [params: number, build: Builder];

export const ok = (length: number, command: Command): ParseResult => ({
  status: 'ok',
  length,
  command,
});

export const incomplete = (name: string, needs: number | null): ParseResult => ({
  status: 'incomplete',
  name,
  needs,
});

export const ignored =
  (name: string): Builder =>
  () => ({ kind: 'ignored', name });
export const unsupported =
  (name: string): Builder =>
  () => ({ kind: 'unsupported', name });

/** Frames a fixed-shape command whose prefix is `prefixLength` bytes long. */
export function fixed(
  frame: Frame,
  name: string,
  prefixLength: number,
  spec: FixedSpec,
): ParseResult {
  const [params, build] = spec;
  const length = prefixLength + params;
  if (!frame.has(length)) return incomplete(name, length);
  return ok(
    length,
    build((i) => frame.at(prefixLength + i)),
  );
}

/**
 * Frames a command whose prefix is followed by a little-endian byte count (`sizeBytes`
 * long) and that many bytes (GS ( k pL pH …, GS 8 L p1…p4 …).
 */
export function counted(
  frame: Frame,
  name: string,
  prefixLength: number,
  sizeBytes: number,
  build: (body: Uint8Array) => Command,
): ParseResult {
  if (!frame.has(prefixLength + sizeBytes)) return incomplete(name, null);
  const size = frame.uint(prefixLength, sizeBytes);
  const length = prefixLength + sizeBytes + size;
  if (!frame.has(length)) return incomplete(name, length);
  return ok(length, build(frame.slice(prefixLength + sizeBytes, length)));
}

/** Frames a command whose data runs up to a NUL (at most `max` bytes before it). */
export function nulTerminated(
  frame: Frame,
  name: string,
  start: number,
  max: number,
  build: (data: Uint8Array, length: number) => Command,
): ParseResult | null {
  for (let i = start; i <= start + max; i++) {
    if (!frame.has(i + 1)) return incomplete(name, null);
    if (frame.at(i) === 0) return ok(i + 1, build(frame.slice(start, i), i + 1));
  }
  return null;
}
