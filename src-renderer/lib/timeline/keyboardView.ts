/** Where a key press moves the timeline's view; pure, so `TimelineState.key` only animates to it. */
import type { View } from './viewTransform';

/** Keyboard zoom factor per key press. */
const KEY_ZOOM = 1.5;

/**
 * The view a key leads to: arrows pan by a fifth of the surface (up and down by a quarter of the lanes), + and −
 * zoom around the centre. `undefined` for other keys (Home is handled by the caller: it shows the overview).
 * @param width Surface width, px. @param lanesAreaHeight Height of the lanes area, px.
 */
export function keyTarget(key: string, view: View, width: number, lanesAreaHeight: number): View | undefined {
  const step = width / 5;
  const centre = width / 2;
  const zoom = (factor: number): View => ({ k: view.k * factor, x: centre - (centre - view.x) * factor, y: view.y });
  const targets: Record<string, () => View> = {
    ArrowLeft: () => ({ ...view, x: view.x + step }),
    ArrowRight: () => ({ ...view, x: view.x - step }),
    ArrowUp: () => ({ ...view, y: view.y + lanesAreaHeight / 4 }),
    ArrowDown: () => ({ ...view, y: view.y - lanesAreaHeight / 4 }),
    '+': () => zoom(KEY_ZOOM),
    '=': () => zoom(KEY_ZOOM),
    '-': () => zoom(1 / KEY_ZOOM),
  };
  return targets[key]?.();
}
