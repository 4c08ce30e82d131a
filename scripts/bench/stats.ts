/**
 * Statistics of the benchmark, pure: medians across runs, percentiles of frame intervals and of main-thread work
 * per frame. Percentiles use the nearest-rank method (the value at rank ⌈p·n⌉), so a reported p95 is a frame
 * that really happened, never an interpolation between two.
 */

/** The median of `values` (mean of the two middle values for an even count); `undefined` for none. */
export function median(values: readonly number[]): number | undefined {
  const finite = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (finite.length === 0) return undefined;
  const middle = Math.floor(finite.length / 2);
  return finite.length % 2 === 1 ? finite[middle] : ((finite[middle - 1] as number) + (finite[middle] as number)) / 2;
}

/**
 * The nearest-rank percentile `p` (0–100) of `values`; `undefined` for none.
 * @example percentile([1, 2, 3, 4], 50) === 2
 */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (p < 0 || p > 100) throw new RangeError(`percentile must be within 0–100, got ${p}`);
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return undefined;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** Summary of a series of durations in ms. */
export interface DurationSummary {
  count: number;
  p50: number | undefined;
  p95: number | undefined;
  max: number | undefined;
  mean: number | undefined;
  /** How many values exceed `overMs`. */
  over: number;
  overMs: number;
}

/** Summarises durations (ms): p50, p95, max, mean and the count above `overMs` (default 50 ms, a janky frame). */
export function summarize(values: readonly number[], overMs = 50): DurationSummary {
  const finite = values.filter((value) => Number.isFinite(value));
  return {
    count: finite.length,
    p50: percentile(finite, 50),
    p95: percentile(finite, 95),
    max: finite.length > 0 ? Math.max(...finite) : undefined,
    mean: finite.length > 0 ? finite.reduce((sum, value) => sum + value, 0) / finite.length : undefined,
    over: finite.filter((value) => value > overMs).length,
    overMs,
  };
}

/** Differences between successive timestamps (ms), e.g. requestAnimationFrame times → frame intervals. */
export function intervals(timestamps: readonly number[]): number[] {
  const result: number[] = [];
  for (let index = 1; index < timestamps.length; index += 1) {
    result.push((timestamps[index] as number) - (timestamps[index - 1] as number));
  }
  return result;
}

/**
 * The median across runs of each numeric field: `runs` are objects of the same shape, the result has the
 * median of every number found at the same path, a boolean is true when most runs that have it say so (ties:
 * false), other fields are taken from the first run that has them.
 */
export function medianOfRuns<T>(runs: readonly T[]): T | undefined {
  if (runs.length === 0) return undefined;
  const combine = (values: unknown[]): unknown => {
    // The type is taken from the first run that has the field at all.
    const first = values.find((value) => value !== undefined);
    if (typeof first === 'number') return median(values.filter((value): value is number => typeof value === 'number'));
    if (typeof first === 'boolean') {
      const known = values.filter((value): value is boolean => typeof value === 'boolean');
      return known.filter((value) => value).length * 2 > known.length;
    }
    if (first !== null && typeof first === 'object' && !Array.isArray(first)) {
      const keys = new Set(values.flatMap((value) => (value && typeof value === 'object' ? Object.keys(value) : [])));
      return Object.fromEntries(
        [...keys].map((key) => [key, combine(values.map((value) => (value as Record<string, unknown> | undefined)?.[key]))]),
      );
    }
    return first;
  };
  return combine([...runs]) as T;
}
