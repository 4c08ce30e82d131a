import { describe, expect, it } from 'vitest';
import { type LabelCandidate, placeLabels, truncateToWidth } from '../../../../../src-renderer/lib/timeline/labelPlacement';

const c = (key: string, x: number, width: number, priority = 0): LabelCandidate => ({ key, x, width, priority });

describe('placeLabels', () => {
  it.each([
    { name: 'no rows, no labels', candidates: [c('a', 0, 50)], rows: 0, obstacles: [], placed: {} },
    { name: 'separate labels share row 0', candidates: [c('a', 0, 50), c('b', 100, 50)], rows: 1, obstacles: [], placed: { a: 0, b: 0 } },
    { name: 'overlap goes to row 1', candidates: [c('a', 0, 50), c('b', 30, 50)], rows: 2, obstacles: [], placed: { a: 0, b: 1 } },
    { name: 'no room anywhere: left out', candidates: [c('a', 0, 50), c('b', 30, 50)], rows: 1, obstacles: [], placed: { a: 0 } },
    { name: 'priority wins the row', candidates: [c('a', 0, 50), c('b', 30, 50, 1)], rows: 1, obstacles: [], placed: { b: 0 } },
    { name: 'the gap counts', candidates: [c('a', 0, 50), c('b', 55, 50)], rows: 1, obstacles: [], placed: { a: 0 } },
    { name: 'marks block row 0 only', candidates: [c('a', 0, 50)], rows: 2, obstacles: [[[40, 60] as const]], placed: { a: 1 } },
    { name: 'big marks block row 1 too', candidates: [c('a', 0, 50)], rows: 2, obstacles: [[[40, 60] as const], [[40, 60] as const]], placed: {} },
  ])('$name', ({ candidates, rows, obstacles, placed }) => {
    expect(Object.fromEntries(placeLabels(candidates, rows, 10, obstacles))).toEqual(placed);
  });

  it('never overlaps, for 2000 random labels', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const candidates = Array.from({ length: 2000 }, (_, i) => c(`l${i}`, random() * 20000, 40 + random() * 200, random() < 0.1 ? 1 : 0));
    const placed = placeLabels(candidates, 2, 8);
    for (const row of [0, 1]) {
      const extents = candidates
        .filter((candidate) => placed.get(candidate.key) === row)
        .map((candidate) => [candidate.x, candidate.x + candidate.width + 8] as const)
        .sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < extents.length; i += 1) expect(extents[i]![0]).toBeGreaterThanOrEqual(extents[i - 1]![1]);
    }
    expect(placed.size).toBeGreaterThan(50);
  });

  it('respects the right edge', () => {
    expect(placeLabels([c('a', 90, 50)], 1, 0, [], 100).size).toBe(0);
  });
});

describe('truncateToWidth', () => {
  const measure = (text: string) => text.length * 10;
  it.each([
    { text: 'Kurz', max: 100, expected: 'Kurz' },
    { text: 'Ein sehr langer Titel', max: 100, expected: 'Ein sehr…' },
    { text: 'Abcdefghijk', max: 50, expected: 'Abcd…' },
  ])('$text in $max px → $expected', ({ text, max, expected }) => {
    const result = truncateToWidth(text, max, measure);
    expect(result).toBe(expected);
    expect(measure(result)).toBeLessThanOrEqual(max);
  });
});
