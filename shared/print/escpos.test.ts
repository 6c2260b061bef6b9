import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EscPosBuilder, withoutRealTimeCommands } from './escpos';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
const ascii = (text: string) => hex(Uint8Array.from([...text].map((c) => c.charCodeAt(0))));

describe('EscPosBuilder', () => {
  it('writes the basic commands as the Epson manual spells them', () => {
    const bytes = new EscPosBuilder()
      .init()
      .codePage('pc858')
      .align('center')
      .bold(true)
      .underline(2)
      .size(8, 8)
      .font('b')
      .line('€')
      .feed(3)
      .cut()
      .bytes();
    expect(hex(bytes)).toBe(
      [
        '1b40',
        '1b7413',
        '1b6101',
        '1b4501',
        '1b2d02',
        '1d2177',
        '1b4d01',
        'd50a',
        '1b6403',
        '1d564200',
      ].join(''),
    );
  });

  it('writes a QR code as model 2, module size, level, store and print', () => {
    const bytes = new EscPosBuilder().qr('ABC', { moduleSize: 6, level: 'Q' }).bytes();
    expect(hex(bytes)).toBe(
      [
        '1d286b0400314132 00'.replace(' ', ''),
        '1d286b03003143 06'.replace(' ', ''),
        '1d286b03003145 32'.replace(' ', ''),
        '1d286b0600315030 414243'.replace(' ', ''),
        '1d286b0300315130',
      ].join(''),
    );
  });

  it('refuses what a printer would misread', () => {
    const b = new EscPosBuilder();
    expect(() => b.qr('café')).toThrow(/printable ASCII/);
    expect(() => b.size(9, 1)).toThrow(/1 to 8/);
    expect(() => b.raster({ widthDots: 9, heightDots: 1, bits: new Uint8Array(1) })).toThrow(
      /expected 2/,
    );
  });

  it('writes CODE128 in code set B with its text below', () => {
    const bytes = new EscPosBuilder().code128('A{1').bytes();
    expect(hex(bytes)).toBe('1d683c' + '1d7702' + '1d4802' + '1d6b4906' + ascii('{BA{{1'));
  });

  it('writes a raster image with its width in bytes and height in dots', () => {
    const bits = Uint8Array.from([0xff, 0x80, 0x01, 0x00]);
    const bytes = new EscPosBuilder().raster({ widthDots: 9, heightDots: 2, bits }).bytes();
    expect(hex(bytes)).toBe('1d763000' + '0200' + '0200' + 'ff800100');
  });

  it('never lets image data spell a real-time command', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (raw) => {
        const bits = Uint8Array.from(raw.map((b, i) => (i % 3 === 0 ? 0x10 : b)));
        const clean = withoutRealTimeCommands(bits);
        for (let i = 0; i + 1 < clean.length; i++)
          if (clean[i] === 0x10) expect([0x04, 0x05, 0x14]).not.toContain(clean[i + 1]);
        // At most one dot changed per blanked byte.
        clean.forEach((b, i) => expect(b === bits[i] || (bits[i] === 0x10 && b === 0)).toBe(true));
      }),
    );
  });
});
