import { describe, expect, it } from 'vitest';
import { ViewMotion, ZOOM_ANIMATION_MS } from '../../../../../src-renderer/lib/timeline/viewMotion';
import { manualClock } from '../../../../support/manualClock';
import type { ViewBounds } from '../../../../../src-renderer/lib/timeline/viewTransform';

const bounds: ViewBounds = { width: 1000, height: 600, contentHeight: 600, worldYears: 66, kMin: 920 / 66, kMax: 3840, padding: 40 };

describe('ViewMotion', () => {
  it('pans and pinches through gestures', () => {
    const controller = new ViewMotion(() => undefined, manualClock().clock);
    controller.setBounds(bounds, { k: 100, x: -1000, y: 0 });
    controller.apply({ type: 'start' });
    controller.apply({ type: 'pan', dx: 50, dy: 0 });
    expect(controller.view.x).toBe(-950);
    controller.apply({ type: 'pinch', cx: 500, cy: 0, scale: 2, dx: 0, dy: 0 });
    expect(controller.view.k).toBe(200);
    expect(controller.moving).toBe(true);
    controller.apply({ type: 'end', moved: 100, totalDx: 50, totalDy: 0, pinched: true });
    expect(controller.moving).toBe(false);
  });

  it.each([
    { name: 'fling left glides left', vx: -2, sign: -1 },
    { name: 'fling right glides right', vx: 2, sign: 1 },
  ])('$name and comes to rest', ({ vx, sign }) => {
    const { clock, runFrames } = manualClock();
    const controller = new ViewMotion(() => undefined, clock);
    controller.setBounds(bounds, { k: 100, x: -3000, y: 0 });
    const start = controller.view.x;
    controller.apply({ type: 'start' });
    controller.apply({ type: 'fling', vx, vy: 0, t: 0 });
    controller.apply({ type: 'end', moved: 300, totalDx: 300, totalDy: 0, pinched: false });
    expect(controller.moving).toBe(true);
    runFrames(5);
    const early = controller.view.x;
    expect(Math.sign(early - start)).toBe(sign);
    runFrames(500);
    expect(controller.moving).toBe(false);
    expect(Math.abs(controller.view.x - start)).toBeGreaterThan(Math.abs(early - start));
    expect(Math.abs(controller.view.x - start)).toBeLessThanOrEqual(Math.abs(vx) * 325 + 1);
  });

  it('a fling into the end of the timeline stops there', () => {
    const { clock, runFrames } = manualClock();
    const controller = new ViewMotion(() => undefined, clock);
    controller.setBounds(bounds, { k: 100, x: 0, y: 0 });
    controller.apply({ type: 'fling', vx: 5, vy: 0, t: 0 });
    runFrames(20);
    expect(controller.view.x).toBe(40);
    expect(controller.moving).toBe(false);
  });

  it('double-tap zooms in around the tap, and from the closest zoom back to the overview', () => {
    const { clock, runFrames } = manualClock();
    const controller = new ViewMotion(() => undefined, clock);
    controller.setBounds(bounds, { k: 100, x: -1000, y: 0 });
    const year = (300 - controller.view.x) / controller.view.k;
    controller.apply({ type: 'doubletap', x: 300, y: 100 });
    runFrames(Math.ceil(ZOOM_ANIMATION_MS / 16) + 1);
    expect(controller.view.k).toBeCloseTo(250, 6);
    expect(year * controller.view.k + controller.view.x).toBeCloseTo(300, 6);

    controller.setBounds(bounds);
    controller.animateTo({ k: 3840, x: -100000, y: 0 });
    runFrames(30);
    controller.apply({ type: 'doubletap', x: 300, y: 100 });
    runFrames(30);
    expect(controller.view.k).toBeCloseTo(bounds.kMin, 6);
  });

  it('a new touch stops a running animation', () => {
    const { clock, runFrames } = manualClock();
    const controller = new ViewMotion(() => undefined, clock);
    controller.setBounds(bounds, { k: 100, x: -1000, y: 0 });
    controller.showRange(10, 20);
    runFrames(3);
    controller.apply({ type: 'start' });
    const stopped = controller.view;
    runFrames(30);
    expect(controller.view).toEqual(stopped);
  });
});
