import { describe, expect, it } from 'vitest';
import { bundleManifest, type BundleManifestInput } from '../../../../../src-shared/bundleSchema';
import { featuredPictures } from '../../../../../src-renderer/lib/pictures/featuredPictures';

const base: BundleManifestInput = { schema: 1, id: 'test', title: 'Test', home: { name: 'Kreis', location: { lat: 51, lon: 9 } } };
const image = (id: string) => ({ id, file: `bilder/${id}.jpg`, caption: id });

describe('featuredPictures', () => {
  const manifest = bundleManifest.parse({
    ...base,
    events: [
      { id: 'spaet', date: 2010, title: 'Spät', images: ['a'] },
      { id: 'frueh', date: 1973, title: 'Früh', images: ['b'] },
      { id: 'hoehepunkt', date: 2000, title: 'Höhepunkt', images: ['c', 'a'], highlight: true },
      { id: 'ohne-bild', date: 1980, title: 'Ohne Bild', highlight: true },
      { id: 'doppelt', date: 2011, title: 'Schon gezeigt', images: ['a'] },
      { id: 'unbekannt', date: 2012, title: 'Unbekanntes Bild', images: ['fehlt'] },
    ],
    partners: [{ id: 'p', name: 'Partner', country: 'RO', kind: 'Kooperation' }],
    images: [...['a', 'b', 'c', 'd', 'e'].map(image), { ...image('f'), partner: 'p' }, { ...image('g'), partner: 'unbekannt' }],
    collections: [{ id: 'sammlung', title: 'Sammlung', images: ['a', 'd', 'e'] }],
  });

  const cases = [
    { name: 'highlights first, then events by date, then collection images not yet shown, then partners’ pictures', limit: 12, expected: ['event:hoehepunkt', 'event:frueh', 'event:spaet', 'image:d', 'image:e', 'partner:f'] },
    { name: 'cut at the limit', limit: 2, expected: ['event:hoehepunkt', 'event:frueh'] },
    { name: 'nothing for a limit of 0', limit: 0, expected: [] },
  ];
  for (const { name, limit, expected } of cases) {
    it(name, () => expect(featuredPictures(manifest, limit).map((picture) => picture.key)).toEqual(expected));
  }

  it('never shows an image twice and names what a touch opens', () => {
    const pictures = featuredPictures(manifest);
    expect(new Set(pictures.map((picture) => picture.imageId)).size).toBe(pictures.length);
    expect(pictures[0]).toEqual({ kind: 'event', key: 'event:hoehepunkt', eventId: 'hoehepunkt', imageId: 'c' });
    expect(pictures.at(-2)).toEqual({ kind: 'image', key: 'image:e', imageId: 'e', collectionId: 'sammlung' });
    expect(pictures.at(-1)).toEqual({ kind: 'partner', key: 'partner:f', imageId: 'f', partnerId: 'p' });
  });
});
