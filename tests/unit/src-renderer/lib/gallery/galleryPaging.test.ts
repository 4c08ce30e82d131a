import { describe, expect, it } from 'vitest';
import { clampPage, pageStep, resistedDrag } from '../../../../../src-renderer/lib/gallery/galleryPaging';

describe('pageStep', () => {
  it.each([
    { name: 'tap does not page', totalDx: 0, totalDy: 0, vx: 0, expected: 0 },
    { name: 'long slow drag left → next', totalDx: -300, totalDy: 10, vx: 0, expected: 1 },
    { name: 'long slow drag right → previous', totalDx: 300, totalDy: 0, vx: 0, expected: -1 },
    { name: 'short slow drag snaps back', totalDx: -100, totalDy: 0, vx: -0.1, expected: 0 },
    { name: 'short fast fling left → next', totalDx: -60, totalDy: 5, vx: -1.2, expected: 1 },
    { name: 'short fast fling right → previous', totalDx: 60, totalDy: 5, vx: 1.2, expected: -1 },
    { name: 'twitch with speed is not a fling', totalDx: -10, totalDy: 0, vx: -2, expected: 0 },
    { name: 'long drag flung back snaps back', totalDx: -300, totalDy: 0, vx: 1, expected: 0 },
    { name: 'mostly vertical never pages', totalDx: -250, totalDy: 400, vx: -1, expected: 0 },
  ])('$name', ({ totalDx, totalDy, vx, expected }) => {
    expect(pageStep({ totalDx, totalDy, vx, width: 1000 })).toBe(expected);
  });
});

describe('clampPage', () => {
  it.each([
    { index: 0, step: -1, count: 5, expected: 0 },
    { index: 0, step: 1, count: 5, expected: 1 },
    { index: 4, step: 1, count: 5, expected: 4 },
    { index: 2, step: 0, count: 5, expected: 2 },
  ])('$index + $step of $count → $expected', ({ index, step, count, expected }) => {
    expect(clampPage(index, step, count)).toBe(expected);
  });
});

describe('resistedDrag', () => {
  it.each([
    { name: 'middle page follows the finger', dx: -90, index: 2, count: 5, expected: -90 },
    { name: 'first page resists a pull right', dx: 90, index: 0, count: 5, expected: 30 },
    { name: 'first page follows a pull left', dx: -90, index: 0, count: 5, expected: -90 },
    { name: 'last page resists a pull left', dx: -90, index: 4, count: 5, expected: -30 },
  ])('$name', ({ dx, index, count, expected }) => {
    expect(resistedDrag(dx, index, count)).toBe(expected);
  });
});
