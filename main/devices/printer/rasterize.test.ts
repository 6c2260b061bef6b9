import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RasterImage } from '../../../shared/print/escpos';
import type { RasterRequest } from '../../../shared/print/render';
import { startVirtualPrinter } from '../virtual-printer';
import { createTicketPrinter } from './create-printer';
import { PrintJournal } from './print-journal';
import { createRasterizer } from './rasterize';
import { qrCodesOnPaper } from './test-support/decode-qr';
import { sampleTicket } from './test-support/sample-content';

const rasterize = createRasterizer();
const base: RasterRequest = {
  text: 'رقمك',
  align: 'right',
  direction: 'rtl',
  widthDots: 384,
  lineHeightDots: 24,
  bold: false,
  small: false,
};

/** Black dots per column band: [left third, middle third, right third]. */
function inkByThird(image: RasterImage): [number, number, number] {
  const rowBytes = image.widthDots / 8;
  const thirds = [0, 0, 0];
  for (let y = 0; y < image.heightDots; y++)
    for (let x = 0; x < image.widthDots; x++)
      if ((image.bits[y * rowBytes + (x >> 3)]! >> (7 - (x & 7))) & 1)
        thirds[Math.min(2, Math.floor((x * 3) / image.widthDots))]! += 1;
  return thirds as [number, number, number];
}

describe('rasterize', () => {
  it('draws a full-width 1-bit image, one printer line tall per line of text', () => {
    const image = rasterize(base);
    expect(image.widthDots).toBe(384);
    expect(image.heightDots).toBe(30);
    expect(image.bits.length).toBe(48 * 30);
    expect(inkByThird(image).reduce((a, b) => a + b)).toBeGreaterThan(50);
  });

  it('puts right-to-left text at the right, left-to-right text at the left', () => {
    const [left, , right] = inkByThird(rasterize(base));
    expect(right).toBeGreaterThan(0);
    expect(left).toBe(0);
    const [ltrLeft, , ltrRight] = inkByThird(
      rasterize({ ...base, text: 'Номер', direction: 'ltr', align: 'left' }),
    );
    expect(ltrLeft).toBeGreaterThan(0);
    expect(ltrRight).toBe(0);
  });

  it('puts a row label at the start and its value at the end', () => {
    const [left, middle, right] = inkByThird(
      rasterize({ ...base, text: 'الشباك', end: '4', align: 'left' }),
    );
    expect(left).toBeGreaterThan(0);
    expect(right).toBeGreaterThan(0);
    expect(middle).toBe(0);
  });

  it('puts a row value that does not fit beside its label on a line of its own', () => {
    const request = {
      ...base,
      text: 'Орієнтовне очікування',
      end: 'близько 12 хв',
      direction: 'ltr',
      align: 'left',
    } as const;
    const image = rasterize(request);
    expect(image.heightDots).toBe(2 * 30);
    const rowBytes = image.widthDots / 8;
    const half = (from: number) => ({
      ...image,
      heightDots: 30,
      bits: image.bits.slice(from * rowBytes, (from + 30) * rowBytes),
    });
    // The label alone on the first line, the value alone at the end of the second.
    expect(inkByThird(half(0))[0]).toBeGreaterThan(0);
    const [left, , right] = inkByThird(half(30));
    expect(left).toBe(0);
    expect(right).toBeGreaterThan(0);
  });

  it('wraps long text onto more lines instead of cutting it', () => {
    const long = rasterize({
      ...base,
      text: 'لا تحتوي هذه التذكرة على أي بيانات شخصية. '.repeat(3),
    });
    expect(long.heightDots).toBeGreaterThanOrEqual(3 * 30);
  });
});

// Scripts no Latin code page holds: Arabic (right to left) and Ukrainian (Cyrillic).
const otherScripts = [
  { language: 'ar', serviceName: 'الحالة المدنية' },
  { language: 'uk', serviceName: 'Реєстрація актів цивільного стану' },
] as const;

describe.each(otherScripts)('a ticket in $language on the virtual printer', (words) => {
  it('prints the words as images, the number as text, and a QR that scans', async () => {
    const dir = mkdtempSync(join(tmpdir(), `${words.language}-ticket-`));
    const vp = await startVirtualPrinter({ paperWidthMm: 58 });
    const journal = PrintJournal.open(join(dir, 'print.sqlite'));
    const printer = createTicketPrinter(
      {
        link: 'network',
        deviceId: 'kiosk-1-printer',
        host: '127.0.0.1',
        port: vp.port,
        paperWidth: 58,
      },
      { journal, rasterize },
    );
    try {
      const content = { ...sampleTicket, ...words };
      const result = await printer.print({ id: `ticket-${words.language}-01`, content });
      expect(result).toMatchObject({ ok: true, substitutions: 0 });
      const job = await vp.waitForJob();
      expect(job.decoded.warnings).toEqual([]);
      expect(job.text).toContain('A042');
      expect(job.text).not.toContain('?');
      const images = job.decoded.items.filter((item) => item.kind === 'image');
      // Service, "your number", two rows, date, QR caption and privacy notice.
      expect(images).toHaveLength(7);
      expect(await qrCodesOnPaper(job.decoded)).toEqual([sampleTicket.qr]);
    } finally {
      await printer.close();
      await vp.close();
      journal.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
