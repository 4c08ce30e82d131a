import { describe, expect, it } from 'vitest';
import {
  itemsInWindow,
  lowerBound,
  renderWindowFor,
  visibleRange,
  windowCovers,
} from '../../../../../src-renderer/lib/timeline/renderWindow';

const view = { k: 100, x: -1000, y: 0 };

describe('render window', () => {
  it('visible range of a 1000 px surface', () => {
    expect(visibleRange(view, 1000)).toEqual({ u0: 10, u1: 20 });
  });
  it('the window is a fifth of a screen wider on each side', () => {
    const window = renderWindowFor(view, 1000);
    expect(window.u0).toBeCloseTo(8, 9);
    expect(window.u1).toBeCloseTo(22, 9);
  });
  it.each([
    { name: 'the same view', moved: view, covers: true },
    { name: 'panned less than a fifth of a screen', moved: { k: 100, x: -1150, y: 0 }, covers: true },
    { name: 'panned more than a fifth of a screen', moved: { k: 100, x: -1300, y: 0 }, covers: false },
    { name: 'zoomed out by 3', moved: { k: 100 / 3, x: -1000 / 3, y: 0 }, covers: false },
    { name: 'zoomed in a little', moved: { k: 120, x: -1500, y: 0 }, covers: true },
    { name: 'zoomed in far: the window is too wide', moved: { k: 400, x: -6000, y: 0 }, covers: false },
  ])('$name: covered = $covers', ({ moved, covers }) => {
    expect(windowCovers(renderWindowFor(view, 1000), moved, 1000)).toBe(covers);
  });
});

describe('itemsInWindow', () => {
  const items = [0, 1, 2, 5, 8, 9, 12].map((u) => ({ u }));
  it.each([
    { x: -1, index: 0 },
    { x: 2, index: 2 },
    { x: 3, index: 3 },
    { x: 100, index: 7 },
  ])('lowerBound($x) = $index', ({ x, index }) => {
    expect(lowerBound(items, x)).toBe(index);
  });
  it.each([
    { window: { u0: 2, u1: 8 }, reach: 0, us: [2, 5, 8] },
    { window: { u0: 2, u1: 8 }, reach: 1, us: [1, 2, 5, 8] },
    { window: { u0: 20, u1: 30 }, reach: 0, us: [] },
  ])('window $window.u0–$window.u1 with reach $reach', ({ window, reach, us }) => {
    expect(itemsInWindow(items, window, reach).map((item) => item.u)).toEqual(us);
  });
});
