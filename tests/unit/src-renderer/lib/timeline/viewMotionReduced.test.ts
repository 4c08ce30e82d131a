import { describe, expect, it } from 'vitest';
import { ViewMotion } from '../../../../../src-renderer/lib/timeline/viewMotion';
import type { ViewBounds } from '../../../../../src-renderer/lib/timeline/viewTransform';
import { manualClock } from '../../../../support/manualClock';

const bounds: ViewBounds = { width: 1000, height: 600, contentHeight: 600, worldYears: 66, kMin: 920 / 66, kMax: 3840, padding: 40 };

/** Issue 12: „Weniger Bewegung“ (or the system setting) reaches the timeline's own animations. */
describe('ViewMotion with reduced motion', () => {
  const cases = [
    { name: 'double-tap zoom', act: (motion: ViewMotion) => motion.apply({ type: 'doubletap', x: 300, y: 100 }), k: 250 },
    { name: 'range shown by a button', act: (motion: ViewMotion) => motion.showRange(10, 20), k: 92 },
  ];
  for (const { name, act, k } of cases) {
    it(`${name}: the view is at its end at once, without a frame in between`, () => {
      const { clock } = manualClock();
      const motion = new ViewMotion(() => undefined, clock, () => true);
      motion.setBounds(bounds, { k: 100, x: -1000, y: 0 });
      act(motion);
      expect(motion.view.k).toBeCloseTo(k, 6);
      expect(motion.moving).toBe(false);
    });
  }

  it('a fling does not glide on after the finger lifts', () => {
    const { clock, runFrames } = manualClock();
    const motion = new ViewMotion(() => undefined, clock, () => true);
    motion.setBounds(bounds, { k: 100, x: -3000, y: 0 });
    motion.apply({ type: 'start' });
    motion.apply({ type: 'fling', vx: -2, vy: 0, t: 0 });
    motion.apply({ type: 'end', moved: 300, totalDx: 300, totalDy: 0, pinched: false });
    runFrames(30);
    expect(motion.view.x).toBe(-3000);
    expect(motion.moving).toBe(false);
  });

  it('is asked at every animation, so switching it on takes effect at once', () => {
    let reduced = false;
    const { clock, runFrames } = manualClock();
    const motion = new ViewMotion(() => undefined, clock, () => reduced);
    motion.setBounds(bounds, { k: 100, x: -1000, y: 0 });
    motion.apply({ type: 'doubletap', x: 300, y: 100 });
    expect(motion.moving).toBe(true);
    runFrames(40);
    reduced = true;
    motion.apply({ type: 'doubletap', x: 300, y: 100 });
    expect(motion.moving).toBe(false);
  });
});
