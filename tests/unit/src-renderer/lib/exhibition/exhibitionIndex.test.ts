import { describe, expect, it } from 'vitest';
import { bundleManifest, type BundleManifestInput } from '../../../../../src-shared/bundleSchema';
import { buildExhibitionIndex } from '../../../../../src-renderer/lib/exhibition/exhibitionIndex';

const input: BundleManifestInput = {
  schema: 1,
  id: 'test',
  title: 'Test',
  home: { name: 'Kreis', location: { lat: 51, lon: 8 } },
  partners: [
    { id: 'p', name: 'P', country: 'IL', kind: 'Partnerschaft' },
    { id: 'q', name: 'Q', country: 'FR', kind: 'Partnerschaft' },
  ],
  images: [
    { id: 'a', file: 'bilder/a b.jpg', caption: 'A' },
    { id: 'b', file: 'bilder/b.jpg', caption: 'B' },
  ],
  events: [
    { id: 'late', date: '2010', title: 'Spät', partners: ['p'], images: ['b', 'missing'] },
    { id: 'early', date: '1980-02-03', title: 'Früh', partners: ['p', 'q'], images: ['a'] },
    { id: 'home', date: '1990', title: 'Daheim' },
  ],
  collections: [{ id: 'k', title: 'K', images: ['missing', 'b', 'a'] }],
};
const index = buildExhibitionIndex({ manifest: bundleManifest.parse(input), baseUrl: '/candidate/', version: 'v', revision: 3 });

describe('buildExhibitionIndex', () => {
  it('looks partners, events and images up by id', () => {
    expect(index.partners.get('q')?.country).toBe('FR');
    expect(index.events.get('home')?.date).toBe('1990');
    expect(index.images.get('a')?.caption).toBe('A');
    expect(index.events.get('nope')).toBeUndefined();
  });
  it('parses each event date once, to its first moment in UTC', () => {
    expect(index.eventStartMs.get('early')).toBe(Date.UTC(1980, 1, 3));
    expect(index.eventStartMs.get('late')).toBe(Date.UTC(2010, 0, 1));
  });
  it.each([
    { partner: 'p', events: ['early', 'late'] },
    { partner: 'q', events: ['early'] },
    { partner: 'unknown', events: [] },
  ])('lists the events of $partner in date order', ({ partner, events }) => {
    expect(index.eventsOfPartner(partner).map((event) => event.id)).toEqual(events);
  });
  it('skips unknown ids in lists, keeping their order', () => {
    expect(index.imagesOf(['missing', 'b', 'a']).map((image) => image.id)).toEqual(['b', 'a']);
    expect(index.knownImageIds(['b', 'missing', 'a'])).toEqual(['b', 'a']);
    expect(index.partnersOf(['q', 'x', 'p']).map((partner) => partner.id)).toEqual(['q', 'p']);
  });
  it('makes derived image URLs under the bundle base', () => {
    expect(index.imageUrl('a', 'thumb')).toBe('/derived/candidate/thumb/bilder/a%20b.jpg');
    expect(index.imageUrl('missing', 'screen')).toBeUndefined();
  });
  it('builds the gallery from the first collection once', () => {
    expect(index.collection?.id).toBe('k');
    expect(index.gallery.map((item) => item.image.id)).toEqual(['b', 'a']);
    expect(index.gallery[0]?.target).toEqual({ kind: 'event', id: 'late' });
  });
});
