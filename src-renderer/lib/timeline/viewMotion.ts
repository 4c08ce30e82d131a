/**
 * The motion of one timeline view: the current {@link View}, gestures applied to it, and the animations (fling,
 * animated zoom) that move it frame by frame, on an injected clock. Plain TypeScript (no runes) so it is tested
 * in Node; `timelineController.svelte.ts` mirrors its state into Svelte.
 */
import type { GestureAction } from '../gestures/gestureRecognizer';
import { type Fling, flingOffset, startFling } from './inertia';
import { clampView, interpolateView, panView, sameView, type View, type ViewBounds, viewForRange, zoomView } from './viewTransform';

/** Frame scheduling and clock, injectable for tests; the browser's by default. */
export interface FrameClock {
  now: () => number;
  request: (callback: (t: number) => void) => number;
  cancel: (handle: number) => void;
}

/** Duration of animated zooms (double-tap, buttons), ms. */
export const ZOOM_ANIMATION_MS = 320;
/** Zoom factor of a double-tap. */
export const DOUBLE_TAP_ZOOM = 2.5;

export class ViewMotion {
  #current: View = { k: 1, x: 0, y: 0 };
  #moving = false;
  #bounds: ViewBounds | undefined;
  #frame: number | undefined;
  readonly #clock: FrameClock;
  readonly #onchange: (view: View, moving: boolean) => void;
  readonly #reducedMotion: () => boolean;

  /**
   * @param onchange Called after every change of the view or of `moving`.
   * @param clock Frames and time: the browser's `requestAnimationFrame` in the app, a manual clock in tests.
   * @param reducedMotion Asked before every animation: when true, zooms jump to their end and flings do not
   *   glide (the visitor's „Weniger Bewegung“ or the system setting).
   */
  constructor(onchange: (view: View, moving: boolean) => void, clock: FrameClock, reducedMotion: () => boolean = () => false) {
    this.#onchange = onchange;
    this.#clock = clock;
    this.#reducedMotion = reducedMotion;
  }

  get view(): View {
    return this.#current;
  }
  /** True while a finger is down or an animation runs. */
  get moving(): boolean {
    return this.#moving;
  }
  set moving(value: boolean) {
    this.#moving = value;
    this.#onchange(this.#current, value);
  }
  get #view(): View {
    return this.#current;
  }
  set #view(view: View) {
    this.#current = view;
    this.#onchange(view, this.#moving);
  }

  /** New surface size or content: keeps the visible centre where possible. */
  setBounds(bounds: ViewBounds, initial?: View): void {
    const first = this.#bounds === undefined;
    this.#bounds = bounds;
    this.#view = clampView(first && initial ? initial : this.#view, bounds);
  }

  /** Applies one recognised gesture. */
  apply(action: GestureAction): void {
    const b = this.#bounds;
    if (!b) return;
    switch (action.type) {
      case 'start':
        this.stop();
        this.moving = true;
        break;
      case 'pan':
        this.#view = panView(this.#view, action.dx, action.dy, b);
        break;
      case 'pinch':
        this.#view = zoomView(this.#view, action.scale, action.cx, b, action.dx);
        break;
      case 'fling': {
        // Horizontal flings only when the lanes cannot scroll; otherwise both axes glide.
        const vy = b.contentHeight > b.height ? action.vy : 0;
        // The fling starts on the clock of the frames that run it, not the input event's.
        const fling = this.#reducedMotion() ? undefined : startFling(action.vx, vy, this.#clock.now());
        if (fling) this.#runFling(fling);
        break;
      }
      case 'doubletap': {
        const target =
          this.#view.k >= b.kMax * 0.95
            ? clampView({ k: b.kMin, x: 0, y: this.#view.y }, b)
            : zoomView(this.#view, DOUBLE_TAP_ZOOM, action.x, b);
        this.animateTo(target, action.x);
        break;
      }
      case 'end':
        if (this.#frame === undefined) this.moving = false;
        break;
      case 'tap':
        break;
    }
  }

  /** Animates to `target`, zooming around screen x `anchorX` (px). */
  animateTo(target: View, anchorX?: number): void {
    const b = this.#bounds;
    if (!b) return;
    this.stop();
    const from = this.#view;
    const to = clampView(target, b);
    const center = anchorX ?? b.width / 2;
    if (this.#reducedMotion()) {
      this.#view = to;
      this.#settle();
      return;
    }
    const start = this.#clock.now();
    this.moving = true;
    const step = (t: number) => {
      const progress = Math.min(1, (t - start) / ZOOM_ANIMATION_MS);
      const eased = 1 - (1 - progress) ** 3;
      this.#view = progress >= 1 ? to : clampView(interpolateView(from, to, eased, center), b);
      if (progress >= 1) this.#settle();
      else this.#frame = this.#clock.request(step);
    };
    this.#frame = this.#clock.request(step);
  }

  /** Animates to show world range [u0, u1] (years). */
  showRange(u0: number, u1: number): void {
    if (!this.#bounds) return;
    this.animateTo(viewForRange(u0, u1, this.#bounds, this.#view.y));
  }

  /** Stops any running animation. */
  stop(): void {
    if (this.#frame !== undefined) this.#clock.cancel(this.#frame);
    this.#frame = undefined;
  }

  #runFling(fling: Fling): void {
    const b = this.#bounds as ViewBounds;
    this.stop();
    let last = { dx: 0, dy: 0 };
    const step = (t: number) => {
      const offset = flingOffset(fling, t);
      const before = this.#view;
      this.#view = panView(before, offset.dx - last.dx, offset.dy - last.dy, b);
      last = offset;
      const stuck = t > fling.startT + 50 && sameView(before, this.#view, b.width);
      if (offset.done || stuck) this.#settle();
      else this.#frame = this.#clock.request(step);
    };
    this.#frame = this.#clock.request(step);
  }

  #settle(): void {
    this.#frame = undefined;
    this.moving = false;
  }
}
