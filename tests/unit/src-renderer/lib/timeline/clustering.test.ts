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

/** `clusterLane` before the index-range rewrite (issue 7): the reference it must match mark for mark. */
function referenceClusterLane(items: readonly ClusterInput[], k: number, minGapPx: number) {
  const score = (entry: ClusterInput) => (entry.highlight ? 2 : 0) + (entry.hasImage ? 1 : 0);
  const marks: Array<{ key: string; u: number; uEnd: number; ids: string[]; representativeId: string }> = [];
  let group: ClusterInput[] = [];
  const flush = () => {
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) return;
    let best = first;
    for (const entry of group) if (score(entry) > score(best)) best = entry;
    marks.push({
      key: group.length === 1 ? first.id : `cluster:${first.id}`,
      u: first.u,
      uEnd: last.u,
      ids: group.map((entry) => entry.id),
      representativeId: best.id,
    });
    group = [];
  };
  for (const entry of items) {
    const first = group[0];
    if (first && (entry.u - first.u) * k >= minGapPx) flush();
    group.push(entry);
  }
  flush();
  return marks;
}

describe('clusterLane agrees with the reference', () => {
  let seed = 5;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  // 600 events over 60 years, a third of them on shared dates, so clusters of every size and ties occur.
  const items = Array.from({ length: 600 }, (_, i) => item(`e${i}`, i % 3 === 0 ? Math.floor(random() * 60) : random() * 60, random() < 0.1, random() < 0.5)).sort(
    (a, b) => a.u - b.u,
  );
  it.each([0, 0.5, 2, 8, 30, 120, 1000, 1e6].flatMap((k) => [0, 64].map((gap) => ({ k, gap }))))('k = $k px/year, gap $gap px', ({ k, gap }) => {
    expect(clusterLane(items, k, gap)).toEqual(referenceClusterLane(items, k, gap));
  });
});
