import { describe, expect, it } from 'vitest';
import { decodeEscPos, paper58 } from './decoder';
import type { PaperItem, PrintLine, TextRun } from './document';
import { renderText } from './render-text';
import { bytes, type BytePart, ESC, GS, LF } from './test-support/sample-ticket';

const decode = (...parts: BytePart[]) => decodeEscPos(bytes(...parts), { paper: paper58 }).job;

const lines = (items: PaperItem[]): PrintLine[] =>
  items.filter((i): i is PrintLine => i.kind === 'line');

const runs = (items: PaperItem[]): TextRun[] =>
  lines(items).flatMap((l) => l.runs.filter((r): r is TextRun => r.kind === 'text'));

const HT = 0x09;

describe('text and styles', () => {
  it('prints a line at LF, in font A cells of 12x24 dots', () => {
    const job = decode('Bonjour', LF);
    expect(lines(job.items)).toMatchObject([
      { align: 'left', left: 0, areaWidth: 384, width: 84, height: 24, advance: 30 },
    ]);
    expect(runs(job.items)[0]).toMatchObject({ x: 0, text: 'Bonjour', cellWidth: 12 });
    expect(job.warnings).toEqual([]);
  });

  it('ESC E and ESC G make bold, ESC - underlines 1 or 2 dots, GS B reverses', () => {
    const job = decode(
      [ESC, 0x45, 1], 'a', [ESC, 0x45, 0], 'b',
      [ESC, 0x47, 1], 'c', [ESC, 0x47, 0],
      [ESC, 0x2d, 1], 'd', [ESC, 0x2d, 0x32], 'e', [ESC, 0x2d, 0],
      [GS, 0x42, 1], 'f', [GS, 0x42, 0], LF,
    ); // prettier-ignore
    const style = (text: string) => runs(job.items).find((r) => r.text === text)?.style;
    expect(style('a')?.bold).toBe(true);
    expect(style('b')?.bold).toBe(false);
    expect(style('c')?.bold).toBe(true);
    expect(style('d')?.underline).toBe(1);
    expect(style('e')?.underline).toBe(2);
    expect(style('f')?.reverse).toBe(true);
  });

  it('ESC M 1 selects font B (9x17), ESC M 0 font A', () => {
    const job = decode([ESC, 0x4d, 1], 'b', [ESC, 0x4d, 0x30], 'a', LF);
    expect(runs(job.items).map((r) => [r.text, r.style.font, r.cellWidth, r.height])).toEqual([
      ['b', 'B', 9, 17],
      ['a', 'A', 12, 24],
    ]);
  });

  it('GS ! sets width and height multipliers 1-8 and refuses 9', () => {
    const job = decode([GS, 0x21, 0x11], 'x', [GS, 0x21, 0x70], 'y', [GS, 0x21, 0x80], 'z', LF);
    expect(
      runs(job.items).map((r) => [r.text, r.style.widthMul, r.style.heightMul, r.width, r.height]),
    ).toEqual([
      ['x', 2, 2, 24, 48],
      ['yz', 8, 1, 192, 24],
    ]);
    expect(job.warnings[0]?.message).toContain('GS ! 128');
    expect(lines(job.items)[0]).toMatchObject({ height: 48, advance: 48 });
  });

  it('ESC ! sets font B, bold, double height, double width and underline at once', () => {
    const job = decode([ESC, 0x21, 0xb9], 'x', [ESC, 0x21, 0], 'y', LF);
    expect(runs(job.items)[0]?.style).toMatchObject({
      font: 'B', bold: true, heightMul: 2, widthMul: 2, underline: 1,
    }); // prettier-ignore
    expect(runs(job.items)[1]?.style).toMatchObject({
      font: 'A',
      bold: false,
      heightMul: 1,
      widthMul: 1,
    });
  });

  it('ESC a aligns lines left, centre, right', () => {
    const job = decode(
      [ESC, 0x61, 1],
      'mid',
      LF,
      [ESC, 0x61, 0x32],
      'end',
      LF,
      [ESC, 0x61, 0],
      'start',
      LF,
    );
    expect(lines(job.items).map((l) => l.align)).toEqual(['center', 'right', 'left']);
    expect(renderText(job).split('\n')).toEqual([
      `${' '.repeat(14)}mid`,
      `${' '.repeat(29)}end`,
      'start',
    ]);
  });

  it('ESC { turns lines upside down and ESC V rotates characters', () => {
    const job = decode([ESC, 0x7b, 1], 'down', LF, [ESC, 0x7b, 0], [ESC, 0x56, 1], 'side', LF);
    expect(runs(job.items).map((r) => [r.style.upsideDown, r.style.rotated])).toEqual([
      [true, false],
      [false, true],
    ]);
  });

  it('ESC 3 n sets line spacing in dots, ESC 2 restores the default', () => {
    const job = decode([ESC, 0x33, 50], 'a', LF, [ESC, 0x32], 'b', LF, [ESC, 0x33, 10], 'c', LF);
    expect(lines(job.items).map((l) => l.advance)).toEqual([50, 30, 24]);
  });

  it('ESC d n and ESC J n print the line and feed lines or dots', () => {
    const job = decode('a', [ESC, 0x64, 3], [ESC, 0x64, 2], 'b', [ESC, 0x4a, 100], [ESC, 0x4a, 40]);
    expect(
      job.items.map((i) =>
        i.kind === 'line' ? `line ${i.advance}` : i.kind === 'feed' ? `feed ${i.dots}` : i.kind,
      ),
    ).toEqual(['line 90', 'feed 60', 'line 100', 'feed 40']);
    expect(renderText(job)).toBe('a\n\n\n\n\nb\n\n\n');
  });

  it('GS L and GS W set the margin and print area; long text wraps within it', () => {
    const job = decode([GS, 0x4c, 24, 0], [GS, 0x57, 120, 0], '0123456789AB', LF);
    expect(
      lines(job.items).map((l) => [
        l.left,
        l.areaWidth,
        l.runs[0]?.kind === 'text' ? l.runs[0].text : '',
      ]),
    ).toEqual([
      [24, 120, '0123456789'],
      [24, 120, 'AB'],
    ]);
    expect(renderText(job)).toBe('  0123456789\n  AB');
  });

  it('wraps at 32 font A characters on 58 mm and 48 on 80 mm', () => {
    const text = 'x'.repeat(50);
    const at58 = decode(text, LF);
    const at80 = decodeEscPos(bytes(text, LF)).job;
    expect(runs(at58.items).map((r) => r.text.length)).toEqual([32, 18]);
    expect(runs(at80.items).map((r) => r.text.length)).toEqual([48, 2]);
  });

  it('HT moves to the next 8-character stop, or to stops set by ESC D', () => {
    const job = decode('ab', HT, 'c', LF, [ESC, 0x44, 3, 20, 0], HT, 'd', HT, 'e', HT, 'f', LF);
    expect(runs(job.items).map((r) => [r.text, r.x])).toEqual([
      ['ab', 0], ['c', 96],
      ['d', 36], ['ef', 240], // no stop after 240: HT is ignored
    ]); // prettier-ignore
  });

  it('ESC $ positions absolutely and ESC \\ relatively, in dots', () => {
    const job = decode(
      [ESC, 0x24, 100, 0],
      'a',
      [ESC, 0x5c, 0x0c, 0],
      'b',
      [ESC, 0x5c, 0xe8, 0xff],
      'c',
      LF,
    );
    expect(runs(job.items).map((r) => [r.text, r.x])).toEqual([
      ['a', 100],
      ['b', 124],
      ['c', 112],
    ]);
  });

  it('ESC SP widens characters by their right-side spacing', () => {
    const job = decode([ESC, 0x20, 4], 'ab', LF);
    expect(runs(job.items)[0]).toMatchObject({ cellWidth: 16, width: 32 });
  });

  it('ESC @ resets styles and discards an unprinted line, with a warning', () => {
    const job = decode([ESC, 0x45, 1], [GS, 0x21, 0x11], 'lost', [ESC, 0x40], 'kept', LF);
    expect(runs(job.items)).toMatchObject([{ text: 'kept', style: { bold: false, widthMul: 1 } }]);
    expect(job.warnings[0]?.message).toContain('ESC @ discarded');
  });

  it('ignores CR and NUL, and warns about text left without LF at the end', () => {
    const job = decode('a', 0x0d, 0x00, LF, 'tail');
    expect(renderText(job)).toBe('a\ntail');
    expect(job.warnings.map((w) => w.offset)).toEqual([4]);
  });

  it('carries settings from one job to the next, as a real printer does', () => {
    const first = decodeEscPos(bytes([ESC, 0x74, 19], [ESC, 0x61, 1], 'a', LF));
    const second = decodeEscPos(bytes(0xd5, LF), { state: first.state });
    expect(lines(second.job.items)[0]?.align).toBe('center');
    expect(renderText(second.job).trim()).toBe('€');
  });
});
