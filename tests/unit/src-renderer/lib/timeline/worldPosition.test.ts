import { describe, expect, it } from 'vitest';
import { worldLayerStyle, worldPercent } from '../../../../../src-renderer/lib/timeline/worldPosition';

describe('worldPercent', () => {
  it.each([
    { u: 0, years: 66, expected: '0%' },
    { u: 33, years: 66, expected: '50%' },
    { u: 66, years: 66, expected: '100%' },
    { u: 6.6, years: 66, expected: `${(6.6 / 66) * 100}%` },
  ])('$u of $years years → $expected', ({ u, years, expected }) => {
    expect(worldPercent(u, years)).toBe(expected);
  });

  it('puts an item where u · k + x puts it on screen, once the layer is sized and moved', () => {
    const years = 66.8;
    const k = 27.4;
    const x = -312.5;
    const layer = worldLayerStyle(years, k, x);
    const width = Number.parseFloat(layer.width);
    const offset = Number(/translate3d\((-?[\d.]+)px/.exec(layer.transform)?.[1]);
    for (const u of [0, 1.25, 13.7, 50, 66.8]) {
      const left = (Number.parseFloat(worldPercent(u, years)) / 100) * width;
      expect(left + offset).toBeCloseTo(u * k + x, 6);
    }
  });
});
