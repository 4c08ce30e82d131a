import { describe, expect, it } from 'vitest';
import { type LaneGroup, lanesWithContent } from '../../../../../src-renderer/lib/timeline/laneLayout';

const groups: LaneGroup[] = [
  { id: 'home', kind: 'home', label: 'Kreis', partnerIds: [] },
  { id: 'a', kind: 'partner', label: 'A', partnerIds: ['a'] },
  { id: 'group-towns', kind: 'group', label: 'Stadt T', partnerIds: ['t1', 't2'] },
];

/** Issue 12: the home district's lane only where it carries events. */
describe('lanesWithContent', () => {
  const cases = [
    { name: 'every event names a partner with a lane: no home lane', events: [{ partners: ['a'] }, { partners: ['t2'] }], home: false },
    { name: 'an event without partners: home lane', events: [{ partners: ['a'] }, { partners: [] }], home: true },
    { name: 'an event naming only an unknown partner: home lane', events: [{ partners: ['gone'] }], home: true },
    { name: 'an event naming an unknown and a known partner: no home lane', events: [{ partners: ['gone', 'a'] }], home: false },
    { name: 'no events at all: no home lane', events: [], home: false },
  ];
  for (const { name, events, home } of cases) {
    it(name, () => {
      const ids = lanesWithContent(groups, events).map((group) => group.id);
      expect(ids).toEqual(home ? ['home', 'a', 'group-towns'] : ['a', 'group-towns']);
    });
  }
});
