/**
 * Where an item sits on the timeline's world layer, as a percentage of the layer's width.
 *
 * The world layer is `worldYears · k` px wide and moved by one transform: a pan changes only that transform, a
 * zoom only that width. Items are placed in percent of it, so neither touches a single item's style: the browser
 * re-positions them in layout, with no style recalculation per item and per frame (issue 7).
 */

/** CSS `left` of world position `u` (years) on a layer spanning `worldYears` years, e.g. `"12.5%"`. */
export function worldPercent(u: number, worldYears: number): string {
  return `${(u / worldYears) * 100}%`;
}

/** The world layer's inline geometry for zoom `k` (px per year) and offset `x` (px of u = 0 on screen). */
export function worldLayerStyle(worldYears: number, k: number, x: number): { width: string; transform: string } {
  return { width: `${worldYears * k}px`, transform: `translate3d(${x}px, 0, 0)` };
}

/**
 * A world layer laid out for zoom `laidOutK` but shown at zoom `k` (px per year): as wide as at `laidOutK`, scaled
 * horizontally by `k / laidOutK` around its left edge (the layer's CSS sets `transform-origin: 0 0`).
 */
export function scaledWorldLayerStyle(worldYears: number, laidOutK: number, k: number, x: number): { width: string; transform: string } {
  const { width, transform } = worldLayerStyle(worldYears, laidOutK, x);
  return { width, transform: laidOutK === k ? transform : `${transform} scaleX(${k / laidOutK})` };
}
