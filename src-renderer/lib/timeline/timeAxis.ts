/**
 * The timeline's world coordinate: fractional years since the start of the domain. Pan/zoom work in these units
 * (a view's `k` is px per year), so numbers stay small enough for CSS `calc()` and float32 compositors.
 */

/** Mean Gregorian year in ms; the world unit. */
export const MS_PER_YEAR = 365.2425 * 24 * 60 * 60 * 1000;

/** The time range the timeline covers, in ms since the epoch (UTC). */
export interface TimeDomain {
  startMs: number;
  endMs: number;
}

/** World position (years since `domain.startMs`) of an instant in ms. */
export function toWorld(domain: TimeDomain, ms: number): number {
  return (ms - domain.startMs) / MS_PER_YEAR;
}

/** Instant in ms of a world position in years. */
export function fromWorld(domain: TimeDomain, years: number): number {
  return domain.startMs + years * MS_PER_YEAR;
}

/** Length of the domain in years. */
export function domainYears(domain: TimeDomain): number {
  return toWorld(domain, domain.endMs);
}

/**
 * The domain shown for content from `firstMs` to `nowMs`: from the start of the decade of the first item (never
 * later than 1960, the exhibition's frame) to half a year after `now`, so "today" is not glued to the edge.
 */
export function timelineDomain(firstMs: number | undefined, nowMs: number): TimeDomain {
  const firstYear = firstMs === undefined ? 1960 : new Date(firstMs).getUTCFullYear();
  const startYear = Math.min(1960, Math.floor(firstYear / 10) * 10);
  return { startMs: Date.UTC(startYear, 0, 1), endMs: nowMs + MS_PER_YEAR / 2 };
}

/** Zoom limits in px per year. */
export interface ZoomLimits {
  /** The whole domain fits the surface width minus padding. */
  kMin: number;
  /** One month is `monthPx` wide. */
  kMax: number;
}

/**
 * Zoom limits for a surface `widthPx` wide: from the whole domain to month level.
 * @param paddingPx Free space kept on each side at the widest view, px.
 * @param monthPx Width of one month at the closest zoom, px (default 320).
 */
export function zoomLimits(domain: TimeDomain, widthPx: number, paddingPx: number, monthPx = 320): ZoomLimits {
  const kMin = Math.max(1e-3, (widthPx - 2 * paddingPx) / domainYears(domain));
  return { kMin, kMax: Math.max(kMin, monthPx * 12) };
}

/**
 * Zoom levels double in scale: level `z` covers k in [kMin·2^z, kMin·2^(z+1)). Layouts (clusters, labels,
 * ticks) are precomputed per level at its smallest k, so they stay free of overlaps across the whole level,
 * because positions only spread apart as k grows.
 */
export function levelCount(limits: ZoomLimits): number {
  return Math.max(1, Math.ceil(Math.log2(limits.kMax / limits.kMin) + 1e-9));
}

/** The level for zoom `k` (px per year), clamped to the existing levels. */
export function levelOf(limits: ZoomLimits, k: number): number {
  const z = Math.floor(Math.log2(k / limits.kMin) + 1e-9);
  return Math.min(levelCount(limits) - 1, Math.max(0, z));
}

/** The smallest k (px per year) of level `z`: the scale its layout is computed for. */
export function levelScale(limits: ZoomLimits, z: number): number {
  return limits.kMin * 2 ** z;
}
