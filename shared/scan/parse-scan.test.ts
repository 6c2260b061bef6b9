import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScanPayload } from './parse-scan';
import { appointmentQrText, appointmentTokenFromRandomBytes } from './appointment-token';
import { MAX_SCAN_BYTES, scanPayloadSchema, scanRejectionSchema, type ScanResult } from './payload';

const token = 'A1B2C3D4E5F6G7H8J9K0MNPQRS';
const bytes = (text: string) => new TextEncoder().encode(text);

function rejection(result: ScanResult) {
  if (result.ok) throw new Error(`expected a rejection, got ${JSON.stringify(result.payload)}`);
  return result;
}

describe('parseScanPayload accepts', () => {
  it('our appointment QR code, from text or bytes, in any letter case', () => {
    const expected = { ok: true, payload: { kind: 'appointment-token', token } };
    expect(parseScanPayload(`ACCUEIL:RDV:${token}`)).toEqual(expected);
    expect(parseScanPayload(bytes(`ACCUEIL:RDV:${token}`))).toEqual(expected);
    expect(parseScanPayload(`accueil:rdv:${token.toLowerCase()}`)).toEqual(expected);
    expect(parseScanPayload(`  ACCUEIL:RDV:${token} `)).toEqual(expected);
  });

  it('the appointment token under a configured URL base only', () => {
    const options = { appointmentUrlBases: ['https://mairie.example/rdv/'] };
    expect(parseScanPayload(`https://mairie.example/rdv/${token}`, options)).toEqual({
      ok: true,
      payload: { kind: 'appointment-token', token },
    });
    expect(parseScanPayload(`https://mairie.example/rdv/${token}`).ok).toBe(false);
    expect(parseScanPayload(`https://evil.example/rdv/${token}`, options).ok).toBe(false);
    expect(
      rejection(parseScanPayload(`https://mairie.example/rdv/${token}?x=1`, options)).reason,
    ).toBe('malformed');
  });

  it('an ANTS pré-demande number, upper-cased, with spaces and dashes removed', () => {
    for (const typed of [
      'AB12CD34EF',
      'ab12cd34ef',
      ' AB12-CD34-EF ',
      'AB 12 CD 34 EF',
      'AB12\u2013CD34\u00A0EF',
    ])
      expect(parseScanPayload(typed)).toEqual({
        ok: true,
        payload: { kind: 'ants-pre-demande', number: 'AB12CD34EF' },
      });
  });

  it('a booking code, with or without its dash', () => {
    for (const typed of ['K7M-2QX', 'k7m2qx', 'K7M 2QX'])
      expect(parseScanPayload(typed)).toEqual({
        ok: true,
        payload: { kind: 'booking-code', code: 'K7M2QX' },
      });
  });
});

describe('parseScanPayload reads a ticket’s own QR code', () => {
  const ticket = 'Zx9_-aB3cD4eF5gH6iJ7kL';
  it('its status page, on any origin, the token’s letter case kept', () => {
    for (const origin of ['https://accueil.ville.fr', 'http://192.168.1.20:8080'])
      expect(parseScanPayload(`${origin}/status/#t=${ticket}`)).toEqual({
        ok: true,
        payload: { kind: 'ticket-status', token: ticket },
      });
    expect(parseScanPayload(bytes(`https://accueil.ville.fr/status/#t=${ticket}`))).toEqual({
      ok: true,
      payload: { kind: 'ticket-status', token: ticket },
    });
  });

  it('and nothing like it: another path, a query, user info, a short or foreign token', () => {
    for (const text of [
      `https://accueil.ville.fr/other/#t=${ticket}`,
      `https://accueil.ville.fr/status/?t=${ticket}`,
      `https://user@accueil.ville.fr/status/#t=${ticket}`,
      'https://accueil.ville.fr/status/#t=short',
      `https://accueil.ville.fr/status/#t=${ticket}&x=1`,
      `https://accueil.ville.fr/status/#t=${ticket.slice(0, 20)}é`,
      `ftp://accueil.ville.fr/status/#t=${ticket}`,
    ])
      expect(rejection(parseScanPayload(text)).reason, text).toBe('unknown-format');
  });
});

describe('parseScanPayload rejects with a reason', () => {
  const cases: Array<[string, string | Uint8Array, string]> = [
    ['empty text', '', 'empty'],
    ['empty bytes', new Uint8Array(0), 'empty'],
    ['only spaces', '   ', 'empty'],
    ['a 10 KB line', 'A'.repeat(10_240), 'too-long'],
    ['10 KB of bytes', new Uint8Array(10_240).fill(0x41), 'too-long'],
    [
      'a line just over the limit in multibyte text',
      'é'.repeat(MAX_SCAN_BYTES / 2 + 1),
      'too-long',
    ],
    ['invalid UTF-8', new Uint8Array([0x41, 0xc3, 0x28, 0x42]), 'invalid-utf8'],
    ['a truncated UTF-8 sequence', new Uint8Array([0x41, 0xe2, 0x82]), 'invalid-utf8'],
    ['an unpaired surrogate', 'AB\ud800CD', 'invalid-utf8'],
    ['a NUL byte', 'AB12\u0000CD34EF', 'control-character'],
    ['an escape sequence', '\u001b[31mAB12CD34EF', 'control-character'],
    ['a tab', 'AB12CD34EF\t', 'control-character'],
    ['a C1 control', 'AB12\u0085CD34EF', 'control-character'],
    ['GS1 group separator', '01034531200000111719\u001d10ABC', 'control-character'],
    ['our prefix with a short token', 'ACCUEIL:RDV:ABC', 'malformed'],
    ['our prefix with a forbidden letter', `ACCUEIL:RDV:${token.slice(0, 25)}U`, 'malformed'],
    ['our prefix with trailing text', `ACCUEIL:RDV:${token} x`, 'malformed'],
    ['a product barcode', '3017620422003', 'unknown-format'],
    ['a 9-character code', 'AB12CD34E', 'unknown-format'],
    ['an 11-character code', 'AB12CD34EF1', 'unknown-format'],
    ['a booking code with a 0', 'K7M-20X', 'unknown-format'],
    ['ß that upper-cases to SS', 'AB12CD34Eß', 'unknown-format'],
    ['dotless ı that upper-cases to I', 'accueıl:rdv:' + token, 'unknown-format'],
    ['a foreign URL', 'https://example.org/', 'unknown-format'],
    ['JSON', '{"name":"Dupont"}', 'unknown-format'],
  ];
  it.each(cases)('%s', (_label, input, reason) => {
    const result = rejection(parseScanPayload(input));
    expect(result.reason).toBe(reason);
    expect(
      scanRejectionSchema.parse({ reason: result.reason, message: result.message }),
    ).toBeTruthy();
  });

  it('never repeats the scanned text in its message', () => {
    const result = rejection(parseScanPayload('{"name":"Dupont","phone":"0612345678"}'));
    expect(result.message).not.toContain('Dupont');
    expect(result.message).not.toContain('0612');
  });

  it('says where a control character is', () => {
    expect(rejection(parseScanPayload('AB\u0007C')).message).toContain('U+0007 at position 2');
  });
});

describe('appointment tokens', () => {
  it('are made from random bytes and read back by the parser', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 26, maxLength: 26 }), (random) => {
        const made = appointmentTokenFromRandomBytes(random);
        expect(parseScanPayload(appointmentQrText(made))).toEqual({
          ok: true,
          payload: { kind: 'appointment-token', token: made },
        });
      }),
    );
  });

  it('refuse too few random bytes', () => {
    expect(() => appointmentTokenFromRandomBytes(new Uint8Array(25))).toThrow(/26 random bytes/);
  });
});

describe('parseScanPayload on any input (property)', () => {
  function checkResult(result: ScanResult) {
    if (result.ok) expect(scanPayloadSchema.parse(result.payload)).toEqual(result.payload);
    else expect(scanRejectionSchema.safeParse(result).success).toBe(true);
  }

  it('answers every byte sequence with a valid result, never an exception', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2 * MAX_SCAN_BYTES }), (input) => {
        checkResult(parseScanPayload(input));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers every string with a valid result, never an exception', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 700 }), (input) => {
        checkResult(parseScanPayload(input));
      }),
      { numRuns: 2000 },
    );
  });

  it('survives values that are not text at all (from untyped callers)', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        checkResult(parseScanPayload(input as string));
      }),
    );
  });

  it('reads bytes and their text the same way', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 100 }), (text) => {
        expect(parseScanPayload(bytes(text))).toEqual(parseScanPayload(text));
      }),
    );
  });

  it('accepts an ANTS number whatever separators surround its characters', () => {
    const symbol = fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcxyz');
    const separator = fc.constantFrom('', ' ', '-', '  ', ' - ');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(symbol, separator), { minLength: 10, maxLength: 10 }),
        (parts) => {
          const typed = parts.map(([s, sep]) => s + sep).join('');
          const result = parseScanPayload(typed);
          expect(result).toEqual({
            ok: true,
            payload: {
              kind: 'ants-pre-demande',
              number: parts
                .map(([s]) => s)
                .join('')
                .toUpperCase(),
            },
          });
        },
      ),
    );
  });
});
