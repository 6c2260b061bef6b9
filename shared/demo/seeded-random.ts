/** A small deterministic generator (mulberry32): the same seed gives the same demo day. */
export function seededRandom(seed: number): () => number {
  let value = seed >>> 0;
  return () => {
    value = (value + 0x6d2b79f5) >>> 0;
    let t = value;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function randomString(random: () => number, alphabet: string, length: number): string {
  let text = '';
  for (let i = 0; i < length; i += 1)
    text += alphabet[Math.floor(random() * alphabet.length)] ?? '';
  return text;
}
