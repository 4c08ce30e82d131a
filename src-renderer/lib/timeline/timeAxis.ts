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

/** Smallest margin kept before the first and after the last dated item, years. */
export const DOMAIN_MIN_MARGIN_YEARS = 1;
/** Margin as a share of the content's span, so a long history gets a proportionate frame. */
export const DOMAIN_MARGIN_SHARE = 0.04;

/**
 * The domain shown for dated content from `firstMs` to `lastMs` and today (`nowMs`): from the start of the year
 * a margin before the first item (4 % of the span, at least a year) to the same margin after the later of the
 * last item and today. The overview thus fits the content (issue 12), never a fixed start year. Without dated
 * content: the ten years up to today.
 * @param lastMs End of the last dated item, ms; today when absent.
 */
export function timelineDomain(firstMs: number | undefined, nowMs: number, lastMs = nowMs): TimeDomain {
  const endMs = Math.max(lastMs, nowMs);
  const startMs = firstMs ?? endMs - 10 * MS_PER_YEAR;
  const marginMs = Math.max(DOMAIN_MIN_MARGIN_YEARS * MS_PER_YEAR, (endMs - startMs) * DOMAIN_MARGIN_SHARE);
  const startYear = new Date(startMs - marginMs).getUTCFullYear();
  return { startMs: Date.UTC(startYear, 0, 1), endMs: endMs + marginMs };
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
