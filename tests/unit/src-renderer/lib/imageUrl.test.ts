import { describe, expect, it } from 'vitest';
import { imageUrl } from '../../../../src-renderer/lib/imageUrl';

describe('imageUrl', () => {
  const cases = [
    { baseUrl: '/bundle/', file: 'bilder/foto.jpg', size: 'thumb', expected: '/derived/bundle/thumb/bilder/foto.jpg' },
    { baseUrl: '/candidate/', file: 'bilder/foto.jpg', size: 'full', expected: '/derived/candidate/full/bilder/foto.jpg' },
    { baseUrl: '/bundle/', file: 'bilder/Grüße aus Hefer.jpg', size: 'screen', expected: '/derived/bundle/screen/bilder/Gr%C3%BC%C3%9Fe%20aus%20Hefer.jpg' },
  ] as const;
  for (const { baseUrl, file, size, expected } of cases) {
    it(`${baseUrl} ${file} ${size}`, () => expect(imageUrl(baseUrl, file, size)).toBe(expected));
  }
});
