// A screen's text made fit for a voice that takes short, plain parts (the hub's offline
// voice refuses more than `max` characters, and anything but letters, digits, spaces and
// punctuation): symbols and line breaks become spaces, and the text is cut at sentence
// ends, else between words, into parts said one after the other.

const unspeakable = /[^\p{L}\p{M}\p{N}\p{Zs}\p{P}]+/gu;
const sentenceEnd = /(?<=[.!?…:;])\s+/u;

export function speakableParts(text: string, max: number): string[] {
  const clean = text.replace(unspeakable, ' ').replace(/\s+/gu, ' ').trim();
  const parts: string[] = [];
  let current = '';
  const push = (piece: string) => {
    if (current && current.length + 1 + piece.length <= max) current = `${current} ${piece}`;
    else {
      if (current) parts.push(current);
      current = piece;
    }
  };
  for (const sentence of clean.split(sentenceEnd)) {
    if (sentence.length <= max) {
      push(sentence);
      continue;
    }
    for (const word of sentence.split(' '))
      for (let at = 0; at < word.length; at += max) push(word.slice(at, at + max));
  }
  if (current) parts.push(current);
  return parts.filter((part) => /[\p{L}\p{N}]/u.test(part));
}
