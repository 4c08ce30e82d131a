import { describe, expect, it } from 'vitest';
import { clusterLane, type ClusterInput } from '../../../../../src-renderer/lib/timeline/clustering';

const item = (id: string, u: number, highlight = false, hasImage = false): ClusterInput => ({ id, u, highlight, hasImage });

describe('clusterLane', () => {
  it.each([
    { name: 'empty lane', items: [], k: 10, marks: [] },
    {
      name: 'far apart events stay single',
      items: [item('a', 0), item('b', 10), item('c', 20)],
      k: 10,
      marks: [['a'], ['b'], ['c']],
    },
    {
      name: 'close events merge',
      items: [item('a', 0), item('b', 1), item('c', 2), item('d', 20)],
      k: 10,
      marks: [['a', 'b', 'c'], ['d']],
    },
    {
      name: 'zooming in splits the cluster',
      items: [item('a', 0), item('b', 1), item('c', 2), item('d', 20)],
      k: 64,
      marks: [['a'], ['b'], ['c'], ['d']],
    },
  ])('$name', ({ items, k, marks }) => {
    expect(clusterLane(items, k, 64).map((mark) => mark.ids)).toEqual(marks);
  });

  it('marks start at least the gap apart', () => {
    const items = Array.from({ length: 500 }, (_, index) => item(`e${index}`, (index * 7919) % 661 / 10)).sort(
      (a, b) => a.u - b.u,
    );
    const marks = clusterLane(items, 25, 64);
    for (let index = 1; index < marks.length; index += 1) {
      expect((marks[index]!.u - marks[index - 1]!.u) * 25).toBeGreaterThanOrEqual(64);
    }
    expect(marks.reduce((sum, mark) => sum + mark.ids.length, 0)).toBe(500);
  });

  it.each([
    { name: 'a highlight with an image represents', items: [item('a', 0, false, true), item('b', 0.1, true, true), item('c', 0.2, true)], rep: 'b' },
    { name: 'else an event with an image', items: [item('a', 0), item('b', 0.1, false, true)], rep: 'b' },
    { name: 'else the first', items: [item('a', 0), item('b', 0.1)], rep: 'a' },
  ])('$name', ({ items, rep }) => {
    const [mark] = clusterLane(items, 10, 64);
    expect(mark?.representativeId).toBe(rep);
    expect(mark?.key).toBe('cluster:a');
  });
});
