import { seededRandom } from '../demo/seeded-random';

// The simulator's only source of chance: one seeded stream per day (mulberry32, the demo's
// generator), so a day is the same for the same seed on every machine. Never Math.random.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  uniform(low: number, high: number): number;
  chance(probability: number): boolean;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** Log-normal with this median and shape σ: skewed right, like real service times. */
  logNormal(median: number, sigma: number): number;
  exponential(mean: number): number;
  /** One item, by weight. */
  pick<T>(items: readonly T[], weight: (item: T) => number): T;
}

export function createRandom(seed: number): Random {
  const next = seededRandom(seed);
  const normal = (): number => {
    const u = 1 - next(); // (0, 1]: log(0) never happens
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
  return {
    next,
    uniform: (low, high) => low + (high - low) * next(),
    chance: (probability) => next() < probability,
    normal,
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
    exponential: (mean) => -mean * Math.log(1 - next()),
    pick(items, weight) {
      const total = items.reduce((sum, item) => sum + weight(item), 0);
      let left = next() * total;
      for (const item of items) {
        left -= weight(item);
        if (left < 0) return item;
      }
      const last = items[items.length - 1];
      if (last === undefined) throw new Error('pick from an empty list');
      return last;
    },
  };
}

/** A day's seed from the run's seed and the day's index: days differ, runs repeat. */
export function daySeed(seed: number, dayIndex: number): number {
  return (Math.imul(seed >>> 0, 0x9e3779b1) + Math.imul(dayIndex + 1, 0x85ebca6b)) >>> 0;
}
