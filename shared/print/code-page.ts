// The printer's character tables, written out here rather than taken from a library so
// that shared/ stays pure and the bytes a French ticket sends are visible and fixed.
// WPC1252 is the default: it holds every French character (œ, €, «», —, ’) natively.
// PC858 (PC850 with € in place of the dotless i) is the fallback for printers without it.

export const codePages = ['wpc1252', 'pc858'] as const;
export type CodePage = (typeof codePages)[number];

/** The `n` of ESC t n that selects each table on Epson-compatible printers. */
export const codePageNumber: Record<CodePage, number> = { wpc1252: 16, pc858: 19 };

// Bytes 0x80..0xFF in order; '\uFFFF' marks a byte the table leaves undefined.
const upperHalf: Record<CodePage, string> = {
  wpc1252:
    '€\uFFFF‚ƒ„…†‡ˆ‰Š‹Œ\uFFFFŽ\uFFFF' +
    '\uFFFF‘’“”•–—˜™š›œ\uFFFFžŸ' +
    Array.from({ length: 96 }, (_, i) => String.fromCharCode(0xa0 + i)).join(''),
  pc858:
    'ÇüéâäàåçêëèïîìÄÅ' +
    'ÉæÆôöòûùÿÖÜø£Ø×ƒ' +
    'áíóúñÑªº¿®¬½¼¡«»' +
    '░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐' +
    '└┴┬├─┼ãÃ╚╔╩╦╠═╬¤' +
    'ðÐÊËÈ€ÍÎÏ┘┌█▄¦Ì▀' +
    'ÓßÔÒõÕµþÞÚÛÙýÝ¯´' +
    '\u00AD±‗¾¶§÷¸°¨·¹³²■\u00A0',
};

const encoders = new Map<CodePage, Map<string, number>>(
  codePages.map((page) => {
    const table = new Map<string, number>();
    [...upperHalf[page]].forEach((char, i) => {
      if (char !== '\uFFFF') table.set(char, 0x80 + i);
    });
    return [page, table];
  }),
);

/** The Unicode character each byte 0x80..0xFF stands for, or undefined. */
export function decodeByte(page: CodePage, byte: number): string | undefined {
  if (byte < 0x80) return String.fromCharCode(byte);
  const char = upperHalf[page].charAt(byte - 0x80);
  return char === '\uFFFF' || char === '' ? undefined : char;
}

// What a missing character becomes, tried before the generic accent stripping. Spaces of
// every width become a plain space; typographic punctuation becomes its ASCII cousin.
const transliterations: Record<string, string> = {
  '\t': ' ',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
  '‘': "'",
  '’': "'",
  '‚': ',',
  '“': '"',
  '”': '"',
  '„': '"',
  '‹': '<',
  '›': '>',
  '«': '"',
  '»': '"',
  '…': '...',
  '–': '-',
  '—': '-',
  '‐': '-',
  '‑': '-',
  '•': '*',
  œ: 'oe',
  Œ: 'OE',
  æ: 'ae',
  Æ: 'AE',
  ß: 'ss',
  '€': 'EUR',
  '™': '(TM)',
  '©': '(C)',
  '®': '(R)',
  '°': 'o',
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  ı: 'i',
};

/** One character the code page lacks, and what was printed instead. */
export interface Substitution {
  char: string;
  codePoint: number;
  replacement: string;
  /** True when the replacement is '?': the character could not be printed at all. */
  lost: boolean;
}

export interface EncodeResult {
  bytes: Uint8Array;
  substitutions: Substitution[];
}

const plainAscii = /^[\x20-\x7e\n]*$/;

function isPrintableAscii(code: number): boolean {
  return code >= 0x20 && code < 0x7f;
}

function encodeChar(table: Map<string, number>, char: string): number | undefined {
  const code = char.codePointAt(0) ?? 0;
  if (isPrintableAscii(code)) return code;
  return table.get(char);
}

/** Whether every character of `text` prints as itself (no substitution at all). */
export function fitsCodePage(page: CodePage, text: string): boolean {
  const table = encoders.get(page)!;
  return [...text.normalize('NFC')].every((char) => encodeChar(table, char) !== undefined);
}

/**
 * Whether `text` prints legibly in the code page: at most typographic substitutions
 * (’ → ', … → ..., œ → oe), never a '?'. Lines that fail this are worth rasterizing.
 */
export function printsLegibly(page: CodePage, text: string): boolean {
  return transliterate(page, text).substitutions.every((s) => !s.lost);
}

function substituteFor(table: Map<string, number>, char: string): string {
  const listed = transliterations[char];
  if (listed !== undefined && [...listed].every((c) => encodeChar(table, c) !== undefined))
    return listed;
  // A Latin letter with a diacritic the table lacks (ő, ł̣, ș) keeps its base letter.
  const base = char.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (
    base !== char &&
    base.length > 0 &&
    [...base].every((c) => encodeChar(table, c) !== undefined)
  )
    return base;
  return '?';
}

/**
 * Rewrites text into characters the code page holds, reporting every substitution.
 * Control characters other than LF are never kept (the printer would read them as
 * commands); they, like anything the page lacks, become a substitute and are reported,
 * so a caller can tell a clean line from a degraded one.
 */
export function transliterate(
  page: CodePage,
  text: string,
): { text: string; substitutions: Substitution[] } {
  if (plainAscii.test(text)) return { text, substitutions: [] };
  const table = encoders.get(page)!;
  let out = '';
  const substitutions: Substitution[] = [];
  for (const char of text.normalize('NFC')) {
    if (char === '\n' || encodeChar(table, char) !== undefined) {
      out += char;
      continue;
    }
    const replacement = substituteFor(table, char);
    out += replacement;
    substitutions.push({
      char,
      codePoint: char.codePointAt(0) ?? 0,
      replacement,
      lost: replacement === '?',
    });
  }
  return { text: out, substitutions };
}

/** Encodes text for the printer, substituting (and reporting) what the page lacks. */
export function encodeText(page: CodePage, text: string): EncodeResult {
  const table = encoders.get(page)!;
  const printable = transliterate(page, text);
  const chars = printable.text;
  const bytes = new Uint8Array(chars.length);
  let length = 0;
  for (const char of chars) bytes[length++] = char === '\n' ? 0x0a : encodeChar(table, char)!;
  return { bytes: bytes.subarray(0, length), substitutions: printable.substitutions };
}
