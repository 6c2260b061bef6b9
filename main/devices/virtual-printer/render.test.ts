import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { code128Patterns } from './barcode-tables';
import { decodeEscPos, paper58, paper80 } from './decoder';
import type { DecodedJob, PaperGeometry } from './document';
import { layoutPaper } from './paper-layout';
import { renderHtml } from './render-html';
import { renderPng } from './render-png';
import { renderText } from './render-text';
import {
  bytes,
  ESC,
  GS,
  LF,
  qrFunction,
  sampleTicketBytes,
  sampleToken,
  type BytePart,
} from './test-support/sample-ticket';

const decode = (paper: PaperGeometry, ...parts: BytePart[]) =>
  decodeEscPos(bytes(...parts), { paper }).job;

async function pixels(job: DecodedJob) {
  const png = PNG.sync.read(await renderPng(job));
  const dark = (x: number, y: number): boolean => (png.data[(y * png.width + x) * 4] ?? 255) < 128;
  return { png, dark };
}

// Reads a CODE128 symbol back from one row of the picture: bar widths → symbol values.
function readCode128(row: boolean[], moduleWidth: number): string {
  const first = row.indexOf(true);
  const last = row.lastIndexOf(true);
  const runs: number[] = [];
  for (let x = first; x <= last;) {
    let end = x;
    while (end <= last && row[end] === row[x]) end++;
    runs.push(Math.round((end - x) / moduleWidth));
    x = end;
  }
  const values: number[] = [];
  for (let i = 0; i + 6 <= runs.length - 7; i += 6) {
    values.push(code128Patterns.indexOf(runs.slice(i, i + 6).join('')));
  }
  expect(runs.slice(-7).join('')).toBe('2331112'); // stop
  const [start, ...rest] = values;
  const check = rest.pop();
  expect(start).toBe(104); // start B ('211214')
  expect(rest.reduce((sum, v, i) => sum + v * (i + 1), start ?? 0) % 103).toBe(check);
  return String.fromCharCode(...rest.map((v) => v + 32));
}

describe('text rendering', () => {
  it('reads like the ticket, French accents included', () => {
    const text = renderText(decodeEscPos(sampleTicketBytes(), { paper: paper58 }).job);
    expect(text.split('\n')).toEqual([
      '      MAIRIE DE SAINT-ÉLOI',
      '   Accueil IRIS - État civil',
      '',
      '              A042',
      '',
      '     Le 12/03/2025 à 09:41',
      '    Personnes avant vous : 3',
      '    Attente estimée : 12 min',
      '',
      '[QR: https://accueil.example/t/Q7F3KX9P2M]',
      '',
      'Aucune donnée personnelle sur ce ticket.',
      '         Frais : 0,00 €',
      '',
      '',
      '',
      '',
      '[PARTIAL CUT]',
    ]);
  });
});

describe('PNG rendering', () => {
  it.each([
    [paper58, 464],
    [paper80, 640],
  ])('draws %o paper %i dots wide, and its QR code scans', async (paper, width) => {
    const { png } = await pixels(decodeEscPos(sampleTicketBytes(), { paper }).job);
    expect(png.width).toBe(width);
    const found = jsQR(Uint8ClampedArray.from(png.data), png.width, png.height);
    expect(found?.data).toBe(sampleToken);
  });

  it('scans a small-module, high-correction QR code too', async () => {
    const token = [...'Q7F3KX9P2M'].map((c) => c.charCodeAt(0));
    const job = decode(
      paper58,
      [ESC, 0x61, 1],
      qrFunction(0x43, 3),
      qrFunction(0x45, 0x33),
      qrFunction(0x50, 0x30, ...token),
      qrFunction(0x51, 0x30),
      LF,
    );
    const { png } = await pixels(job);
    expect(jsQR(Uint8ClampedArray.from(png.data), png.width, png.height)?.data).toBe('Q7F3KX9P2M');
  });

  it('draws raster images dot for dot, scaled as asked', async () => {
    const data = [0xf0, 0x0f, 0xaa, 0x55];
    const job = decode(
      paper58,
      [GS, 0x76, 0x30, 0, 2, 0, 2, 0],
      data,
      [GS, 0x76, 0x30, 3, 2, 0, 2, 0],
      data,
    );
    const { dark } = await pixels(job);
    const { items, printableLeft } = layoutPaper(job);
    const [plain, quad] = items;
    const bits = '11110000000011111010101001010101';
    for (let y = 0; y < 2; y++) {
      for (let x = 0; x < 16; x++) {
        const bit = bits[y * 16 + x] === '1';
        expect(dark(printableLeft + x, (plain?.y ?? 0) + y)).toBe(bit);
        for (const [dx, dy] of [
          [0, 0],
          [1, 0],
          [0, 1],
          [1, 1],
        ] as const) {
          expect(dark(printableLeft + 2 * x + dx, (quad?.y ?? 0) + 2 * y + dy)).toBe(bit);
        }
      }
    }
  });

  it('draws CODE128 bars that read back as the data', async () => {
    const job = decode(
      paper80,
      [ESC, 0x61, 1],
      [GS, 0x77, 2],
      [GS, 0x68, 60],
      [GS, 0x48, 2],
      [GS, 0x6b, 73, 9],
      '{BA042-XY',
    );
    const { png, dark } = await pixels(job);
    const box = layoutPaper(job).items[0];
    const y = (box?.y ?? 0) + 30;
    const row = Array.from({ length: png.width }, (_, x) => dark(x, y));
    expect(readCode128(row, 2)).toBe('A042-XY');
  });

  it('fills reverse text black and underlines to the full run width', async () => {
    const job = decode(paper58, [GS, 0x42, 1], 'AB', [GS, 0x42, 0], LF, [ESC, 0x2d, 2], 'CD', LF);
    const { dark } = await pixels(job);
    const [reverse, underlined] = layoutPaper(job).items;
    const x = layoutPaper(job).printableLeft;
    expect(dark(x + 1, (reverse?.y ?? 0) + 1)).toBe(true); // background of reverse text
    for (let dx = 0; dx < 24; dx++) expect(dark(x + dx, (underlined?.y ?? 0) + 23)).toBe(true);
  });

  it('ends the picture at the final cut and shows earlier cuts', async () => {
    const once = layoutPaper(decode(paper58, 'a', LF, [GS, 0x56, 0]));
    const twice = layoutPaper(decode(paper58, 'a', LF, [GS, 0x56, 0], 'b', LF, [GS, 0x56, 1]));
    expect(once.height).toBe(24 + 30);
    expect(twice.finalCut).toBe(3);
    expect(twice.height).toBe(24 + 60);
  });
});

describe('HTML rendering', () => {
  it('is a French page with the text escaped, the QR as SVG and sizes in dots', () => {
    const job = decode(
      paper58,
      [ESC, 0x74, 19],
      [GS, 0x21, 0x11],
      '<A&B>',
      LF,
      qrFunction(0x50, 0x30, 0x78),
      qrFunction(0x51, 0x30),
    );
    const html = renderHtml(job, 'Ticket 7');
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<title>Ticket 7</title>');
    expect(html).toContain('&#60;A&#38;B&#62;');
    expect(html).toContain('transform:scale(2,2)');
    expect(html).toMatch(/<svg class="item"[^>]*width="63"[^>]*><path d="M0 0h1v1h-1z/);
    expect(html).toContain('width:464px');
  });

  it('embeds raster images as PNG data', () => {
    const html = renderHtml(decode(paper58, [GS, 0x76, 0x30, 0, 1, 0, 1, 0], 0x80));
    expect(html).toMatch(
      /<img class="item" style="[^"]*width:8px;height:1px" src="data:image\/png;base64,/,
    );
  });
});
