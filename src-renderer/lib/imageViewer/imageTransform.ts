/**
 * Zoom and pan inside one image of the full-screen viewer: scale `s` (1 = fitted) around the image centre, offset
 * (x, y) in px. Clamped so the image always covers the space it can and never drifts off screen.
 */

/** An immutable image view. */
export interface ImageView {
  s: number;
  x: number;
  y: number;
}

/** Size of the fitted image and of the stage, px; the largest zoom. */
export interface ImageBounds {
  imageWidth: number;
  imageHeight: number;
  stageWidth: number;
  stageHeight: number;
  maxScale: number;
}

export const IDENTITY: ImageView = { s: 1, x: 0, y: 0 };

/** The view clamped: scale in [1, maxScale], offsets so no gap opens where the image could cover the stage. */
export function clampImage(view: ImageView, b: ImageBounds): ImageView {
  const s = Math.min(b.maxScale, Math.max(1, view.s));
  const limitX = Math.max(0, (b.imageWidth * s - b.stageWidth) / 2);
  const limitY = Math.max(0, (b.imageHeight * s - b.stageHeight) / 2);
  return { s, x: Math.min(limitX, Math.max(-limitX, view.x)), y: Math.min(limitY, Math.max(-limitY, view.y)) };
}

/**
 * Zooms by `factor` keeping the image point under (cx, cy) fixed, then moves by (dx, dy). Coordinates are
 * relative to the stage centre, px.
 */
export function zoomImage(view: ImageView, factor: number, cx: number, cy: number, dx: number, dy: number, b: ImageBounds): ImageView {
  const s = Math.min(b.maxScale, Math.max(1, view.s * factor));
  const ratio = s / view.s;
  return clampImage({ s, x: cx + dx - (cx - view.x) * ratio, y: cy + dy - (cy - view.y) * ratio }, b);
}

/** Moves a zoomed image by (dx, dy) px. */
export function panImage(view: ImageView, dx: number, dy: number, b: ImageBounds): ImageView {
  return clampImage({ s: view.s, x: view.x + dx, y: view.y + dy }, b);
}

/** What a one-finger swipe on an unzoomed image means, from its total movement (px) and the stage size. */
export function classifySwipe(totalDx: number, totalDy: number, stageWidth: number, stageHeight: number): 'next' | 'previous' | 'close' | 'none' {
  if (totalDy > stageHeight * 0.15 && totalDy > Math.abs(totalDx) * 1.5) return 'close';
  if (Math.abs(totalDx) > stageWidth * 0.12 && Math.abs(totalDx) > Math.abs(totalDy)) return totalDx < 0 ? 'next' : 'previous';
  return 'none';
}

/** The fitted size (px) of an image `naturalWidth`×`naturalHeight` in a stage, keeping its aspect ratio. */
export function fitSize(naturalWidth: number, naturalHeight: number, stageWidth: number, stageHeight: number): { width: number; height: number } {
  const scale = Math.min(stageWidth / naturalWidth, stageHeight / naturalHeight);
  return { width: naturalWidth * scale, height: naturalHeight * scale };
}
