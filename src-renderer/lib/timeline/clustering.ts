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

/** Rank of an item as a representative: highlights first, then items with an image. */
function score(item: ClusterInput): number {
  return (item.highlight ? 2 : 0) + (item.hasImage ? 1 : 0);
}

/** The mark of `items[from..to)` (at least one item). */
function markOf(items: readonly ClusterInput[], from: number, to: number): Mark {
  const first = items[from] as ClusterInput;
  if (to - from === 1) return { key: first.id, u: first.u, uEnd: first.u, ids: [first.id], representativeId: first.id };
  // Best representative: a highlight with an image, then any highlight, then any with an image, then the first.
  const ids: string[] = [];
  let best = first;
  let bestScore = score(first);
  for (let i = from; i < to; i += 1) {
    const item = items[i] as ClusterInput;
    ids.push(item.id);
    const itemScore = score(item);
    if (itemScore > bestScore) {
      best = item;
      bestScore = itemScore;
    }
  }
  return { key: `cluster:${first.id}`, u: first.u, uEnd: (items[to - 1] as ClusterInput).u, ids, representativeId: best.id };
}

/**
 * Marks for `items` (sorted by `u`) at `k` px per year: items less than `minGapPx` after a mark's first item
 * join that mark. One pass over index ranges, because it runs over every event for every zoom level.
 */
export function clusterLane(items: readonly ClusterInput[], k: number, minGapPx: number): Mark[] {
  const marks: Mark[] = [];
  const count = items.length;
  let from = 0;
  while (from < count) {
    const firstU = (items[from] as ClusterInput).u;
    let to = from + 1;
    // `!(… >= …)` rather than `<`, so a NaN distance joins the mark as before.
    while (to < count && !(((items[to] as ClusterInput).u - firstU) * k >= minGapPx)) to += 1;
    marks.push(markOf(items, from, to));
    from = to;
  }
  return marks;
}
