import { describe, expect, it } from 'vitest';
import { scaledWorldLayerStyle, worldLayerStyle, worldPercent } from '../../../../../src-renderer/lib/timeline/worldPosition';

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

  it('a layer laid out for an older zoom and scaled puts items where the current zoom does', () => {
    const years = 66.8;
    const x = -312.5;
    const [laidOutK, k] = [27.4, 41.1];
    const layer = scaledWorldLayerStyle(years, laidOutK, k, x);
    const width = Number.parseFloat(layer.width);
    const offset = Number(/translate3d\((-?[\d.]+)px/.exec(layer.transform)?.[1]);
    const scale = Number(/scaleX\(([\d.]+)\)/.exec(layer.transform)?.[1]);
    expect(width).toBeCloseTo(years * laidOutK, 6);
    for (const u of [0, 1.25, 13.7, 50, 66.8]) {
      // transform-origin 0 0: scaled around the layer's left edge, then moved by x.
      const left = (Number.parseFloat(worldPercent(u, years)) / 100) * width * scale;
      expect(left + offset).toBeCloseTo(u * k + x, 6);
    }
    expect(scaledWorldLayerStyle(years, k, k, x)).toEqual(worldLayerStyle(years, k, x));
  });
});
