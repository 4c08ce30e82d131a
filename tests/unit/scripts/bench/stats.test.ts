import { describe, expect, it } from 'vitest';
import { intervals, median, medianOfRuns, percentile, summarize } from '../../../../scripts/bench/stats';

describe('median', () => {
  it.each([
    { name: 'none', values: [], expected: undefined },
    { name: 'one', values: [7], expected: 7 },
    { name: 'odd count, unsorted', values: [9, 1, 5], expected: 5 },
    { name: 'even count: mean of the middle two', values: [4, 1, 3, 2], expected: 2.5 },
    { name: 'non-finite values are ignored', values: [Number.NaN, 3, Infinity, 1], expected: 2 },
  ])('$name', ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });
});

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, index) => index + 1);
  it.each([
    { name: 'p50 of 1..4 is a real value', values: [4, 3, 2, 1], p: 50, expected: 2 },
    { name: 'p95 of 1..100', values: hundred, p: 95, expected: 95 },
    { name: 'p100 is the maximum', values: hundred, p: 100, expected: 100 },
    { name: 'p0 is the minimum', values: [5, 3, 9], p: 0, expected: 3 },
    { name: 'p95 of 20 frames with one long one is not the long one', values: [...Array(19).fill(16.7), 200], p: 95, expected: 16.7 },
    { name: 'p95 of 10 frames with one long one is the long one', values: [...Array(9).fill(16.7), 200], p: 95, expected: 200 },
    { name: 'empty', values: [], p: 95, expected: undefined },
  ])('$name', ({ values, p, expected }) => {
    expect(percentile(values, p)).toBe(expected);
  });

  it('rejects a percentile outside 0–100', () => {
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });
});

describe('summarize and intervals', () => {
  it('turns rAF timestamps into frame intervals and counts the janky ones', () => {
    const frames = intervals([0, 16.7, 33.4, 100, 116.7]);
    expect(frames.map((value) => Number(value.toFixed(1)))).toEqual([16.7, 16.7, 66.6, 16.7]);
    const summary = summarize(frames);
    expect(summary).toMatchObject({ count: 4, over: 1, overMs: 50 });
    expect(summary.max).toBeCloseTo(66.6);
    expect(summary.p50).toBeCloseTo(16.7);
  });

  it('summarises nothing as undefined, not as zero', () => {
    expect(summarize([])).toEqual({ count: 0, p50: undefined, p95: undefined, max: undefined, mean: undefined, over: 0, overMs: 50 });
  });
});

describe('medianOfRuns', () => {
  it('takes the median of every number, the majority of booleans and the first of anything else', () => {
    const runs = [
      { ms: 300, nested: { heap: 3 }, moved: { pan: true, wheel: undefined as boolean | undefined }, label: 'a' },
      { ms: 100, nested: { heap: 9 }, moved: { pan: false, wheel: false as boolean | undefined }, label: 'b' },
      { ms: 200, nested: { heap: 5 }, moved: { pan: true, wheel: undefined as boolean | undefined }, label: 'c' },
    ];
    expect(medianOfRuns(runs)).toEqual({ ms: 200, nested: { heap: 5 }, moved: { pan: true, wheel: false }, label: 'a' });
  });

  it('a tie of booleans is false, so an ignored gesture is never reported as working', () => {
    expect(medianOfRuns([{ moved: true }, { moved: false }])).toEqual({ moved: false });
  });

  it('gives undefined for no runs', () => {
    expect(medianOfRuns([])).toBeUndefined();
  });
});
