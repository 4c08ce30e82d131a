import { describe, expect, it } from 'vitest';
import { fittedDimensions, isDerivativeSize } from '../../../../../src-main/content/derivatives/derivativeSizes';

describe('fittedDimensions', () => {
  it.each([
    { name: '24 MP landscape to thumb', args: [6000, 4000, 'thumb'], expected: { width: 320, height: 213 } },
    { name: '24 MP landscape to screen', args: [6000, 4000, 'screen'], expected: { width: 1920, height: 1280 } },
    { name: '24 MP portrait to screen', args: [4000, 6000, 'screen'], expected: { width: 1280, height: 1920 } },
    { name: '24 MP landscape to full', args: [6000, 4000, 'full'], expected: { width: 3840, height: 2560 } },
    { name: 'small image never enlarged', args: [800, 600, 'full'], expected: { width: 800, height: 600 } },
    { name: 'exactly the box', args: [1920, 1080, 'screen'], expected: { width: 1920, height: 1080 } },
    { name: 'a panorama keeps at least 1 px', args: [40000, 50, 'thumb'], expected: { width: 320, height: 1 } },
  ] as const)('$name', ({ args, expected }) => {
    const [width, height, size] = args;
    expect(fittedDimensions(width, height, size)).toEqual(expected);
  });
});

describe('isDerivativeSize', () => {
  it.each([
    ['thumb', true],
    ['screen', true],
    ['full', true],
    ['Thumb', false],
    ['original', false],
    ['', false],
  ])('%s → %s', (name, expected) => {
    expect(isDerivativeSize(name)).toBe(expected);
  });
});
