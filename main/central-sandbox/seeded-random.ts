import { createHash } from 'node:crypto';

/** mulberry32: a small, fast generator; enough to pick failures and demo data reproducibly. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A generator seeded from text (e.g. "site|date"), so the same text replays the same run. */
export function randomFromText(text: string): () => number {
  return seededRandom(createHash('sha256').update(text).digest().readUInt32BE(0));
}
