// ESC R n swaps twelve ASCII positions for national characters (the old 7-bit way of
// printing accents). The positions, in order: # $ @ [ \ ] ^ ` { | } ~
const positions = [0x23, 0x24, 0x40, 0x5b, 0x5c, 0x5d, 0x5e, 0x60, 0x7b, 0x7c, 0x7d, 0x7e];

// From the Epson international character set table, one string of twelve per set.
const sets: Record<number, [name: string, chars: string]> = {
  0: ['USA', '#$@[\\]^`{|}~'],
  1: ['France', '#$à°ç§^`éùè¨'],
  2: ['Germany', '#$§ÄÖÜ^`äöüß'],
  3: ['UK', '£$@[\\]^`{|}~'],
  4: ['Denmark I', '#$@ÆØÅ^`æøå~'],
  5: ['Sweden', '#¤ÉÄÖÅÜéäöåü'],
  6: ['Italy', '#$@°\\é^ùàòèì'],
  7: ['Spain I', '₧$@¡Ñ¿^`¨ñ}~'],
  8: ['Japan', '#$@[¥]^`{|}~'],
  9: ['Norway', '#¤ÉÆØÅÜéæøåü'],
  10: ['Denmark II', '#$ÉÆØÅÜéæøåü'],
  11: ['Spain II', '#$á¡Ñ¿é`íñóú'],
  12: ['Latin America', '#$á¡Ñ¿éüíñóú'],
};

export interface InternationalSet {
  number: number;
  name: string;
  /** Replacement per ASCII byte; bytes not listed print as ASCII. */
  replacements: ReadonlyMap<number, string>;
}

const built = new Map<number, InternationalSet>();

/** The set ESC R n selects, or undefined when it is not one this printer knows. */
export function internationalSet(number: number): InternationalSet | undefined {
  const cached = built.get(number);
  if (cached) return cached;
  const entry = sets[number];
  if (!entry) return undefined;
  const chars = [...entry[1]];
  const replacements = new Map<number, string>();
  positions.forEach((byte, i) => {
    const char = chars[i];
    if (char !== undefined && char !== String.fromCharCode(byte)) replacements.set(byte, char);
  });
  const set = { number, name: entry[0], replacements };
  built.set(number, set);
  return set;
}

export const usaSet = internationalSet(0) as InternationalSet;
