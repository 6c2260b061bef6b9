import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LineFramer, lineTerminators, type FrameEvent } from './line-framer';

const bytes = (text: string) => Buffer.from(text, 'latin1');
const lines = (events: FrameEvent[]) =>
  events.map((e) => (e.type === 'line' ? Buffer.from(e.bytes).toString('latin1') : `<${e.type}>`));

describe('LineFramer', () => {
  it('cuts lines at CR, LF or CR LF as configured', () => {
    expect(lines(new LineFramer('CR', 64).push(bytes('AB\rCD\r')))).toEqual(['AB', 'CD']);
    expect(lines(new LineFramer('LF', 64).push(bytes('AB\nCD\n')))).toEqual(['AB', 'CD']);
    expect(lines(new LineFramer('CRLF', 64).push(bytes('AB\r\nCD\r\n')))).toEqual(['AB', 'CD']);
  });

  it('keeps a CR LF split across two chunks together', () => {
    const framer = new LineFramer('CRLF', 64);
    expect(lines(framer.push(bytes('AB\r')))).toEqual([]);
    expect(framer.hasPartial).toBe(true);
    expect(lines(framer.push(bytes('\nCD')))).toEqual(['AB']);
  });

  it('is strict: a lone CR under CRLF is content, the LF of CR LF under CR starts a line', () => {
    expect(lines(new LineFramer('CRLF', 64).push(bytes('A\rB\r\n')))).toEqual(['A\rB']);
    expect(lines(new LineFramer('CR', 64).push(bytes('AB\r\nCD\r')))).toEqual(['AB', '\nCD']);
  });

  it('accepts a line of exactly the limit and drops one byte longer, up to its end', () => {
    const framer = new LineFramer('LF', 4);
    expect(lines(framer.push(bytes('ABCD\nABCDE')))).toEqual(['ABCD', '<overflow>']);
    expect(lines(framer.push(bytes('FGHIJ' + 'K'.repeat(10_000))))).toEqual([]);
    expect(lines(framer.push(bytes('\nOK\n')))).toEqual(['OK']);
  });

  it('hands back a partial line once, and an overflowing one as already reported', () => {
    const framer = new LineFramer('CR', 4);
    framer.push(bytes('AB'));
    expect(framer.takePartial()).toBe(2);
    expect(framer.hasPartial).toBe(false);
    framer.push(bytes('ABCDEFGH'));
    expect(framer.hasPartial).toBe(true);
    expect(framer.takePartial()).toBeNull();
    expect(lines(framer.push(bytes('XY\r')))).toEqual(['XY']);
  });

  it('refuses a nonsensical limit', () => {
    expect(() => new LineFramer('CR', 0)).toThrow(RangeError);
  });

  it('gives the same lines however the stream is chunked (property)', () => {
    const stream = fc.uint8Array({ maxLength: 300 }).map((a) =>
      // Make terminators common enough to matter.
      a.map((b) => (b % 5 === 0 ? 0x0d : b % 7 === 0 ? 0x0a : b)),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...lineTerminators),
        fc.integer({ min: 1, max: 40 }),
        stream,
        fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1 }),
        (terminator, limit, data, cuts) => {
          const whole = new LineFramer(terminator, limit).push(data);
          const framer = new LineFramer(terminator, limit);
          const pieces: FrameEvent[] = [];
          for (let at = 0, i = 0; at < data.length; i++) {
            const size = cuts[i % cuts.length] ?? 1;
            pieces.push(...framer.push(data.subarray(at, at + size)));
            at += size;
          }
          expect(pieces).toEqual(whole);
          for (const event of whole)
            if (event.type === 'line') expect(event.bytes.length).toBeLessThanOrEqual(limit);
        },
      ),
    );
  });
});
