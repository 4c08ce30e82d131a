import type { CDPSession, Page } from '@playwright/test';

/** A touch point in CSS px of the page. */
export interface Point {
  x: number;
  y: number;
}

/** Contact size of a finger and of a palm, px (CDP radius). */
const FINGER_RADIUS = 8;

/**
 * Real multi-touch through the Chrome DevTools Protocol (`Input.dispatchTouchEvent`), which goes through
 * Chromium's input pipeline and arrives as Pointer Events with `pointerType` "touch".
 */
export class Touch {
  readonly #cdp: CDPSession;
  readonly #page: Page;

  private constructor(page: Page, cdp: CDPSession) {
    this.#page = page;
    this.#cdp = cdp;
  }

  static async on(page: Page): Promise<Touch> {
    return new Touch(page, await page.context().newCDPSession(page));
  }

  /** Timestamps (s since the epoch) of the events sent, spaced as a real finger's; see {@link gesture}. */
  #clock = 0;

  async #send(type: 'touchStart' | 'touchMove' | 'touchEnd', points: Array<Point & { id: number; radius?: number }>, stepMs = 1) {
    // The page sees evenly spaced timestamps even when a slow software-rendered frame delays the next event, so
    // velocities (flings) are those of the scripted finger, not of the test machine's speed.
    this.#clock = this.#clock === 0 ? Date.now() / 1000 : this.#clock + stepMs / 1000;
    await this.#cdp.send('Input.dispatchTouchEvent', {
      type,
      timestamp: this.#clock,
      touchPoints: points.map((point) => ({
        x: point.x,
        y: point.y,
        id: point.id,
        radiusX: point.radius ?? FINGER_RADIUS,
        radiusY: point.radius ?? FINGER_RADIUS,
        force: 1,
      })),
    });
  }

  /**
   * Moves fingers from `from[i]` to `to[i]` together in `steps` steps, `stepMs` apart, then lifts them; the
   * fingers go down one after the other as real fingers do.
   * @param extra Points held down (not moving) during the gesture, e.g. a palm: `radius` in px.
   */
  async gesture(
    from: Point[],
    to: Point[],
    options: {
      steps?: number;
      stepMs?: number;
      /** Held down before the fingers (e.g. a resting palm) and after the first move (a third finger). */
      extraBefore?: Array<Point & { radius: number }>;
      extraAfter?: Array<Point & { radius: number }>;
      holdMs?: number;
    } = {},
  ): Promise<void> {
    const steps = options.steps ?? 12;
    const stepMs = options.stepMs ?? 16;
    const extraBefore = (options.extraBefore ?? []).map((point, index) => ({ ...point, id: 100 + index }));
    const extraAfter = (options.extraAfter ?? []).map((point, index) => ({ ...point, id: 200 + index }));
    const at = (progress: number) =>
      from.map((start, index) => {
        const end = to[index] as Point;
        return { id: index + 1, x: start.x + (end.x - start.x) * progress, y: start.y + (end.y - start.y) * progress };
      });
    const down: Array<Point & { id: number; radius?: number }> = [];
    for (const point of [...extraBefore, ...at(0)]) {
      down.push(point);
      await this.#send('touchStart', [...down]);
    }
    for (let step = 1; step <= steps; step += 1) {
      await this.#send('touchMove', [...extraBefore, ...at(step / steps), ...extraAfter], stepMs);
      await this.#page.waitForTimeout(stepMs);
      if (step === 1) {
        for (const point of extraAfter) {
          down.push(point);
          await this.#send('touchStart', [...down]);
        }
      }
    }
    if (options.holdMs) await this.#page.waitForTimeout(options.holdMs);
    await this.#send('touchEnd', [], options.holdMs ?? 1);
  }

  /** A one-finger drag. */
  async drag(from: Point, to: Point, options: { steps?: number; stepMs?: number; holdMs?: number } = {}): Promise<void> {
    await this.gesture([from], [to], options);
  }

  /** A two-finger pinch around `center`: the fingers go from `fromDistance` to `toDistance` px apart, horizontally. */
  async pinch(
    center: Point,
    fromDistance: number,
    toDistance: number,
    extra: { before?: Array<Point & { radius: number }>; after?: Array<Point & { radius: number }> } = {},
  ): Promise<void> {
    const pair = (distance: number) => [
      { x: center.x - distance / 2, y: center.y },
      { x: center.x + distance / 2, y: center.y },
    ];
    await this.gesture(pair(fromDistance), pair(toDistance), {
      steps: 14,
      stepMs: 16,
      ...(extra.before ? { extraBefore: extra.before } : {}),
      ...(extra.after ? { extraAfter: extra.after } : {}),
    });
  }

  /** One quick tap. */
  async tap(point: Point): Promise<void> {
    await this.#send('touchStart', [{ ...point, id: 1 }], 120);
    await this.#send('touchEnd', [], 40);
  }
}
