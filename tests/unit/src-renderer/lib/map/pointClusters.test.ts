import { describe, expect, it } from 'vitest';
import { clusterPoints } from '../../../../../src-renderer/lib/map/pointClusters';

describe('clusterPoints', () => {
  it.each([
    { name: 'no points', points: [], expected: [] },
    {
      name: 'far apart points stay single',
      points: [{ id: 'a', x: 0, y: 0 }, { id: 'b', x: 100, y: 0 }],
      expected: [{ ids: ['a'], x: 0, y: 0 }, { ids: ['b'], x: 100, y: 0 }],
    },
    {
      name: 'close points merge at their centre',
      points: [{ id: 'a', x: 0, y: 0 }, { id: 'b', x: 10, y: 0 }, { id: 'c', x: 0, y: 20 }],
      expected: [{ ids: ['a', 'b', 'c'], x: 10 / 3, y: 20 / 3 }],
    },
    {
      name: 'distance is measured to the cluster seed, so chains do not grow without end',
      points: [{ id: 'a', x: 0, y: 0 }, { id: 'b', x: 20, y: 0 }, { id: 'c', x: 40, y: 0 }],
      expected: [{ ids: ['a', 'b'], x: 10, y: 0 }, { ids: ['c'], x: 40, y: 0 }],
    },
  ])('$name', ({ points, expected }) => {
    expect(clusterPoints(points, 30)).toEqual(expected);
  });
});
