/** Orders a lane's events by time, then id, fast enough for 50,000 events; used by `buildTimelineModel`. */
import type { ClusterInput } from './clustering';

/** Partial dates start at midnight UTC, so their ms are whole multiples of a day. */
const MS_PER_DAY = 86_400_000;
/** Lanes up to this many events are sorted by packed keys (day · INDEX_SPAN + index, exact below 2⁵³). */
const INDEX_SPAN = 2 ** 21;

function byTimeThenId(a: ClusterInput, b: ClusterInput): number {
  return a.u - b.u || a.id.localeCompare(b.id);
}

/**
 * `items` sorted like `sort(byTimeThenId)` (by `u`, ties by id, stable). A comparator call per comparison costs
 * ~16 ms for 50,000 events, so the items are ordered by a native numeric sort of packed (day, input index) keys,
 * and only runs of equal `u` are compared by id. Same day ⇔ same `u`: distinct days lie far more than rounding
 * apart in years.
 * @param ms Each item's start in ms (UTC), index-aligned with `items`.
 */
export function sortByTime(items: ClusterInput[], ms: readonly number[]): ClusterInput[] {
  const count = items.length;
  let minDay = Number.POSITIVE_INFINITY;
  for (const value of ms) minDay = Math.min(minDay, value / MS_PER_DAY);
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i += 1) {
    const day = (ms[i] as number) / MS_PER_DAY - minDay;
    if (!Number.isInteger(day) || count >= INDEX_SPAN || day >= 2 ** 53 / INDEX_SPAN) return items.sort(byTimeThenId);
    keys[i] = day * INDEX_SPAN + i;
  }
  keys.sort();
  const sorted: ClusterInput[] = [];
  for (const key of keys) sorted.push(items[key % INDEX_SPAN] as ClusterInput);
  for (let from = 0; from < count; ) {
    const u = (sorted[from] as ClusterInput).u;
    let to = from + 1;
    while (to < count && (sorted[to] as ClusterInput).u === u) to += 1;
    if (to - from > 1) {
      const run = sorted.slice(from, to).sort(byTimeThenId);
      for (let i = from; i < to; i += 1) sorted[i] = run[i - from] as ClusterInput;
    }
    from = to;
  }
  return sorted;
}
