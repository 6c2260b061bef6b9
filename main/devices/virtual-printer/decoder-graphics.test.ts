import { describe, expect, it } from 'vitest';
import { decodeEscPos, paper58 } from './decoder';
import type { Barcode, BitImageRun, PaperItem } from './document';
import { renderText } from './render-text';
import { bytes, type BytePart, ESC, GS, LF, qrFunction } from './test-support/sample-ticket';

const decode = (...parts: BytePart[]) => decodeEscPos(bytes(...parts), { paper: paper58 }).job;

const ofKind = <K extends PaperItem['kind']>(items: PaperItem[], kind: K) =>
  items.filter((i): i is Extract<PaperItem, { kind: K }> => i.kind === kind);

const DLE = 0x10;
const EOT = 0x04;

describe('QR codes (GS ( k, cn 49)', () => {
  it('decodes model, module size, error correction, stored data and print', () => {
    const job = decode(
      [ESC, 0x61, 1],
      [GS, 0x28, 0x6b, 0x04, 0x00, 0x31, 0x41, 0x32, 0x00], // model 2
      [GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x43, 0x08], // module size 8
      [GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x45, 0x33], // error correction H
      [GS, 0x28, 0x6b, 0x09, 0x00, 0x31, 0x50, 0x30], 'T-1234', // store 6 bytes (pL = 6 + 3)
      [GS, 0x28, 0x6b, 0x03, 0x00, 0x31, 0x51, 0x30], // print
    ); // prettier-ignore
    expect(ofKind(job.items, 'qr')).toMatchObject([
      {
        data: 'T-1234',
        model: 2,
        moduleSize: 8,
        errorCorrection: 'H',
        align: 'center',
        offset: 42,
      },
    ]);
    expect(renderText(job)).toBe(`${' '.repeat(10)}[QR: T-1234]`);
    expect(job.warnings).toEqual([]);
  });

  it('keeps UTF-8 data as text and reprints the stored data on a second print', () => {
    const utf8 = [...new TextEncoder().encode('né')];
    const job = decode(
      qrFunction(0x50, 0x30, ...utf8),
      qrFunction(0x51, 0x30),
      qrFunction(0x51, 0x30),
    );
    expect(ofKind(job.items, 'qr').map((q) => q.data)).toEqual(['né', 'né']);
  });

  it('warns when printing with nothing stored, or with out-of-range settings', () => {
    const job = decode(qrFunction(0x51, 0x30), qrFunction(0x43, 40), qrFunction(0x45, 0x39));
    expect(job.items).toEqual([]);
    expect(job.warnings.map((w) => w.offset)).toEqual([0, 8, 16]);
  });

  it('records other 2-D symbols (PDF417) with their data', () => {
    const job = decode([GS, 0x28, 0x6b, 0x06, 0x00, 0x30, 0x50, 0x30], 'abc', [
      GS,
      0x28,
      0x6b,
      3,
      0,
      0x30,
      0x51,
      0x30,
    ]);
    expect(ofKind(job.items, 'symbol-2d')).toMatchObject([{ symbology: 'pdf417', data: 'abc' }]);
    expect(renderText(job)).toBe('[PDF417: abc]');
  });
});

describe('1-D barcodes (GS k)', () => {
  const barcode = (...parts: BytePart[]): Barcode => {
    const found = ofKind(decode(...parts).items, 'barcode')[0];
    if (!found) throw new Error('no barcode decoded');
    return found;
  };

  it('reads both forms and adds the EAN/UPC check digit', () => {
    const form1 = barcode([GS, 0x6b, 2], '400638133393', 0x00);
    const form2 = barcode([GS, 0x6b, 67, 12], '400638133393');
    expect([form1.symbology, form1.hri, form1.problem]).toEqual([
      'EAN13',
      '4006381333931',
      undefined,
    ]);
    expect(form2.hri).toBe('4006381333931');
    expect(form2.modules?.reduce((a, b) => a + b, 0)).toBe(95);
    expect(barcode([GS, 0x6b, 65, 11], '03600029145').hri).toBe('036000291452');
    expect(barcode([GS, 0x6b, 68, 7], '9638507')).toMatchObject({
      symbology: 'EAN8',
      hri: '96385074',
    });
    expect(barcode([GS, 0x6b, 68, 8], '96385074').problem).toBeUndefined();
    expect(barcode([GS, 0x6b, 68, 8], '96385075').problem).toContain('check digit should be 4');
  });

  it('reads CODE39, ITF, CODABAR, CODE93 and CODE128 with code set switches', () => {
    expect(barcode([GS, 0x6b, 4], 'ABC-12', 0x00)).toMatchObject({
      symbology: 'CODE39',
      hri: '*ABC-12*',
    });
    expect(barcode([GS, 0x6b, 70, 6], '123456')).toMatchObject({ symbology: 'ITF', hri: '123456' });
    expect(barcode([GS, 0x6b, 71, 7], 'A12345B')).toMatchObject({
      symbology: 'CODABAR',
      hri: 'A12345B',
    });
    expect(barcode([GS, 0x6b, 72, 5], 'AB123')).toMatchObject({
      symbology: 'CODE93',
      hri: 'AB123',
      modules: null,
    });
    const code128 = barcode([GS, 0x6b, 73, 9], '{BNo.', '{C', 12, 34);
    expect(code128).toMatchObject({ symbology: 'CODE128', data: '{BNo.{C\f"', hri: 'No.1234' });
  });

  it('applies GS h, GS w, GS H and GS f, and ESC a', () => {
    const found = barcode(
      [GS, 0x68, 80], [GS, 0x77, 2], [GS, 0x48, 0x32], [GS, 0x66, 1], [ESC, 0x61, 2],
      [GS, 0x6b, 73, 4], '{B42',
    ); // prettier-ignore
    expect(found).toMatchObject({
      height: 80,
      moduleWidth: 2,
      hriPosition: 'below',
      hriFont: 'B',
      align: 'right',
    });
  });

  it('marks data a printer would refuse, and warns', () => {
    const job = decode([GS, 0x6b, 2], 'ABC', 0x00, [GS, 0x6b, 73, 3], 'abc');
    expect(
      ofKind(job.items, 'barcode').map((b) => [b.symbology, b.modules, b.problem !== undefined]),
    ).toEqual([
      ['EAN13', null, true],
      ['CODE128', null, true],
    ]);
    expect(renderText(job)).toContain('[BARCODE EAN13 refused: EAN13 needs 12 or 13 digits]');
    expect(job.warnings).toHaveLength(2);
  });
});

describe('cuts', () => {
  it.each([
    [[GS, 0x56, 0], false, 0],
    [[GS, 0x56, 48], false, 0],
    [[GS, 0x56, 1], true, 0],
    [[GS, 0x56, 49], true, 0],
    [[GS, 0x56, 65, 20], false, 20],
    [[GS, 0x56, 66, 30], true, 30],
    [[GS, 0x56, 97, 5], false, 5],
    [[GS, 0x56, 98, 5], true, 5],
    [[GS, 0x56, 103, 7], false, 7],
    [[GS, 0x56, 104, 7], true, 7],
    [[ESC, 0x69], true, 0],
    [[ESC, 0x6d], true, 0],
  ])('%j cuts (partial %s, feed %i)', (command, partial, feedDots) => {
    const job = decode('x', LF, command);
    expect(ofKind(job.items, 'cut')).toEqual([{ kind: 'cut', offset: 2, partial, feedDots }]);
    expect(renderText(job).endsWith(partial ? '[PARTIAL CUT]' : '[CUT]')).toBe(true);
  });

  it('prints text left in the buffer before the cut, with a warning', () => {
    const job = decode('x', [GS, 0x56, 0]);
    expect(job.items.map((i) => i.kind)).toEqual(['line', 'cut']);
    expect(job.warnings[0]?.message).toContain('no LF before it');
  });
});

describe('images', () => {
  it('GS v 0 decodes raster rows, most significant bit leftmost, with its scale', () => {
    const job = decode([GS, 0x76, 0x30, 3, 2, 0, 2, 0], [0xf0, 0x0f, 0xaa, 0x55]);
    const image = ofKind(job.items, 'image')[0];
    expect(image).toMatchObject({ source: 'raster', scaleX: 2, scaleY: 2 });
    expect(image?.bitmap.width).toBe(16);
    expect(Array.from(image?.bitmap.data ?? []).join('')).toBe('11110000000011111010101001010101');
  });

  it('ESC * decodes 24-dot and 8-dot bit images column by column, inside the line', () => {
    const job = decode(
      [ESC, 0x2a, 33, 2, 0],
      [0x80, 0x00, 0x01, 0xff, 0xff, 0xff],
      [ESC, 0x2a, 0, 1, 0],
      0x81,
      LF,
    );
    const [dense, single] = job.items.flatMap((i) =>
      i.kind === 'line' ? i.runs : [],
    ) as BitImageRun[];
    expect(dense).toMatchObject({
      kind: 'bit-image',
      x: 0,
      width: 2,
      height: 24,
      scaleX: 1,
      scaleY: 1,
    });
    const column = (x: number) =>
      Array.from({ length: 24 }, (_, y) => dense?.bitmap.data[y * 2 + x]).join('');
    expect(column(0)).toBe(`1${'0'.repeat(22)}1`);
    expect(column(1)).toBe('1'.repeat(24));
    expect(single).toMatchObject({ x: 2, width: 2, height: 24, scaleX: 2, scaleY: 3 });
    expect(Array.from(single?.bitmap.data ?? []).join('')).toBe('10000001');
  });

  it('GS ( L stores raster graphics (fn 112) and prints them (fn 50)', () => {
    const job = decode(
      [GS, 0x28, 0x4c, 12, 0, 0x30, 112, 0x30, 1, 1, 0x31, 8, 0, 2, 0, 0xff, 0x81],
      [GS, 0x28, 0x4c, 2, 0, 0x30, 50],
    );
    const image = ofKind(job.items, 'image')[0];
    expect(image).toMatchObject({ source: 'graphics', scaleX: 1, scaleY: 1 });
    expect(Array.from(image?.bitmap.data ?? []).join('')).toBe('1111111110000001');
  });
});

describe('pulses and queries', () => {
  it('records drawer pulses and beeps without printing them', () => {
    const job = decode(
      [ESC, 0x70, 0, 25, 250],
      [ESC, 0x70, 0x31, 50, 50],
      [ESC, 0x42, 3, 2],
      [DLE, 0x14, 1, 0, 5], // real-time pulse, 5 x 100 ms
    );
    expect(job.items).toEqual([
      { kind: 'drawer-pulse', offset: 0, pin: 2, onMs: 50, offMs: 500 },
      { kind: 'drawer-pulse', offset: 5, pin: 5, onMs: 100, offMs: 100 },
      { kind: 'beep', offset: 10, times: 3, durationMs: 100 },
      { kind: 'drawer-pulse', offset: 14, pin: 2, onMs: 500, offMs: 500 },
    ]);
  });

  it('records status queries apart from the paper', () => {
    const job = decode(
      [DLE, EOT, 1], 'a', [DLE, EOT, 4], [DLE, 0x05, 2], [GS, 0x72, 1], [GS, 0x61, 0], LF,
    ); // prettier-ignore
    expect(job.queries.map((q) => `${q.command} ${q.n}`)).toEqual([
      'DLE EOT 1',
      'DLE EOT 4',
      'DLE ENQ 2',
      'GS r 1',
      'GS a 0',
    ]);
    expect(renderText(job)).toBe('a');
  });
});
