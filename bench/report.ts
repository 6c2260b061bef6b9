// What each area's benchmark returns to `npm run bench` (scripts/bench.ts), which
// prints them side by side. Figures only: benchmarks never pass or fail a test.
export interface BenchFigure {
  /** What was measured, e.g. "durable commands/s". */
  name: string;
  value: number;
  unit: string;
  /** The target it is read against, in words, e.g. ">= 1000/s". */
  target?: string;
  /** Whether the figure meets its target, when there is one. */
  meets?: boolean;
  /** How it was measured, or the raw limit it is compared with. */
  note?: string;
}

export interface BenchSection {
  title: string;
  figures: BenchFigure[];
}

export type Bench = () => Promise<BenchSection>;
