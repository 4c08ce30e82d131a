/**
 * The scripted gesture sequence of the bench, sent through the Chrome DevTools Protocol so that it travels
 * Chromium's real input pipeline: touch pans, two-finger pinches, a fling (`Input.dispatchTouchEvent`) and wheel
 * zooms (`Input.dispatchMouseEvent`, type `mouseWheel`). Every peer gets exactly the same sequence, centred on
 * its timeline area.
 */
import type { CDPSession, Page } from '@playwright/test';

/** A point in CSS px of the page. */
export interface Point {
  x: number;
  y: number;
}

/** One gesture of the sequence. */
export interface Gesture {
  name: string;
  kind: 'pan' | 'pinch' | 'fling' | 'wheel';
  run: (input: GestureInput, center: Point) => Promise<void>;
}

/** Sends touch and wheel input to one page. */
export class GestureInput {
  /**
   * @param deadline Date.now() after which a gesture stops early (its fingers are lifted): a peer that takes
   *   seconds per frame would otherwise hold the bench for minutes, because CDP input waits for the page.
   */
  constructor(
    readonly page: Page,
    readonly cdp: CDPSession,
    readonly deadline = Infinity,
  ) {}

  /** True once the deadline has passed. */
  get late(): boolean {
    return Date.now() > this.deadline;
  }

  #touch(type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[]): Promise<unknown> {
    return this.cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map((point, index) => ({ x: point.x, y: point.y, id: index + 1, radiusX: 8, radiusY: 8, force: 1 })),
    });
  }

  /**
   * Moves fingers from `from[i]` to `to[i]` in `steps` steps `stepMs` apart, then lifts them. The moves are sent
   * on the finger's clock, without waiting for the page to handle each one (CDP would wait): a real finger does not
   * slow down for a slow page, its events queue up and are coalesced, and so the sequence takes the same time on
   * every peer.
   */
  async move(from: Point[], to: Point[], steps: number, stepMs: number): Promise<void> {
    const at = (progress: number) =>
      from.map((start, index) => {
        const end = to[index] as Point;
        return { x: start.x + (end.x - start.x) * progress, y: start.y + (end.y - start.y) * progress };
      });
    for (let count = 1; count <= from.length; count += 1) await this.#touch('touchStart', at(0).slice(0, count));
    const sent: Array<Promise<unknown>> = [];
    for (let step = 1; step <= steps && !this.late; step += 1) {
      sent.push(this.#touch('touchMove', at(step / steps)));
      await sleep(stepMs);
    }
    await Promise.all(sent);
    await this.#touch('touchEnd', []);
  }

  /** `count` wheel notches of `deltaY` px at `at`, `gapMs` apart (negative deltaY zooms in on every peer). */
  async wheel(at: Point, deltaY: number, count: number, gapMs: number): Promise<void> {
    const sent: Array<Promise<unknown>> = [];
    for (let index = 0; index < count && !this.late; index += 1) {
      sent.push(this.cdp.send('Input.dispatchMouseEvent', { type: 'mouseWheel', x: at.x, y: at.y, deltaX: 0, deltaY }));
      await sleep(gapMs);
    }
    await Promise.all(sent);
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const shift = (point: Point, dx: number, dy = 0): Point => ({ x: point.x + dx, y: point.y + dy });
const pair = (center: Point, distance: number): Point[] => [shift(center, -distance / 2), shift(center, distance / 2)];

/**
 * The sequence, in order: ≈ 4 s of input; the runner adds a settle pause after each gesture. It zooms in first:
 * a view that shows the whole time range may rightly refuse to pan further, and that must not count against it.
 */
export const GESTURE_SEQUENCE: readonly Gesture[] = [
  { name: 'Zwei-Finger-Zoom hinein / pinch in', kind: 'pinch', run: (input, c) => input.move(pair(c, 200), pair(c, 600), 20, 16) },
  { name: 'Wisch links / pan left', kind: 'pan', run: (input, c) => input.move([shift(c, 300)], [shift(c, -300)], 24, 16) },
  { name: 'Wisch rechts / pan right', kind: 'pan', run: (input, c) => input.move([shift(c, -250)], [shift(c, 250)], 24, 16) },
  { name: 'Schwung / fling', kind: 'fling', run: (input, c) => input.move([shift(c, 250)], [shift(c, -250)], 6, 8) },
  { name: 'Mausrad hinein / wheel in', kind: 'wheel', run: (input, c) => input.wheel(c, -100, 6, 40) },
  { name: 'Mausrad hinaus / wheel out', kind: 'wheel', run: (input, c) => input.wheel(c, 100, 6, 40) },
  { name: 'Zwei-Finger-Zoom hinaus / pinch out', kind: 'pinch', run: (input, c) => input.move(pair(c, 600), pair(c, 260), 20, 16) },
];
