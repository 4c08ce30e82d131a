import { describe, expect, it } from 'vitest';
import type { Partner } from '../../../../../src-shared/bundleSchema';
import { laneIndexForEvent, lanesHeight, packLanes } from '../../../../../src-renderer/lib/timeline/laneLayout';

const metrics = { laneHeight: 80, groupRowHeight: 10, gap: 4 };
const partner = (id: string, since: string, extra: Partial<Partner> = {}): Partner => ({
  id,
  name: id.toUpperCase(),
  country: 'FR',
  kind: 'Partnerschaft',
  since,
  ...extra,
});

describe('packLanes', () => {
  it.each([
    {
      name: 'home first, then partners by start',
      partners: [partner('b', '1990'), partner('a', '1973')],
      lanes: [['home', 'home', []], ['a', 'partner', ['a']], ['b', 'partner', ['b']]],
    },
    {
      name: 'town partnerships share the lane of their holder',
      partners: [
        partner('district', '1992'),
        partner('t1', '1995', { kind: 'Städtepartnerschaft', holder: 'Stadt Thale' }),
        partner('t2', '1991', { kind: 'Städtepartnerschaft', holder: 'Stadt Thale' }),
        partner('q1', '2001', { kind: 'Städtepartnerschaft', holder: 'Stadt Quedlinburg' }),
      ],
      lanes: [
        ['home', 'home', []],
        ['group-holder:Stadt Thale', 'group', ['t2', 't1']],
        ['district', 'partner', ['district']],
        ['q1', 'partner', ['q1']],
      ],
    },
    {
      name: 'a partner named as parent heads the group',
      partners: [
        partner('region', '1980'),
        partner('town', '1975', { kind: 'Städtepartnerschaft', parent: 'region' }),
      ],
      lanes: [['home', 'home', []], ['group-partner:region', 'group', ['town', 'region']]],
    },
    {
      name: 'an unknown parent groups by that id',
      partners: [
        partner('x', '2000', { parent: 'stadt-wernigerode' }),
        partner('y', '2001', { parent: 'stadt-wernigerode' }),
      ],
      lanes: [['home', 'home', []], ['group-parent:stadt-wernigerode', 'group', ['x', 'y']]],
    },
  ])('$name', ({ partners, lanes }) => {
    const packed = packLanes('Heimatkreis', partners, 'de', metrics);
    expect(packed.map((lane) => [lane.id, lane.kind, lane.partnerIds])).toEqual(lanes);
  });

  it('stacks lanes without overlap, group lanes taller by one row per extra member', () => {
    const packed = packLanes(
      'Heim',
      [partner('a', '1970'), partner('t1', '1980', { holder: 'H' }), partner('t2', '1981', { holder: 'H' })],
      'de',
      metrics,
    );
    expect(packed.map((lane) => [lane.top, lane.height])).toEqual([
      [0, 80],
      [84, 80],
      [168, 90],
    ]);
    expect(lanesHeight(packed)).toBe(258);
    expect(packed[2]?.label).toBe('H');
  });
});

describe('laneIndexForEvent', () => {
  const lanes = packLanes('Heim', [partner('a', '1970'), partner('b', '1980')], 'de', metrics);
  it.each([
    { partners: [], lane: 0 },
    { partners: ['b'], lane: 2 },
    { partners: ['unknown', 'a'], lane: 1 },
  ])('partners $partners → lane $lane', ({ partners, lane }) => {
    expect(laneIndexForEvent(lanes, partners)).toBe(lane);
  });
});
