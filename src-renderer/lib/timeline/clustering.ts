/**
 * Clustering at low zoom: events of one lane closer than a marker's footprint merge into one cluster that shows
 * a count and a representative thumbnail. Greedy in time order, so the result is deterministic and clusters
 * start at least `minGapPx` apart (at the scale they were made for, and further apart at any larger zoom).
 */

/** An event as the clusterer sees it. */
export interface ClusterInput {
  id: string;
  /** World position, years. */
  u: number;
  highlight: boolean;
  hasImage: boolean;
}

/** One mark on a lane: a single event or a cluster of several. */
export interface Mark {
  /** Stable key: the first event's id, prefixed for clusters. */
  key: string;
  /** World position of the first event, years. */
  u: number;
  /** World position of the last event, years. */
  uEnd: number;
  ids: string[];
  /** The event whose thumbnail and title stand for the mark. */
  representativeId: string;
}

/** Best representative: a highlight with an image, then any highlight, then any with an image, then the first. */
function representative(items: readonly ClusterInput[]): string {
  const score = (item: ClusterInput) => (item.highlight ? 2 : 0) + (item.hasImage ? 1 : 0);
  let best = items[0] as ClusterInput;
  for (const item of items) if (score(item) > score(best)) best = item;
  return best.id;
}

/**
 * Marks for `items` (sorted by `u`) at `k` px per year: items less than `minGapPx` after a mark's first item
 * join that mark.
 */
export function clusterLane(items: readonly ClusterInput[], k: number, minGapPx: number): Mark[] {
  const marks: Mark[] = [];
  let group: ClusterInput[] = [];
  const flush = () => {
    const first = group[0];
    const last = group[group.length - 1];
    if (!first || !last) return;
    marks.push({
      key: group.length === 1 ? first.id : `cluster:${first.id}`,
      u: first.u,
      uEnd: last.u,
      ids: group.map((item) => item.id),
      representativeId: representative(group),
    });
    group = [];
  };
  for (const item of items) {
    const first = group[0];
    if (first && (item.u - first.u) * k >= minGapPx) flush();
    group.push(item);
  }
  flush();
  return marks;
}
