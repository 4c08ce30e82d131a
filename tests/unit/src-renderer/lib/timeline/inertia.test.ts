import { describe, expect, it } from 'vitest';
import {
  estimateVelocity,
  flingDistance,
  flingOffset,
  MAX_FLING_SPEED,
  startFling,
} from '../../../../../src-renderer/lib/timeline/inertia';

describe('estimateVelocity', () => {
  it.each([
    { name: 'steady 2 px/ms', samples: [{ x: 0, y: 0, t: 0 }, { x: 100, y: 0, t: 50 }], now: 50, vx: 2 },
    { name: 'a rest before lifting means no speed', samples: [{ x: 0, y: 0, t: 0 }, { x: 100, y: 0, t: 50 }], now: 400, vx: 0 },
    { name: 'one sample is no speed', samples: [{ x: 0, y: 0, t: 0 }], now: 0, vx: 0 },
    { name: 'a wild flick is capped', samples: [{ x: 0, y: 0, t: 0 }, { x: 1000, y: 0, t: 10 }], now: 10, vx: MAX_FLING_SPEED },
    { name: 'only the last 100 ms count', samples: [{ x: 0, y: 0, t: 0 }, { x: 500, y: 0, t: 200 }, { x: 600, y: 0, t: 300 }], now: 300, vx: 1 },
  ])('$name', ({ samples, now, vx }) => {
    expect(estimateVelocity(samples, now).vx).toBeCloseTo(vx, 9);
  });
});

describe('fling', () => {
  it('a slow release does not fling', () => {
    expect(startFling(0.05, 0, 0)).toBeUndefined();
  });
  it.each([
    { t: 0, fraction: 0 },
    { t: 325, fraction: 1 - Math.exp(-1) },
    { t: 3250, fraction: 1 - Math.exp(-10) },
  ])('after $t ms it has covered 1 - e^(-t/τ) of its distance', ({ t, fraction }) => {
    const fling = startFling(2, -1, 1000) as NonNullable<ReturnType<typeof startFling>>;
    const offset = flingOffset(fling, 1000 + t);
    expect(offset.dx).toBeCloseTo(flingDistance(fling).dx * fraction, 6);
    expect(offset.dy).toBeCloseTo(flingDistance(fling).dy * fraction, 6);
  });
  it('comes to rest, monotonically, in the direction of the flick', () => {
    const fling = startFling(-3, 0, 0) as NonNullable<ReturnType<typeof startFling>>;
    let previous = 0;
    let done = false;
    for (let t = 16; t < 10_000 && !done; t += 16) {
      const offset = flingOffset(fling, t);
      expect(offset.dx).toBeLessThan(previous);
      previous = offset.dx;
      done = offset.done;
    }
    expect(done).toBe(true);
    expect(previous).toBeGreaterThan(flingDistance(fling).dx);
  });
});
