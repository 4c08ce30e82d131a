/**
 * Map points that would overlap on screen (town partnerships a few kilometres apart) merge into one cluster that
 * shows a count. Greedy in input order, so the result is deterministic. Pure.
 */

/** A point on screen, px. */
export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

/** One marker on the map: one or several points. */
export interface PointCluster {
  /** Ids in input order; the first names the cluster. */
  ids: string[];
  /** Centre of the cluster's points, px. */
  x: number;
  y: number;
}

/**
 * Clusters `points` whose distance to a cluster's first point is below `radius` px.
 * @param radius Merge distance in px (about one marker diameter).
 */
export function clusterPoints(points: readonly ScreenPoint[], radius: number): PointCluster[] {
  const groups: Array<{ seed: ScreenPoint; members: ScreenPoint[] }> = [];
  for (const point of points) {
    const group = groups.find((candidate) => Math.hypot(candidate.seed.x - point.x, candidate.seed.y - point.y) < radius);
    if (group) group.members.push(point);
    else groups.push({ seed: point, members: [point] });
  }
  return groups.map(({ members }) => ({
    ids: members.map((member) => member.id),
    x: members.reduce((sum, member) => sum + member.x, 0) / members.length,
    y: members.reduce((sum, member) => sum + member.y, 0) / members.length,
  }));
}
