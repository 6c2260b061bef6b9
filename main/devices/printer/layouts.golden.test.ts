import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CodePage } from '../../../shared/print/code-page';
import { printContentSchema, type PrintContentInput } from '../../../shared/print/content';
import { renderPrintContent } from '../../../shared/print/layout';
import type { PaperWidth } from '../../../shared/print/paper';
import { hexDump, parseHexDump } from './hex-dump';
import {
  sampleCheckIn,
  sampleKioskCheckIn,
  sampleReceipt,
  sampleTicket,
} from './test-support/sample-content';

// The exact bytes each layout sends, French accents included. A change to a layout or a
// code page shows up here as a diff of readable hex; when it is deliberate, regenerate
// with UPDATE_GOLDEN=1 npx vitest run main/devices/printer/layouts.golden.test.ts
// and review the diff before committing.

const folder = join(dirname(fileURLToPath(import.meta.url)), '__golden__');
const update = process.env.UPDATE_GOLDEN === '1';

const cases: {
  name: string;
  content: PrintContentInput;
  paperWidth: PaperWidth;
  codePage: CodePage;
}[] = [
  ...([58, 80] as const).flatMap((paperWidth) => [
    {
      name: `ticket-${paperWidth}`,
      content: sampleTicket,
      paperWidth,
      codePage: 'wpc1252' as const,
    },
    {
      name: `check-in-${paperWidth}`,
      content: sampleCheckIn,
      paperWidth,
      codePage: 'wpc1252' as const,
    },
    {
      name: `check-in-kiosk-${paperWidth}`,
      content: sampleKioskCheckIn,
      paperWidth,
      codePage: 'wpc1252' as const,
    },
    {
      name: `receipt-${paperWidth}`,
      content: sampleReceipt,
      paperWidth,
      codePage: 'wpc1252' as const,
    },
  ]),
  { name: 'receipt-80-pc858', content: sampleReceipt, paperWidth: 80, codePage: 'pc858' },
];

describe('golden bytes', () => {
  it.each(cases)('$name', ({ name, content, paperWidth, codePage }) => {
    const { bytes } = renderPrintContent(printContentSchema.parse(content), {
      paperWidth,
      codePage,
    });
    const dump = hexDump(bytes, codePage);
    const file = join(folder, `${name}.hex`);
    if (update) {
      mkdirSync(folder, { recursive: true });
      writeFileSync(file, dump);
    }
    if (!existsSync(file))
      throw new Error(`${file} is missing: run with UPDATE_GOLDEN=1 to create it, then review it`);
    const golden = readFileSync(file, 'utf8');
    expect(dump).toBe(golden);
    expect(parseHexDump(golden)).toEqual(bytes);
  });

  it('spells the French characters with the bytes of the chosen code page', () => {
    const bytes = (codePage: CodePage) =>
      parseHexDump(
        readFileSync(
          join(folder, codePage === 'pc858' ? 'receipt-80-pc858.hex' : 'receipt-80.hex'),
          'utf8',
        ),
      );
    const has = (haystack: Uint8Array, needle: number[]) =>
      Buffer.from(haystack).includes(Buffer.from(needle));
    const wpc = bytes('wpc1252');
    expect(has(wpc, [0x1b, 0x74, 16])).toBe(true);
    expect(has(wpc, [0x63, 0x9c, 0x75, 0x72])).toBe(true); // cœur
    expect(has(wpc, [0x32, 0x35, 0x20, 0x80])).toBe(true); // 25 €
    expect(has(wpc, [0xab, 0x20, 0x56])).toBe(true); // « V
    expect(has(wpc, [0x20, 0x97, 0x20])).toBe(true); // —
    const pc = bytes('pc858');
    expect(has(pc, [0x1b, 0x74, 19])).toBe(true);
    expect(has(pc, [0x63, 0x6f, 0x65, 0x75, 0x72])).toBe(true); // cœur spelt "coeur"
    expect(has(pc, [0x32, 0x35, 0x20, 0xd5])).toBe(true); // 25 €
    expect(has(pc, [0x52, 0x90, 0x43, 0x90])).toBe(true); // RÉCÉ
  });
});
