import { describe, expect, it } from 'vitest';
import { bundleManifest, type BundleManifest } from '../../../../../src-shared/bundleSchema';
import { dateRangeFindings, duplicateIdFindings, referenceFindings } from '../../../../../src-main/content/validation/referenceChecks';
import { formatFieldPath } from '../../../../../src-main/content/validation/problem';
import { validManifest } from '../../../../support/bundleBuilder';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data is edited freely
type Manifest = Record<string, any>;

function manifestWith(change: (m: Manifest) => void): BundleManifest {
  const data = validManifest() as Manifest;
  change(data);
  return bundleManifest.parse(data);
}
const fields = (findings: { path: readonly PropertyKey[]; code: string }[]) => findings.map((f) => `${f.code} ${formatFieldPath(f.path)}`);

describe('cross checks', () => {
  it('find nothing in the valid manifest', () => {
    const m = manifestWith(() => {});
    expect([...duplicateIdFindings(m), ...referenceFindings(m), ...dateRangeFindings(m)]).toEqual([]);
  });

  it.each([
    { name: 'duplicate partner id', change: (m: Manifest) => (m.partners[1].id = 'emek-hefer'), expected: ['duplicate-id partners[1].id'] },
    { name: 'same id in different lists is fine', change: (m: Manifest) => (m.eras[0].id = 'gruendung'), expected: [] },
    { name: 'duplicate image id', change: (m: Manifest) => m.images.push({ ...m.images[0] }), expected: ['duplicate-id images[2].id'] },
  ])('$name', ({ change, expected }) => expect(fields(duplicateIdFindings(manifestWith(change)))).toEqual(expected));

  it.each([
    { name: 'event partner', change: (m: Manifest) => (m.events[1].partners = ['stadt-a', 'stadt-b']), expected: ['dangling-reference events[1].partners[1]'] },
    { name: 'event image', change: (m: Manifest) => (m.events[0].images = ['foto-x']), expected: ['dangling-reference events[0].images[0]'] },
    { name: 'image partner', change: (m: Manifest) => (m.images[1].partner = 'nirgendwo'), expected: ['dangling-reference images[1].partner'] },
    { name: 'collection image', change: (m: Manifest) => (m.collections[0].images = ['foto-a', 'foto-c']), expected: ['dangling-reference collections[0].images[1]'] },
    { name: 'collection lists an image twice', change: (m: Manifest) => (m.collections[0].images = ['foto-a', 'foto-a']), expected: ['duplicate-id collections[0].images[1]'] },
    { name: 'partner parent', change: (m: Manifest) => (m.partners[1].parent = 'kreis-x'), expected: ['dangling-reference partners[1].parent'] },
    { name: 'parent is itself', change: (m: Manifest) => (m.partners[0].parent = 'emek-hefer'), expected: ['self-reference partners[0].parent'] },
    {
      name: 'parent loop',
      change: (m: Manifest) => (m.partners[0].parent = 'stadt-a'),
      expected: ['self-reference partners[0].parent', 'self-reference partners[1].parent'],
    },
  ])('reference: $name', ({ change, expected }) => expect(fields(referenceFindings(manifestWith(change)))).toEqual(expected));

  it('suggests the id that was probably meant', () => {
    const [finding] = referenceFindings(manifestWith((m) => (m.events[0].partners = ['emek-heffer'])));
    expect(finding!.message.de).toBe('Partner „emek-heffer“ gibt es nicht in partners – meinten Sie „emek-hefer“?');
  });

  it.each([
    { name: 'same year', change: (m: Manifest) => Object.assign(m.events[1], { date: '1980', end: '1980' }), expected: [] },
    { name: 'month inside the start year', change: (m: Manifest) => Object.assign(m.events[1], { date: '1980', end: '1980-03' }), expected: [] },
    { name: 'end year before', change: (m: Manifest) => Object.assign(m.events[1], { date: '1980', end: '1979' }), expected: ['date-range events[1].end'] },
    { name: 'end day before', change: (m: Manifest) => Object.assign(m.events[1], { date: '1980-05-02', end: '1980-05-01' }), expected: ['date-range events[1].end'] },
    { name: 'partner until before since', change: (m: Manifest) => Object.assign(m.partners[1], { since: 2001, until: '2000-12-31' }), expected: ['date-range partners[1].until'] },
    { name: 'era to before from', change: (m: Manifest) => Object.assign(m.eras[0], { from: 1990, to: 1989 }), expected: ['date-range eras[0].to'] },
  ])('date range: $name', ({ change, expected }) => expect(fields(dateRangeFindings(manifestWith(change)))).toEqual(expected));
});
