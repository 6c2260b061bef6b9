import { createHash } from 'node:crypto';
import { seededRandom } from '../../shared/demo/seeded-random';

/** A 32-bit seed from text (e.g. "site|date"), so the same text replays the same run. */
export function seedFromText(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0);
}

export function randomFromText(text: string): () => number {
  return seededRandom(seedFromText(text));
}
