/**
 * Paging decisions of the gallery swipe: how far a finger or how fast a fling turns the page. Pure; the gallery
 * component feeds it the totals and the release velocity from the gesture recognizer.
 */

/** A finger that travelled this share of the stage width turns the page. */
export const PAGE_DISTANCE_SHARE = 0.2;
/** A release faster than this (px/ms) turns the page even after a short travel. */
export const PAGE_FLING_SPEED = 0.45;
/** Shortest travel (px) a fling needs, so a tap with a twitch does not page. */
export const MIN_FLING_TRAVEL = 24;

/** The swipe at release: total movement (px), release velocity (px/ms) and stage width (px). */
export interface SwipeRelease {
  totalDx: number;
  totalDy: number;
  vx: number;
  width: number;
}

/**
 * `+1` for the next page (finger moved left), `-1` for the previous, `0` to snap back. Mostly vertical movement
 * never pages; a fling against the travel direction snaps back.
 */
export function pageStep(release: SwipeRelease): -1 | 0 | 1 {
  const { totalDx, totalDy, vx, width } = release;
  if (Math.abs(totalDx) < Math.abs(totalDy)) return 0;
  const direction = totalDx < 0 ? 1 : -1;
  const far = Math.abs(totalDx) >= width * PAGE_DISTANCE_SHARE;
  const fast = Math.abs(totalDx) >= MIN_FLING_TRAVEL && Math.abs(vx) >= PAGE_FLING_SPEED && Math.sign(vx) === Math.sign(totalDx);
  const flungBack = Math.abs(vx) >= PAGE_FLING_SPEED && Math.sign(vx) !== Math.sign(totalDx);
  return (far && !flungBack) || fast ? direction : 0;
}

/** The page `index + step`, kept inside `0 … count − 1`. */
export function clampPage(index: number, step: number, count: number): number {
  return Math.max(0, Math.min(count - 1, index + step));
}

/**
 * Drag offset (px) actually shown: at the first or last page the track resists (a third of the finger's travel),
 * so the visitor feels the end instead of seeing an empty slide.
 */
export function resistedDrag(dx: number, index: number, count: number): number {
  const pastStart = index === 0 && dx > 0;
  const pastEnd = index >= count - 1 && dx < 0;
  return pastStart || pastEnd ? dx / 3 : dx;
}
