import { describe, expect, it } from 'vitest';
import { bundleManifest, type BundleManifestInput } from '../../../../../src-shared/bundleSchema';
import { partnerLevel, partnerLevels } from '../../../../../src-renderer/lib/partners/partnerLevels';

const base: BundleManifestInput = { schema: 1, id: 'test', title: 'Test', home: { name: 'Kreis', location: { lat: 51, lon: 9 } } };
const manifest = (extra: Partial<BundleManifestInput>) => bundleManifest.parse({ ...base, ...extra });

describe('partnerLevel', () => {
  const cases = [
    { kind: 'Landespartnerschaft', parent: undefined, expected: 'state' },
    { kind: 'Partnerschaft', parent: undefined, expected: 'district' },
    { kind: 'Kooperation', parent: undefined, expected: 'district' },
    { kind: 'Städtepartnerschaft', parent: undefined, expected: 'towns' },
    { kind: 'Partnerschaft', parent: 'region', expected: 'towns' },
  ] as const;
  for (const { kind, parent, expected } of cases) {
    it(`${kind}${parent ? ' with parent' : ''} → ${expected}`, () => expect(partnerLevel({ kind, parent })).toBe(expected));
  }
});

describe('partnerLevels', () => {
  const content = manifest({
    partners: [
      { id: 'a', name: 'Kreis A', country: 'RO', kind: 'Kooperation', since: 2007 },
      { id: 'land', name: 'Region L', country: 'IT', kind: 'Landespartnerschaft' },
      { id: 't1', name: 'Lisses', country: 'FR', kind: 'Städtepartnerschaft', holder: { de: 'Stadt O', en: 'Town of O' } },
      { id: 't2', name: 'Ardouval', country: 'FR', kind: 'Städtepartnerschaft', holder: { de: 'Stadt O', en: 'Town of O' } },
      { id: 't3', name: 'Carpi', country: 'IT', kind: 'Städtepartnerschaft', holder: 'Stadt W' },
      { id: 't4', name: 'Ohne Halter', country: 'CZ', kind: 'Städtepartnerschaft' },
    ],
    events: [{ id: 'e', date: 2007, partners: ['a'], title: 'Beginn', images: ['foto-e'] }],
    images: [
      { id: 'foto-e', file: 'bilder/e.jpg', caption: 'E', placeholder: true },
      { id: 'foto-t1', file: 'bilder/t1.jpg', caption: 'T1', partner: 't1' },
    ],
  });

  it('orders the levels state, district, towns and leaves empty ones out', () => {
    expect(partnerLevels(content, 'de').map((group) => group.level)).toEqual(['state', 'district', 'towns']);
    expect(partnerLevels({ ...content, partners: content.partners.slice(0, 1) }, 'de').map((group) => group.level)).toEqual(['district']);
  });

  it('gathers town partnerships on one card per holding town, in the visitor’s language', () => {
    const towns = partnerLevels(content, 'en').find((group) => group.level === 'towns')!;
    expect(towns.cards.map((card) => [card.holder, card.entries.map((entry) => entry.partner.id)])).toEqual([
      ['Town of O', ['t1', 't2']],
      ['Stadt W', ['t3']],
      [undefined, ['t4']],
    ]);
  });

  it('shows the partner’s own picture, else its events’ first, and counts its events', () => {
    const entries = partnerLevels(content, 'de').flatMap((group) => group.cards.flatMap((card) => card.entries));
    const byId = new Map(entries.map((entry) => [entry.partner.id, entry]));
    expect(byId.get('a')).toMatchObject({ imageFile: 'bilder/e.jpg', imagePlaceholder: true, eventCount: 1 });
    expect(byId.get('t1')).toMatchObject({ imageFile: 'bilder/t1.jpg', imagePlaceholder: false, eventCount: 0 });
    expect(byId.get('land')).toMatchObject({ imageFile: undefined, eventCount: 0 });
  });
});
