// A typical queue ticket written byte by byte from the ESC/POS reference and the PC858
// chart (not with our own printer library, so each side checks the other). Used by the
// tests and the benchmark.

export type BytePart = string | number | readonly number[] | Uint8Array;

/** Concatenates ASCII strings and raw bytes; non-ASCII text must be written as bytes. */
export function bytes(...parts: BytePart[]): Uint8Array {
  const out: number[] = [];
  for (const part of parts) {
    if (typeof part === 'number') out.push(part);
    else if (typeof part === 'string') {
      for (const char of part) {
        const code = char.charCodeAt(0);
        if (code > 0x7e) throw new Error(`write "${char}" as a byte of the code page, not as text`);
        out.push(code);
      }
    } else out.push(...part);
  }
  return Uint8Array.from(out);
}

export const ESC = 0x1b;
export const GS = 0x1d;
export const LF = 0x0a;

// PC858 bytes for the French letters on the ticket.
const E_ACUTE = 0x82; // é
const E_ACUTE_CAPITAL = 0x90; // É
const A_GRAVE = 0x85; // à
const EURO = 0xd5; // € (PC858 only)

/** GS ( k for QR (cn 49): function fn with its parameters. */
export function qrFunction(fn: number, ...params: number[]): number[] {
  const size = params.length + 2;
  return [GS, 0x28, 0x6b, size & 0xff, size >> 8, 0x31, fn, ...params];
}

export const sampleToken = 'https://accueil.example/t/Q7F3KX9P2M';

export function sampleTicketBytes(): Uint8Array {
  const token = [...sampleToken].map((c) => c.charCodeAt(0));
  return bytes(
    [ESC, 0x40], // ESC @
    [ESC, 0x74, 19], // ESC t 19: PC858
    [ESC, 0x61, 1], // centred
    [ESC, 0x45, 1],
    'MAIRIE DE SAINT-',
    E_ACUTE_CAPITAL,
    'LOI',
    LF,
    [ESC, 0x45, 0],
    'Accueil IRIS - ',
    E_ACUTE_CAPITAL,
    'tat civil',
    LF,
    [ESC, 0x64, 1], // ESC d 1
    [GS, 0x21, 0x33], // GS ! 4x4
    [ESC, 0x45, 1],
    'A042',
    LF,
    [GS, 0x21, 0x00],
    [ESC, 0x45, 0],
    [ESC, 0x64, 1],
    'Le 12/03/2025 ',
    A_GRAVE,
    ' 09:41',
    LF,
    'Personnes avant vous : 3',
    LF,
    'Attente estim',
    E_ACUTE,
    'e : 12 min',
    LF,
    [ESC, 0x64, 1],
    qrFunction(0x41, 0x32, 0x00), // model 2
    qrFunction(0x43, 6), // module size 6
    qrFunction(0x45, 0x31), // error correction M
    qrFunction(0x50, 0x30, ...token), // store
    qrFunction(0x51, 0x30), // print
    LF,
    [ESC, 0x4d, 1], // font B
    'Aucune donn',
    E_ACUTE,
    'e personnelle sur ce ticket.',
    LF,
    'Frais : 0,00 ',
    EURO,
    LF,
    [ESC, 0x4d, 0],
    [ESC, 0x64, 4],
    [GS, 0x56, 66, 0], // feed and partial cut
  );
}
