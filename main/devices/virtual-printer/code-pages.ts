import iconv from 'iconv-lite';

// The upper half (0x80–0xFF) of the character code tables an ESC/POS printer selects
// with ESC t n. The four a French site uses are written out here, from the code page
// charts, so the decoder does not depend on a library's idea of them; the rarer pages
// fall back to iconv-lite. Bytes below 0x80 are ASCII (modulo ESC R, see
// international-sets.ts).

const pc437 =
  'ÇüéâäàåçêëèïîìÄÅ' + // 80
  'ÉæÆôöòûùÿÖÜ¢£¥₧ƒ' + // 90
  'áíóúñÑªº¿⌐¬½¼¡«»' + // A0
  '░▒▓│┤╡╢╖╕╣║╗╝╜╛┐' + // B0
  '└┴┬├─┼╞╟╚╔╩╦╠═╬╧' + // C0
  '╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀' + // D0
  'αßΓπΣσµτΦΘΩδ∞φε∩' + // E0
  '≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u00A0'; // F0

const pc850 =
  'ÇüéâäàåçêëèïîìÄÅ' + // 80
  'ÉæÆôöòûùÿÖÜø£Ø×ƒ' + // 90
  'áíóúñÑªº¿®¬½¼¡«»' + // A0
  '░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐' + // B0
  '└┴┬├─┼ãÃ╚╔╩╦╠═╬¤' + // C0
  'ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀' + // D0
  'ÓßÔÒõÕµþÞÚÛÙýÝ¯´' + // E0
  '\u00AD±‗¾¶§÷¸°¨·¹³²■\u00A0'; // F0

// PC858 is PC850 with the euro sign in place of the dotless i (0xD5).
const pc858 = pc850.slice(0, 0x55) + '€' + pc850.slice(0x56);

// Windows-1252; the five bytes it leaves undefined print as U+FFFD.
const wpc1252 =
  '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD' + // 80
  '\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ' + // 90
  '\u00A0¡¢£¤¥¦§¨©ª«¬\u00AD®¯' + // A0
  '°±²³´µ¶·¸¹º»¼½¾¿' + // B0
  'ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏ' + // C0
  'ÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß' + // D0
  'àáâãäåæçèéêëìíîï' + // E0
  'ðñòóôõö÷øùúûüýþÿ'; // F0

export interface CodePage {
  /** The ESC t n number. */
  number: number;
  name: string;
  /** The 128 characters of bytes 0x80–0xFF, in order. */
  upper: readonly string[];
}

const tableFor = (number: number, name: string, chars: string): CodePage => ({
  number,
  name,
  upper: [...chars],
});

const builtIn = new Map<number, CodePage>([
  [0, tableFor(0, 'PC437', pc437)],
  [2, tableFor(2, 'PC850', pc850)],
  [16, tableFor(16, 'WPC1252', wpc1252)],
  [19, tableFor(19, 'PC858', pc858)],
]);

// Epson's numbering for the other pages iconv-lite knows.
const viaIconv: Record<number, [name: string, encoding: string]> = {
  3: ['PC860', 'cp860'],
  4: ['PC863', 'cp863'],
  5: ['PC865', 'cp865'],
  13: ['PC857', 'cp857'],
  14: ['PC737', 'cp737'],
  15: ['ISO8859-7', 'iso88597'],
  17: ['PC866', 'cp866'],
  18: ['PC852', 'cp852'],
  33: ['WPC775', 'cp775'],
  34: ['PC855', 'cp855'],
  35: ['PC861', 'cp861'],
  36: ['PC862', 'cp862'],
  37: ['PC864', 'cp864'],
  38: ['PC869', 'cp869'],
  39: ['ISO8859-2', 'iso88592'],
  40: ['ISO8859-15', 'iso885915'],
  45: ['WPC1250', 'win1250'],
  46: ['WPC1251', 'win1251'],
  47: ['WPC1253', 'win1253'],
  48: ['WPC1254', 'win1254'],
  49: ['WPC1255', 'win1255'],
  50: ['WPC1256', 'win1256'],
  51: ['WPC1257', 'win1257'],
  52: ['WPC1258', 'win1258'],
};

const cache = new Map<number, CodePage>();

/** The code page ESC t n selects, or undefined when this printer does not have it. */
export function codePage(number: number): CodePage | undefined {
  const known = builtIn.get(number) ?? cache.get(number);
  if (known) return known;
  const entry = viaIconv[number];
  if (!entry) return undefined;
  const upperBytes = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
  const page = tableFor(number, entry[0], iconv.decode(Buffer.from(upperBytes), entry[1]));
  if (page.upper.length !== 128) return undefined;
  cache.set(number, page);
  return page;
}

export const defaultCodePage = builtIn.get(0) as CodePage;
