import { describe, expect, it } from 'vitest';
import {
  classifySwipe,
  clampImage,
  fitSize,
  IDENTITY,
  type ImageBounds,
  panImage,
  zoomImage,
} from '../../../../../src-renderer/lib/imageViewer/imageTransform';

const bounds: ImageBounds = { imageWidth: 1600, imageHeight: 900, stageWidth: 1600, stageHeight: 1000, maxScale: 4 };

describe('image zoom and pan', () => {
  it.each([
    { name: 'unzoomed cannot pan', view: { s: 1, x: 100, y: 50 }, expected: { s: 1, x: 0, y: 0 } },
    { name: 'zoom 2 pans up to the edge', view: { s: 2, x: 5000, y: -5000 }, expected: { s: 2, x: 800, y: -400 } },
    { name: 'scale clamps to the maximum', view: { s: 10, x: 0, y: 0 }, expected: { s: 4, x: 0, y: 0 } },
    { name: 'scale never below fitted', view: { s: 0.2, x: 0, y: 0 }, expected: { s: 1, x: 0, y: 0 } },
  ])('$name', ({ view, expected }) => {
    expect(clampImage(view, bounds)).toEqual(expected);
  });

  it('pinch keeps the image point under the fingers', () => {
    const zoomed = zoomImage(IDENTITY, 2, 200, 100, 0, 0, bounds);
    expect(zoomed.s).toBe(2);
    // The image point at (200, 100) from the centre is now at zoomed.x + 200 * 2.
    expect(zoomed.x + 200 * 2).toBeCloseTo(200, 9);
    expect(zoomed.y + 100 * 2).toBeCloseTo(100, 9);
  });

  it('pans a zoomed image', () => {
    expect(panImage({ s: 2, x: 0, y: 0 }, -100, 30, bounds)).toEqual({ s: 2, x: -100, y: 30 });
  });
});

describe('classifySwipe', () => {
  it.each([
    { dx: -300, dy: 10, result: 'next' },
    { dx: 300, dy: -20, result: 'previous' },
    { dx: 20, dy: 300, result: 'close' },
    { dx: 30, dy: 20, result: 'none' },
    { dx: 0, dy: -400, result: 'none' },
  ])('($dx, $dy) → $result', ({ dx, dy, result }) => {
    expect(classifySwipe(dx, dy, 1600, 1000)).toBe(result);
  });
});

describe('fitSize', () => {
  it.each([
    { w: 3000, h: 2000, sw: 1500, sh: 1500, width: 1500, height: 1000 },
    { w: 1000, h: 2000, sw: 1500, sh: 1000, width: 500, height: 1000 },
  ])('$w×$h in $sw×$sh', ({ w, h, sw, sh, width, height }) => {
    expect(fitSize(w, h, sw, sh)).toEqual({ width, height });
  });
});
