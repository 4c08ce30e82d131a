import { describe, expect, it } from 'vitest';
import { type LabelRequest, placeMapLabels } from '../../../../../src-renderer/lib/map/mapLabels';

const label = (id: string, x: number, y: number, priority = 0, width = 100): LabelRequest => ({ id, x, y, width, height: 20, priority });
const BOUNDS = { width: 1000, height: 600 };

describe('placeMapLabels', () => {
  it.each([
    { name: 'a lone label sits right of its marker', requests: [label('a', 100, 100)], expected: [['a', 'right']] },
    { name: 'at the right edge it moves left', requests: [label('a', 980, 100)], expected: [['a', 'left']] },
    {
      name: 'a marker in the way and the map edge move the label above',
      requests: [label('a', 100, 100, 1), label('b', 160, 100)],
      expected: [['a', 'above'], ['b', 'right']],
    },
    {
      name: 'priority decides who keeps the good side',
      requests: [label('a', 300, 100), label('b', 360, 100, 5)],
      expected: [['b', 'right'], ['a', 'left']],
    },
    {
      name: 'no room anywhere: the label is left out',
      requests: [label('a', 500, 300, 2, 900), label('b', 500, 330, 0, 900), label('c', 500, 360, 1, 900)],
      expected: [['a', 'above'], ['c', 'below']],
    },
  ])('$name', ({ requests, expected }) => {
    const placed = placeMapLabels(requests, 12, BOUNDS);
    expect(placed.map((entry) => [entry.id, entry.side])).toEqual(expected);
  });

  it('never lets two placed labels overlap', () => {
    const requests = Array.from({ length: 40 }, (_, index) => label(`p${index}`, 100 + (index % 8) * 40, 100 + Math.floor(index / 8) * 30));
    const placed = placeMapLabels(requests, 10, BOUNDS);
    for (const a of placed)
      for (const b of placed) {
        if (a === b) continue;
        const apart = a.left + 100 <= b.left || b.left + 100 <= a.left || a.top + 20 <= b.top || b.top + 20 <= a.top;
        expect(apart).toBe(true);
      }
  });
});
