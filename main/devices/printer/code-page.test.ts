import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeByte, type CodePage } from '../../../shared/print/code-page';

// shared/ writes its code page tables by hand (it may not import iconv-lite); this checks
// them, byte by byte, against an independent implementation.

const iconvName: Record<CodePage, string> = { wpc1252: 'win1252', pc858: 'cp858' };

describe.each(Object.keys(iconvName) as CodePage[])('%s table', (page) => {
  it('matches iconv-lite for every byte from 0x80 to 0xFF', () => {
    for (let byte = 0x80; byte <= 0xff; byte++) {
      const theirs = iconv.decode(Buffer.from([byte]), iconvName[page]);
      const ours = decodeByte(page, byte);
      expect(ours ?? '\ufffd', `byte 0x${byte.toString(16)}`).toBe(theirs);
    }
  });
});
