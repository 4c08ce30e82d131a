/**
 * Virtualisation: only marks within a window around the visible range are rendered. The window is the visible
 * range plus a fifth of a screen on each side and is replaced only when the visible range leaves it: a pan adds
 * and removes the few marks of a fifth of a screen at a time, never re-renders per frame, and the document stays
 * small (issue 7: at most half of vis-timeline's elements).
 */
import { invertX, type View } from './viewTransform';

/** A world range in years. */
export interface WorldRange {
  u0: number;
  u1: number;
}

/** The world range visible on a surface `width` px wide. */
export function visibleRange(view: View, width: number): WorldRange {
  return { u0: invertX(view, 0), u1: invertX(view, width) };
}

/** Extra width of the render window on each side, as a share of the visible range. */
export const RENDER_MARGIN = 0.2;

/** The render window for a view: the visible range plus {@link RENDER_MARGIN} of it on each side. */
export function renderWindowFor(view: View, width: number): WorldRange {
  const { u0, u1 } = visibleRange(view, width);
  const margin = (u1 - u0) * RENDER_MARGIN;
  return { u0: u0 - margin, u1: u1 + margin };
}

/**
 * True when `window` still serves `view`: it covers the visible range and is at most twice the visible range wide (after
 * zooming in, a window made for the wider view would render far more items than can be seen).
 */
export function windowCovers(window: WorldRange, view: View, width: number): boolean {
  const { u0, u1 } = visibleRange(view, width);
  return window.u0 <= u0 && u1 <= window.u1 && window.u1 - window.u0 <= 2 * (u1 - u0);
}

/** Index of the first item with `u >= x` in `items` sorted by `u`. */
export function lowerBound(items: ReadonlyArray<{ u: number }>, x: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((items[mid] as { u: number }).u < x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The items (sorted by `u`) that may be visible in `window`. Items that start before the window but reach into
 * it through `uEnd` or a label `reachYears` long are kept, and so are items after it whose label, left of them,
 * reaches `reachBackYears` into it.
 */
export function itemsInWindow<T extends { u: number }>(items: readonly T[], window: WorldRange, reachYears: number, reachBackYears = 0): T[] {
  return items.slice(lowerBound(items, window.u0 - reachYears), lowerBound(items, window.u1 + reachBackYears + 1e-9));
}
