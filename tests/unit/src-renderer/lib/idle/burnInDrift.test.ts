import { describe, expect, it } from 'vitest';
import { driftOffset } from '../../../../../src-renderer/lib/idle/burnInDrift';

describe('driftOffset', () => {
  it('starts at rest', () => {
    expect(driftOffset(0)).toEqual({ x: 0, y: 0 });
  });

  it('stays within the amplitude over a long idle night', () => {
    for (let minute = 0; minute < 12 * 60; minute += 7) {
      const { x, y } = driftOffset(minute * 60_000, { amplitudePx: 6 });
      expect(Math.abs(x)).toBeLessThanOrEqual(6);
      expect(Math.abs(y)).toBeLessThanOrEqual(6);
    }
  });

  it('moves only a few px per minute and covers an area, not a line', () => {
    const points = Array.from({ length: 60 }, (_, minute) => driftOffset(minute * 60_000));
    for (let index = 1; index < points.length; index += 1) {
      const a = points[index - 1] as { x: number; y: number };
      const b = points[index] as { x: number; y: number };
      expect(Math.hypot(b.x - a.x, b.y - a.y)).toBeLessThan(7);
    }
    const xs = new Set(points.map((p) => Math.sign(p.x)));
    const ys = new Set(points.map((p) => Math.sign(p.y)));
    expect(xs.has(1) && xs.has(-1) && ys.has(1) && ys.has(-1)).toBe(true);
  });
});
