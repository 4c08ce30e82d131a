import { describe, expect, it } from 'vitest';
import { type LeftChoice, placeLeftOfMarks } from '../../../../../src-renderer/lib/timeline/labelSides';

const GAP = 10;
const choice = (key: string, end: number, width: number, rows = 1, fallback?: { width: number; rows: number }): LeftChoice => ({
  key,
  end,
  width,
  rows,
  priority: 0,
  ...(fallback ? { fallback } : {}),
});

describe('placeLeftOfMarks', () => {
  it.each([
    { name: 'a free row: the label ends at its mark', choices: [choice('a', 500, 200)], taken: [[]], rows: 1, placed: { a: 0 }, fallbacks: [] },
    {
      name: 'a mark or label in the way beside the disc: left out (never lower down, where it would end beside nothing)',
      choices: [choice('a', 500, 200)],
      taken: [[[350, 400] as const], []],
      rows: 2,
      placed: {},
      fallbacks: [],
    },
    {
      name: 'the gap before the label counts',
      choices: [choice('a', 500, 200)],
      taken: [[[200, 295] as const]],
      rows: 1,
      placed: {},
      fallbacks: [],
    },
    {
      name: 'no two free rows next to each other: the one-row form',
      choices: [choice('a', 500, 150, 2, { width: 300, rows: 1 })],
      taken: [[], [[300, 360] as const], []],
      rows: 3,
      placed: { a: 0 },
      fallbacks: ['a'],
    },
    {
      name: 'whole on two rows beside the disc where rows 0 and 1 are free',
      choices: [choice('a', 500, 150, 2, { width: 300, rows: 1 })],
      taken: [[], [], [[300, 360] as const]],
      rows: 3,
      placed: { a: 0 },
      fallbacks: [],
    },
    { name: 'it would start left of the timeline: left out', choices: [choice('a', 150, 200)], taken: [[]], rows: 1, placed: {}, fallbacks: [] },
  ])('$name', ({ choices, taken, rows, placed, fallbacks }) => {
    const result = placeLeftOfMarks(choices, taken, rows, GAP);
    expect(Object.fromEntries(result.rows)).toEqual(placed);
    expect([...result.fallbacks]).toEqual(fallbacks);
  });

  it('never covers what is taken or each other, for 300 random lanes', () => {
    let seed = 3;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let lane = 0; lane < 300; lane += 1) {
      const rows = 1 + Math.floor(random() * 3);
      const taken = Array.from({ length: rows }, () =>
        Array.from({ length: 4 }, () => {
          const from = random() * 2000;
          return [from, from + 20 + random() * 200] as const;
        }),
      );
      const choices = Array.from({ length: 6 }, (_, i) =>
        random() < 0.5 ? choice(`l${i}`, 200 + random() * 1800, 60 + random() * 250) : choice(`l${i}`, 200 + random() * 1800, 60 + random() * 150, 2, { width: 80 + random() * 250, rows: 1 }),
      );
      const result = placeLeftOfMarks(choices, taken, rows, GAP);
      for (let row = 0; row < rows; row += 1) {
        const extents: Array<readonly [number, number]> = [...(taken[row] ?? [])].sort((a, b) => a[0] - b[0]);
        // The taken extents may overlap each other (random); only the placed labels are checked against them.
        for (const c of choices) {
          const start = result.rows.get(c.key);
          const form = result.fallbacks.has(c.key) ? c.fallback! : c;
          if (start === undefined || row < start || row >= start + form.rows) continue;
          expect(start).toBe(0);
          const label = [c.end - form.width, c.end] as const;
          expect(label[0]).toBeGreaterThanOrEqual(0);
          for (const other of extents) expect(label[1] <= other[0] || other[1] <= label[0] - GAP).toBe(true);
          extents.push([label[0] - GAP, label[1]]);
        }
      }
    }
  });
});
