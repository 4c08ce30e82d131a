import { describe, expect, it } from 'vitest';
import { bundleManifest, type BundleManifestInput } from '../../../../../src-shared/bundleSchema';
import { buildExhibitionIndex } from '../../../../../src-renderer/lib/exhibition/exhibitionIndex';

const base: BundleManifestInput = {
  schema: 1,
  id: 'test',
  title: 'Test',
  home: { name: 'Kreis', location: { lat: 51, lon: 8 } },
  partners: [{ id: 'p', name: 'P', country: 'IL', kind: 'Partnerschaft' }],
  images: [
    { id: 'a', file: 'a.jpg', caption: 'A', date: '1999-05' },
    { id: 'b', file: 'b.jpg', caption: 'B' },
    { id: 'c', file: 'c.jpg', caption: 'C', partner: 'p' },
    { id: 'd', file: 'd.jpg', caption: 'D' },
    { id: 'e', file: 'e.jpg', caption: 'E', partner: 'unknown' },
  ],
  events: [
    { id: 'late', date: '2010', title: 'Spät', images: ['b', 'a'] },
    { id: 'early', date: '1980-02-03', title: 'Früh', images: ['b'] },
  ],
  collections: [{ id: 'k', title: 'K', images: ['d', 'missing', 'a', 'b', 'c', 'e'] }],
};

describe('galleryItems', () => {
  const manifest = bundleManifest.parse(base);
  // Built through the exhibition index, as the kiosk does: the first collection, with the index's lookups.
  const { gallery: items } = buildExhibitionIndex({ manifest, baseUrl: '/bundle/', version: 'test', revision: 1 });
  it.each([
    { name: 'no date, no event, no partner', id: 'd', year: undefined, target: undefined },
    { name: 'own date wins over the event date', id: 'a', year: 1999, target: { kind: 'event', id: 'late' } },
    { name: 'earliest event using the image', id: 'b', year: 1980, target: { kind: 'event', id: 'early' } },
    { name: 'partner when no event uses it', id: 'c', year: undefined, target: { kind: 'partner', id: 'p' } },
    { name: 'unknown partner gives no target', id: 'e', year: undefined, target: undefined },
  ])('$name', ({ id, year, target }) => {
    const item = items.find((candidate) => candidate.image.id === id);
    expect(item?.year).toBe(year);
    expect(item?.target).toEqual(target);
  });

  it('keeps the curator order and skips unknown ids', () => {
    expect(items.map((item) => item.image.id)).toEqual(['d', 'a', 'b', 'c', 'e']);
  });

  it('has no collection when the bundle has none', () => {
    const index = buildExhibitionIndex({ manifest: bundleManifest.parse({ ...base, collections: [] }), baseUrl: '/bundle/', version: 'test', revision: 1 });
    expect(index.collection).toBeUndefined();
    expect(index.gallery).toEqual([]);
  });
});
