/**
 * The live view of one timeline surface as Svelte state: {@link ViewMotion} does the work, this mirrors its view
 * and `moving` flag into runes. The surface renders from `view` with CSS custom properties, so a frame only
 * changes a transform.
 */
import type { GestureAction } from '../gestures/gestureRecognizer';
import type { View, ViewBounds } from './viewTransform';
import { type FrameClock, ViewMotion } from './viewMotion';
import { reducedMotion } from '../accessibility/displayPrefs.svelte';

const browserClock: FrameClock = {
  now: () => performance.now(),
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

export class TimelineController {
  #view = $state.raw<View>({ k: 1, x: 0, y: 0 });
  #moving = $state(false);
  readonly #motion: ViewMotion;

  /**
   * @param clock Frames and time (the browser's by default).
   * @param reduced Whether motion is reduced now: the visitor's switch or the system setting (issue 12).
   */
  constructor(clock: FrameClock = browserClock, reduced: () => boolean = reducedMotion) {
    this.#motion = new ViewMotion(
      (view, moving) => {
        this.#view = view;
        this.#moving = moving;
      },
      clock,
      reduced,
    );
  }

  get view(): View {
    return this.#view;
  }
  /** True while a finger is down or an animation runs. */
  get moving(): boolean {
    return this.#moving;
  }
  setBounds(bounds: ViewBounds, initial?: View): void {
    this.#motion.setBounds(bounds, initial);
  }
  apply(action: GestureAction): void {
    this.#motion.apply(action);
  }
  animateTo(target: View, anchorX?: number): void {
    this.#motion.animateTo(target, anchorX);
  }
  showRange(u0: number, u1: number): void {
    this.#motion.showRange(u0, u1);
  }
  stop(): void {
    this.#motion.stop();
  }
}
