import { describe, expect, it } from 'vitest';
import { DERIVATIVE_SIZES, DERIVED_URL_PREFIX, derivedImageUrl, isDerivativeSize } from '../../../src-shared/derivedImages';

describe('derivedImageUrl', () => {
  const cases = [
    { baseUrl: '/bundle/', file: 'bilder/foto.jpg', size: 'thumb', expected: '/derived/bundle/thumb/bilder/foto.jpg' },
    { baseUrl: '/candidate/', file: 'bilder/foto.jpg', size: 'full', expected: '/derived/candidate/full/bilder/foto.jpg' },
    { baseUrl: '/bundle/', file: 'bilder/Grüße aus Hefer.jpg', size: 'screen', expected: '/derived/bundle/screen/bilder/Gr%C3%BC%C3%9Fe%20aus%20Hefer.jpg' },
  ] as const;
  for (const { baseUrl, file, size, expected } of cases) {
    it(`${baseUrl} ${file} ${size}`, () => expect(derivedImageUrl(baseUrl, file, size)).toBe(expected));
  }
  it('every URL starts with the prefix the main side routes on', () => {
    for (const size of DERIVATIVE_SIZES) expect(derivedImageUrl('/bundle/', 'a.jpg', size).startsWith(DERIVED_URL_PREFIX)).toBe(true);
  });
  it('knows exactly the three sizes', () => {
    expect(DERIVATIVE_SIZES.filter(isDerivativeSize)).toEqual(['thumb', 'screen', 'full']);
    expect(isDerivativeSize('huge')).toBe(false);
  });
});
