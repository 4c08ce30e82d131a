/**
 * Turns a stream of Pointer Events (any mix of touch, pen and mouse) into gestures: one-finger pan, two-finger
 * pinch anchored at the midpoint, tap, double-tap and fling. DOM-free: tests feed synthetic pointer sequences
 * with their own timestamps. A third finger or a palm (a very large contact) is ignored without breaking the
 * gesture in progress.
 */
import { estimateVelocity, type MotionSample } from '../timeline/inertia';

/** One pointer event, reduced to what gestures need. Coordinates in px, `t` in ms. */
export interface PointerInput {
  kind: 'down' | 'move' | 'up' | 'cancel';
  id: number;
  x: number;
  y: number;
  t: number;
  pointerType: string;
  /** Contact size in px (PointerEvent.width/height); 1 for a mouse. */
  width?: number;
  height?: number;
}

/** What happened, for the view to apply. */
export type GestureAction =
  | { type: 'start' }
  | { type: 'pan'; dx: number; dy: number }
  /** Scale by `scale` around the previous midpoint (cx, cy), then move by (dx, dy). */
  | { type: 'pinch'; cx: number; cy: number; scale: number; dx: number; dy: number }
  | { type: 'tap'; x: number; y: number }
  | { type: 'doubletap'; x: number; y: number }
  | { type: 'fling'; vx: number; vy: number; t: number }
  /** All fingers are up; `moved` is the total movement of the gesture, px. */
  | { type: 'end'; moved: number; totalDx: number; totalDy: number; pinched: boolean };

/** Tuning, with the defaults used by the kiosk. */
export interface GestureOptions {
  /** Movement (px) below which a touch is still a tap. */
  tapSlop: number;
  /** Longest tap, ms. */
  tapMaxMs: number;
  /** Longest gap between the taps of a double-tap, ms, and their largest distance, px. */
  doubleTapMs: number;
  doubleTapSlop: number;
  /** A contact wider or taller than this (px) is a palm and ignored. */
  palmSize: number;
}

export const DEFAULT_GESTURE_OPTIONS: GestureOptions = {
  tapSlop: 12,
  tapMaxMs: 500,
  doubleTapMs: 320,
  doubleTapSlop: 48,
  palmSize: 90,
};

interface Tracked {
  x: number;
  y: number;
}

/** The recognizer's memory; one per surface. */
export class GestureRecognizer {
  readonly #options: GestureOptions;
  /** The (at most two) pointers that drive the gesture, in arrival order. */
  readonly #active = new Map<number, Tracked>();
  /** Pointers that are down but ignored (third finger, palm). */
  readonly #ignored = new Set<number>();
  #samples: MotionSample[] = [];
  #startX = 0;
  #startY = 0;
  #startT = 0;
  #moved = 0;
  #totalDx = 0;
  #totalDy = 0;
  #pinched = false;
  #lastTap: { x: number; y: number; t: number } | undefined;

  constructor(options: Partial<GestureOptions> = {}) {
    this.#options = { ...DEFAULT_GESTURE_OPTIONS, ...options };
  }

  /** Number of pointers currently driving a gesture. */
  get activeCount(): number {
    return this.#active.size;
  }

  /** Feeds one pointer event; returns the gestures it completes or continues. */
  handle(input: PointerInput): GestureAction[] {
    switch (input.kind) {
      case 'down':
        return this.#down(input);
      case 'move':
        return this.#move(input);
      default:
        return this.#up(input, input.kind === 'cancel');
    }
  }

  /** Forgets every pointer, e.g. when the surface loses capture or an overlay opens. */
  reset(): void {
    this.#active.clear();
    this.#ignored.clear();
    this.#samples = [];
  }

  #down(input: PointerInput): GestureAction[] {
    const isPalm = Math.max(input.width ?? 1, input.height ?? 1) > this.#options.palmSize;
    if (isPalm || this.#active.size >= 2 || this.#ignored.has(input.id)) {
      this.#ignored.add(input.id);
      return [];
    }
    const actions: GestureAction[] = [];
    if (this.#active.size === 0) {
      this.#startX = input.x;
      this.#startY = input.y;
      this.#startT = input.t;
      this.#moved = 0;
      this.#totalDx = 0;
      this.#totalDy = 0;
      this.#pinched = false;
      actions.push({ type: 'start' });
    } else {
      this.#pinched = true;
    }
    this.#active.set(input.id, { x: input.x, y: input.y });
    this.#samples = [];
    return actions;
  }

  #move(input: PointerInput): GestureAction[] {
    const tracked = this.#active.get(input.id);
    if (!tracked) return [];
    if (this.#active.size === 1) {
      const dx = input.x - tracked.x;
      const dy = input.y - tracked.y;
      tracked.x = input.x;
      tracked.y = input.y;
      this.#record(input.x, input.y, input.t, Math.hypot(dx, dy));
      this.#totalDx += dx;
      this.#totalDy += dy;
      return dx === 0 && dy === 0 ? [] : [{ type: 'pan', dx, dy }];
    }
    const [a, b] = [...this.#active.values()] as [Tracked, Tracked];
    const before = midpointAndDistance(a, b);
    tracked.x = input.x;
    tracked.y = input.y;
    const after = midpointAndDistance(a, b);
    const scale = before.distance > 0 && after.distance > 0 ? after.distance / before.distance : 1;
    const dx = after.x - before.x;
    const dy = after.y - before.y;
    this.#record(after.x, after.y, input.t, Math.hypot(dx, dy) + Math.abs(after.distance - before.distance));
    this.#totalDx += dx;
    this.#totalDy += dy;
    return [{ type: 'pinch', cx: before.x, cy: before.y, scale, dx, dy }];
  }

  #up(input: PointerInput, cancelled: boolean): GestureAction[] {
    if (this.#ignored.delete(input.id)) return [];
    if (!this.#active.delete(input.id)) return [];
    // A pinch that becomes a one-finger pan continues from the remaining finger without a jump.
    this.#samples = [];
    if (this.#active.size > 0) {
      this.#lastSamples = [];
      return [];
    }
    const actions: GestureAction[] = [];
    const o = this.#options;
    const isTap = !cancelled && !this.#pinched && this.#moved < o.tapSlop && input.t - this.#startT <= o.tapMaxMs;
    if (isTap) {
      const last = this.#lastTap;
      const isDouble =
        last !== undefined &&
        input.t - last.t <= o.doubleTapMs &&
        Math.hypot(this.#startX - last.x, this.#startY - last.y) <= o.doubleTapSlop;
      if (isDouble) {
        actions.push({ type: 'doubletap', x: this.#startX, y: this.#startY });
        this.#lastTap = undefined;
      } else {
        actions.push({ type: 'tap', x: this.#startX, y: this.#startY });
        this.#lastTap = { x: this.#startX, y: this.#startY, t: input.t };
      }
    } else if (!cancelled && this.#moved >= o.tapSlop) {
      const { vx, vy } = estimateVelocity(this.#lastSamples, input.t);
      if (vx !== 0 || vy !== 0) actions.push({ type: 'fling', vx, vy, t: input.t });
      this.#lastTap = undefined;
    }
    actions.push({
      type: 'end',
      moved: this.#moved,
      totalDx: this.#totalDx,
      totalDy: this.#totalDy,
      pinched: this.#pinched,
    });
    return actions;
  }

  /** Samples of the last moves before the final lift (kept across the reset in #up). */
  #lastSamples: MotionSample[] = [];

  #record(x: number, y: number, t: number, distance: number): void {
    this.#moved += distance;
    this.#samples.push({ x, y, t });
    if (this.#samples.length > 20) this.#samples.shift();
    this.#lastSamples = this.#samples;
  }
}

function midpointAndDistance(a: Tracked, b: Tracked): { x: number; y: number; distance: number } {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, distance: Math.hypot(a.x - b.x, a.y - b.y) };
}

/** A wheel event, reduced. `deltaMode` 0 = px, 1 = lines, 2 = pages. */
export interface WheelInput {
  deltaX: number;
  deltaY: number;
  deltaMode: number;
  ctrlKey: boolean;
  shiftKey: boolean;
  x: number;
  y: number;
}

/**
 * A wheel or trackpad event as a gesture: a trackpad pinch (Chromium sends it as wheel with `ctrlKey`) and a
 * mouse wheel zoom around the pointer; horizontal trackpad scrolling (or shift+wheel) pans.
 * @param pageHeight px per "page" for `deltaMode` 2.
 */
export function wheelToAction(input: WheelInput, pageHeight = 800): GestureAction {
  const unit = input.deltaMode === 1 ? 16 : input.deltaMode === 2 ? pageHeight : 1;
  const dx = input.deltaX * unit;
  const dy = input.deltaY * unit;
  if (input.shiftKey) return { type: 'pan', dx: -(dy || dx), dy: 0 };
  if (!input.ctrlKey && Math.abs(dx) > Math.abs(dy)) return { type: 'pan', dx: -dx, dy: 0 };
  // Trackpad pinches report small deltas, so they zoom faster per px than a notched mouse wheel.
  const rate = input.ctrlKey ? 0.01 : 0.002;
  return { type: 'pinch', cx: input.x, cy: input.y, scale: Math.exp(-dy * rate), dx: 0, dy: 0 };
}
