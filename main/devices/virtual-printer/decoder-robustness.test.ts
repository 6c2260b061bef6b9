import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeEscPos, paper58 } from './decoder';
import { JobFramer } from './job-framer';
import { layoutPaper } from './paper-layout';
import { renderHtml } from './render-html';
import { renderText } from './render-text';
import { bytes, ESC, GS, LF, sampleTicketBytes } from './test-support/sample-ticket';

const FS = 0x1c;
const DLE = 0x10;

// Command prefixes, so random input reaches the parameter handling of each command.
const prefixes = [
  [ESC], [GS], [FS], [DLE], [ESC, 0x2a], [ESC, 0x44], [ESC, 0x26], [ESC, 0x28, 0x41],
  [GS, 0x28, 0x6b], [GS, 0x28, 0x4c], [GS, 0x38, 0x4c], [GS, 0x6b], [GS, 0x76, 0x30], [GS, 0x56],
  [GS, 0x2a], [FS, 0x71], [FS, 0x28], [DLE, 0x04], [DLE, 0x14], [GS, 0x28, 0x6b, 3, 0, 0x31, 0x51, 0x30],
].map((p) => Uint8Array.from(p)); // prettier-ignore

const escPosLike = fc
  .array(fc.oneof(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 24 })), {
    maxLength: 60,
  })
  .map((parts) => Uint8Array.from(parts.flatMap((p) => [...p])));

describe('bad input', () => {
  it('never throws on random bytes, and places every warning inside the input', () => {
    fc.assert(
      fc.property(fc.oneof(escPosLike, fc.uint8Array({ maxLength: 2000 })), (input) => {
        const { job } = decodeEscPos(input, { paper: paper58 });
        for (const warning of job.warnings) {
          expect(warning.offset).toBeGreaterThanOrEqual(0);
          expect(warning.offset).toBeLessThanOrEqual(input.length);
        }
        renderText(job);
        renderHtml(job);
        expect(layoutPaper(job).height).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('reports a job cut short inside any command at that command, with its name', () => {
    const ticket = sampleTicketBytes();
    for (let end = 1; end < ticket.length; end++) {
      const { job } = decodeEscPos(ticket.subarray(0, end));
      const truncated = job.warnings.filter((w) => w.message.startsWith('truncated'));
      expect(truncated.length).toBeLessThanOrEqual(1);
      for (const warning of truncated) expect(warning.offset).toBeLessThan(end);
    }
    // The QR "store" command: GS ( k pL pH 49 80.
    const qrStore = ticket.findIndex(
      (b, i) =>
        b === GS && ticket[i + 1] === 0x28 && ticket[i + 5] === 0x31 && ticket[i + 6] === 0x50,
    );
    const { job } = decodeEscPos(ticket.subarray(0, qrStore + 10));
    expect(job.warnings.at(-1)).toEqual({
      offset: qrStore,
      message: expect.stringMatching(/^truncated GS \( k: .* it needs 44 bytes$/),
    });
  });

  it('skips unknown commands and stray control bytes with a warning at their offset', () => {
    const { job } = decodeEscPos(
      bytes(
        'a',
        [ESC, 0x01],
        'b',
        [GS, 0x02],
        [FS, 0x03],
        [DLE, 0x09, 0],
        0x07,
        [GS, 0x56, 0x05],
        LF,
      ),
    );
    expect(job.warnings.map((w) => [w.offset, w.message])).toEqual([
      [1, 'unknown command ESC 0x01: skipped'],
      [4, 'unknown command GS 0x02: skipped'],
      [6, 'unknown command FS 0x03: skipped'],
      [8, 'unknown command DLE 0x09: skipped'],
      [11, 'unexpected control byte 0x07: skipped'],
      [12, 'unknown command GS V 0x05: skipped'],
    ]);
    expect(renderText(job)).toBe('ab');
  });

  it('does not trust a declared graphics size beyond the data sent', () => {
    // GS ( L fn 112 declaring 65535 x 65535 dots with two bytes of data.
    const { job } = decodeEscPos(
      bytes([GS, 0x28, 0x4c, 12, 0, 0x30, 112, 0x30, 1, 1, 0x31, 0xff, 0xff, 0xff, 0xff, 1, 2]),
    );
    expect(job.warnings[0]?.message).toContain('2 data bytes for a 65535x65535 image');
  });
});

describe('job framing', () => {
  const frame = (chunks: Uint8Array[]) => {
    const events: string[] = [];
    const framer = new JobFramer({
      onQuery: (q) => events.push(`query ${q.command} ${q.n}`),
      onJob: (job, end) => events.push(`job ${end} ${Buffer.from(job).toString('hex')}`),
    });
    chunks.forEach((chunk) => framer.push(chunk));
    framer.end();
    return events;
  };

  const stream = bytes(
    [DLE, 0x04, 1], [ESC, 0x40], 'one', LF, [GS, 0x56, 0],
    'two', [DLE, 0x04, 4], [GS, 0x76, 0x30, 0, 1, 0, 3, 0, 0x10, 0x04, 0x01], LF, [GS, 0x56, 66, 3],
    [ESC, 0x40], [DLE, 0x04, 2],
  ); // prettier-ignore

  it('ends a job at each cut, answers queries in order, ignores look-alikes inside images', () => {
    expect(frame([stream])).toEqual([
      'query DLE EOT 1',
      `job cut ${Buffer.from(stream.subarray(0, 12)).toString('hex')}`,
      'query DLE EOT 4',
      `job cut ${Buffer.from(stream.subarray(12, 34)).toString('hex')}`,
      'query DLE EOT 2',
    ]);
  });

  it('frames the same jobs however the stream is split into chunks', () => {
    const whole = frame([stream]);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: stream.length - 1 }), { maxLength: 12 }),
        (cuts) => {
          const points = [0, ...cuts.sort((a, b) => a - b), stream.length];
          const chunks = points.slice(1).map((end, i) => stream.subarray(points[i], end));
          expect(frame(chunks)).toEqual(whole);
        },
      ),
    );
  });

  it('keeps what is left at close as a last job, but not queries and ESC @ alone', () => {
    expect(frame([bytes('tail', LF)])).toEqual([
      `job close ${Buffer.from('tail\n').toString('hex')}`,
    ]);
    expect(frame([bytes([ESC, 0x40], [DLE, 0x04, 1], 0x00)])).toEqual(['query DLE EOT 1']);
  });

  it('closes a job at the size limit so memory stays bounded', () => {
    const events: string[] = [];
    const framer = new JobFramer(
      { onQuery: () => undefined, onJob: (job, end) => events.push(`${end} ${job.length}`) },
      100,
    );
    framer.push(new Uint8Array(150).fill(0x41));
    framer.end();
    expect(events).toEqual(['overflow 150']);
  });
});
