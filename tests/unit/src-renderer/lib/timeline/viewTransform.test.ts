import { describe, expect, it } from 'vitest';
import {
  applyX,
  clampView,
  interpolateView,
  invertX,
  panView,
  sameView,
  type ViewBounds,
  viewForRange,
  zoomView,
} from '../../../../../src-renderer/lib/timeline/viewTransform';

/** 66 years on a 1000 px surface with 20 px padding: kMin = 960 / 66. */
const bounds: ViewBounds = {
  width: 1000,
  height: 500,
  contentHeight: 800,
  worldYears: 66,
  kMin: 960 / 66,
  kMax: 3840,
  padding: 20,
};
const overview = clampView({ k: bounds.kMin, x: 0, y: 0 }, bounds);

describe('clampView', () => {
  it.each([
    { name: 'the overview is centred', view: { k: bounds.kMin, x: 500, y: 0 }, x: 20, k: bounds.kMin, y: 0 },
    { name: 'zoom below kMin clamps', view: { k: 1, x: 0, y: 0 }, x: 20, k: bounds.kMin, y: 0 },
    { name: 'zoom above kMax clamps', view: { k: 1e5, x: 0, y: 0 }, x: 0, k: 3840, y: 0 },
    { name: 'start cannot leave the left padding', view: { k: 100, x: 300, y: 0 }, x: 20, k: 100, y: 0 },
    { name: 'end cannot leave the right padding', view: { k: 100, x: -9000, y: 0 }, x: 980 - 6600, k: 100, y: 0 },
    { name: 'lanes scroll no further than their end', view: { k: 100, x: 0, y: -900 }, x: 0, k: 100, y: -300 },
    { name: 'lanes never scroll below the top', view: { k: 100, x: 0, y: 50 }, x: 0, k: 100, y: 0 },
  ])('$name', ({ view, x, k, y }) => {
    const clamped = clampView(view, bounds);
    expect(clamped.k).toBeCloseTo(k, 9);
    expect(clamped.x).toBeCloseTo(x, 9);
    expect(clamped.y).toBeCloseTo(y, 9);
  });
});

describe('panView', () => {
  const zoomed = { k: 100, x: -2000, y: 0 };
  it.each([
    { name: 'right moves content right', dx: 50, expected: -1950 },
    { name: 'left moves content left', dx: -50, expected: -2050 },
    { name: 'far right stops at the start', dx: 1e6, expected: 20 },
  ])('$name', ({ dx, expected }) => {
    expect(panView(zoomed, dx, 0, bounds).x).toBeCloseTo(expected, 9);
  });
});

describe('zoomView', () => {
  it.each([
    { name: 'doubling keeps the anchor', factor: 2, anchor: 400, dx: 0 },
    { name: 'halving keeps the anchor', factor: 0.5, anchor: 700, dx: 0 },
    { name: 'pinch follows the moving midpoint', factor: 1.5, anchor: 500, dx: 30 },
  ])('$name', ({ factor, anchor, dx }) => {
    const start = { k: 200, x: -5000, y: 0 };
    const worldBefore = invertX(start, anchor);
    const zoomed = zoomView(start, factor, anchor, bounds, dx);
    expect(zoomed.k).toBeCloseTo(200 * factor, 9);
    expect(applyX(zoomed, worldBefore)).toBeCloseTo(anchor + dx, 6);
  });
  it('zoom is horizontal only: y is kept', () => {
    expect(zoomView({ k: 200, x: -5000, y: -120 }, 2, 500, bounds).y).toBe(-120);
  });
  it('zooming out past kMin ends at the centred overview', () => {
    const zoomed = zoomView({ k: 200, x: -5000, y: 0 }, 0.001, 500, bounds);
    expect(sameView(zoomed, overview, bounds.width)).toBe(true);
  });
});

describe('viewForRange and interpolateView', () => {
  it('shows a decade across the surface', () => {
    const view = viewForRange(10, 20, bounds);
    expect(applyX(view, 10)).toBeCloseTo(20, 6);
    expect(applyX(view, 20)).toBeCloseTo(980, 6);
  });
  it.each([
    { t: 0, k: 100 },
    { t: 0.5, k: 200 },
    { t: 1, k: 400 },
  ])('interpolates zoom geometrically at t=$t', ({ t, k }) => {
    const view = interpolateView({ k: 100, x: 0, y: 0 }, { k: 400, x: -100, y: 0 }, t, 500);
    expect(view.k).toBeCloseTo(k, 9);
  });
});
