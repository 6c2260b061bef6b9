/** A distribution as counts of values (value ascending), as GROUP BY returns it. */
export type Histogram = readonly (readonly [value: number, count: number])[];

export interface Distribution {
  count: number;
  p50: number | null;
  p90: number | null;
  max: number | null;
  mean: number | null;
}

/**
 * Nearest-rank percentiles: the p-th percentile is the smallest value that at least p %
 * of the values do not exceed (rank ⌈p × n / 100⌉). Always one of the values measured.
 */
export function distributionOf(histogram: Histogram): Distribution {
  let count = 0;
  let sum = 0;
  for (const [value, n] of histogram) {
    count += n;
    sum += value * n;
  }
  if (count === 0) return { count: 0, p50: null, p90: null, max: null, mean: null };
  const at = (p: number) => {
    const rank = Math.ceil((p * count) / 100);
    let seen = 0;
    for (const [value, n] of histogram) {
      seen += n;
      if (seen >= rank) return value;
    }
    return histogram[histogram.length - 1]?.[0] ?? null;
  };
  return {
    count,
    p50: at(50),
    p90: at(90),
    max: histogram[histogram.length - 1]?.[0] ?? null,
    mean: sum / count,
  };
}

/** Percentiles of plain values (tests, small sets). */
export function distributionOfValues(values: readonly number[]): Distribution {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return distributionOf([...counts.entries()].sort((a, b) => a[0] - b[0]));
}

/** One bucket of a pre-aggregated histogram: values in [lower, lower + width). */
export interface Bucket {
  /** The bucket's lower edge (the value a percentile falling in it reads). */
  lower: number;
  count: number;
  /** The sum and the largest of the values it holds, exact. */
  sum: number;
  max: number;
}

/**
 * Nearest-rank percentiles over buckets (lower edge ascending): the lower edge of the
 * bucket holding rank ⌈p × n / 100⌉, so exact to the bucket's width; the max and the mean
 * exact, from the buckets' own.
 */
export function distributionOfBuckets(buckets: readonly Bucket[]): Distribution {
  const d = distributionOf(buckets.map((b) => [b.lower, b.count] as const));
  if (d.count === 0) return d;
  let sum = 0;
  let max = -Infinity;
  for (const b of buckets) {
    sum += b.sum;
    if (b.count > 0) max = Math.max(max, b.max);
  }
  return { ...d, max, mean: sum / d.count };
}
