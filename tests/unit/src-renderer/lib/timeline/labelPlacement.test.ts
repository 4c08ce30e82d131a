import { describe, expect, it } from 'vitest';
import { fitLabel, type LabelCandidate, type LabelChoice, placeLabelChoices, placeLabels, truncateToWidth } from '../../../../../src-renderer/lib/timeline/labelPlacement';

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

describe('placeLabelChoices', () => {
  /** A whole title on two rows (width 120), with a one-row shortened form (width 200) as fallback. */
  const whole = (key: string, x: number): LabelChoice => ({ key, x, width: 120, priority: 0, rows: 2, fallback: { width: 200, rows: 1 } });
  /** Row 0 beside the marks is taken (as the model's mark extents take it). */
  const mark = [[[0, 1000] as const]];

  it.each([
    { name: 'room for the whole title: its first form', candidates: [whole('a', 20)], rows: 3, placed: { a: 1 }, fallbacks: [] },
    { name: 'two rows after the marks’ row are needed: the shortened form', candidates: [whole('a', 20)], rows: 2, placed: { a: 1 }, fallbacks: ['a'] },
    {
      name: 'a neighbour’s whole title leaves one row: the shortened form takes it',
      candidates: [whole('a', 20), { ...whole('b', 60), fallback: { width: 60, rows: 1 } }],
      rows: 4,
      placed: { a: 1, b: 3 },
      fallbacks: ['b'],
    },
    { name: 'a candidate without a fallback is left out as before', candidates: [whole('a', 20), { ...c('b', 60, 120), rows: 2 }], rows: 3, placed: { a: 1 }, fallbacks: [] },
  ])('$name', ({ candidates, rows, placed, fallbacks }) => {
    const result = placeLabelChoices(candidates, rows, 10, mark);
    expect(Object.fromEntries(result.rows)).toEqual(placed);
    expect([...result.fallbacks]).toEqual(fallbacks);
  });

  it('fallbacks never overlap the labels of the first pass, for 1000 random choices', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const candidates: LabelChoice[] = Array.from({ length: 1000 }, (_, i) => ({
      key: `l${i}`,
      x: random() * 20000,
      width: 60 + random() * 120,
      priority: 0,
      rows: 2,
      fallback: { width: 40 + random() * 120, rows: 1 },
    }));
    const { rows, fallbacks } = placeLabelChoices(candidates, 4, 8);
    expect(fallbacks.size).toBeGreaterThan(0);
    for (const row of [0, 1, 2, 3]) {
      const extents = candidates
        .flatMap((candidate) => {
          const placed = rows.get(candidate.key);
          if (placed === undefined) return [];
          const form = fallbacks.has(candidate.key) ? { width: candidate.fallback!.width, rows: 1 } : { width: candidate.width, rows: 2 };
          return row >= placed && row < placed + form.rows ? [[candidate.x, candidate.x + form.width + 8] as const] : [];
        })
        .sort((a, b) => a[0] - b[0]);
      for (let i = 1; i < extents.length; i += 1) expect(extents[i]![0]).toBeGreaterThanOrEqual(extents[i - 1]![1]);
    }
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

/** `truncateToWidth` before `fitLabel` (issue 7): the reference that `fitLabel` must match, text for text. */
function referenceTruncate(text: string, maxWidth: number, measure: (text: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}…`) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

describe('fitLabel', () => {
  // Proportional widths, like a real font: narrow letters, wide capitals, a wide ellipsis.
  const proportional = (text: string) => {
    let width = 0;
    for (const char of text) width += char === ' ' ? 5 : char === '…' ? 14 : /[A-ZÄÖÜ]/.test(char) ? 13 : /[ilj.,']/.test(char) ? 4 : 9.5;
    return width;
  };
  const measures = { monospace: (text: string) => text.length * 9, proportional };
  const texts = [
    '', 'Kurz', 'Ein sehr langer Titel', 'Abcdefghijk', 'Wort   mit    vielen     Leerzeichen', '        ',
    'Partnerschaftsvertrag mit Emek Hefer unterzeichnet', 'Jugendaustausch Ústí nad Labem', 'Huế – Besuch der Delegation',
    'illiillii illiillii illiillii illiillii', 'WWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWWW', 'a'.repeat(300),
  ];
  const cases = Object.entries(measures).flatMap(([measureName, measure]) =>
    texts.flatMap((text) => [0, 10, 14, 60, 100, 240, 260, 1000].map((maxWidth) => ({ measureName, measure, text, maxWidth }))),
  );
  it.each(cases)('$measureName, $maxWidth px: "$text"', ({ measure, text, maxWidth }) => {
    let calls = 0;
    const counted = (value: string) => {
      calls += 1;
      return measure(value);
    };
    const fitted = fitLabel(text, maxWidth, counted);
    expect(fitted.text).toBe(referenceTruncate(text, maxWidth, measure));
    expect(truncateToWidth(text, maxWidth, measure)).toBe(fitted.text);
    expect(fitted.width).toBe(measure(fitted.text));
    // The whole text, at most three steps from the proportional guess, one per halving of what is left, and one
    // of a bare ellipsis when nothing fits.
    expect(calls).toBeLessThanOrEqual(5 + Math.ceil(Math.log2(text.length + 1)));
  });

  it.each([
    ['Partnerschaftsvertrag mit Emek Hefer unterzeichnet', 240],
    ['Jugendaustausch Ústí nad Labem', 180],
    ['Ausstellung in Thale: Besuch der Partnerschaftskomitees', 260],
    ['Huế – Besuch der Delegation', 160],
  ])('a real title, "%s" at %i px, costs at most 4 measurements (the binary search took 7)', (text, maxWidth) => {
    let calls = 0;
    const fitted = fitLabel(text, maxWidth, (value) => {
      calls += 1;
      return proportional(value);
    });
    expect(fitted.text).toBe(referenceTruncate(text, maxWidth, proportional));
    expect(calls).toBeLessThanOrEqual(4);
  });
});

describe('placeLabels with obstacles in any order', () => {
  it('places the same labels whether the obstacles come sorted or shuffled', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    const candidates = Array.from({ length: 400 }, (_, i) => c(`l${i}`, i * 25 + random() * 20, 30 + random() * 120, random() < 0.1 ? 1 : 0));
    const marks = Array.from({ length: 300 }, () => {
      const x = random() * 10000;
      return [x, x + 40 + random() * 40] as const;
    });
    const sorted = [...marks].sort((a, b) => a[0] - b[0]);
    const shuffled = [...marks].sort(() => random() - 0.5);
    const clusters = sorted.filter((_, i) => i % 4 === 0);
    const fromSorted = placeLabels(candidates, 3, 8, [sorted, clusters]);
    expect([...placeLabels(candidates, 3, 8, [shuffled, [...clusters].reverse()])]).toEqual([...fromSorted]);
    expect(fromSorted.size).toBeGreaterThan(20);
    // The caller's obstacle lists are left as they were.
    expect(shuffled).not.toEqual(sorted);
  });
});
