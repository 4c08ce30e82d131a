/**
 * The view transform, in the spirit of d3-zoom's immutable `Transform`, but horizontal-only zoom: screen x of a
 * world position u (years) is `u * k + x`; lanes scroll vertically by `y` when they do not fit.
 */

/** An immutable view: `k` px per year, `x` px screen position of world 0, `y` px vertical lane offset (≤ 0). */
export interface View {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/** What a view must respect so the content can never be lost off-screen. */
export interface ViewBounds {
  /** Surface width and height, px. */
  width: number;
  height: number;
  /** Height of all lanes, px. */
  contentHeight: number;
  /** Domain length, years. */
  worldYears: number;
  /** Zoom limits, px per year. */
  kMin: number;
  kMax: number;
  /** Space kept at each horizontal end, px. */
  padding: number;
}

/** Screen x (px) of world position `u` (years). */
export function applyX(view: View, u: number): number {
  return u * view.k + view.x;
}

/** World position (years) under screen x (px). */
export function invertX(view: View, screenX: number): number {
  return (screenX - view.x) / view.k;
}

/** The view with zoom and offsets clamped: both ends of the content stay reachable and on screen. */
export function clampView(view: View, b: ViewBounds): View {
  const k = Math.min(b.kMax, Math.max(b.kMin, view.k));
  const contentWidth = b.worldYears * k;
  let x: number;
  if (contentWidth + 2 * b.padding <= b.width) x = (b.width - contentWidth) / 2;
  else x = Math.min(b.padding, Math.max(b.width - b.padding - contentWidth, view.x));
  const y = Math.min(0, Math.max(Math.min(0, b.height - b.contentHeight), view.y));
  return { k, x, y };
}

/** The view moved by (dx, dy) px. */
export function panView(view: View, dx: number, dy: number, b: ViewBounds): View {
  return clampView({ k: view.k, x: view.x + dx, y: view.y + dy }, b);
}

/**
 * The view zoomed by `factor` keeping the world point under `anchorX` (px) fixed, then moved by `dx` px: for a
 * pinch, `anchorX` is the previous midpoint of the fingers and `dx` the midpoint's movement.
 */
export function zoomView(view: View, factor: number, anchorX: number, b: ViewBounds, dx = 0): View {
  const k = Math.min(b.kMax, Math.max(b.kMin, view.k * factor));
  const u = invertX(view, anchorX);
  return clampView({ k, x: anchorX + dx - u * k, y: view.y }, b);
}

/** The view showing world range [u0, u1] (years) across the surface, centred, clamped. */
export function viewForRange(u0: number, u1: number, b: ViewBounds, y = 0): View {
  const k = (b.width - 2 * b.padding) / Math.max(1e-6, u1 - u0);
  return clampView({ k, x: b.padding - u0 * k, y }, b);
}

/**
 * The view between `from` and `to` at progress `t` (0–1) with zoom interpolated geometrically, so an animated
 * zoom feels uniform; the world point at the centre moves linearly.
 */
export function interpolateView(from: View, to: View, t: number, centerX: number): View {
  const k = from.k * (to.k / from.k) ** t;
  const uFrom = invertX(from, centerX);
  const uTo = invertX(to, centerX);
  const u = uFrom + (uTo - uFrom) * t;
  return { k, x: centerX - u * k, y: from.y + (to.y - from.y) * t };
}

/** True when two views differ by less than half a pixel anywhere on a surface `width` px wide. */
export function sameView(a: View, b: View, width: number): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.k - b.k) * (width / a.k) < 0.5;
}
