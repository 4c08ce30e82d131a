import { describe, expect, it } from 'vitest';
import type { Mark } from '../../../../../src-renderer/lib/timeline/clustering';
import { cssUrl, markViews, type MarkViewInput } from '../../../../../src-renderer/lib/timeline/markViews';
import type { TimelineEventView } from '../../../../../src-renderer/lib/timeline/timelineModel';

const event = (id: string, u: number, highlight = false): TimelineEventView => ({
  id,
  u,
  laneIndex: 0,
  title: `Titel ${id}`,
  highlight,
  imageIds: [],
  partnerIds: [],
});
const single = (id: string, u: number): Mark => ({ key: id, u, uEnd: u, ids: [id], representativeId: id });
const events = new Map([event('a', 10), event('b', 20, true), event('c', 21), event('d', 30)].map((view) => [view.id, view]));
const input: MarkViewInput = {
  labels: new Map([
    ['a', 0],
    ['b', 2],
  ]),
  events,
  labelText: (id) => `Kurz ${id}`,
  thumbnail: (id) => (id === 'c' ? '/derived/bundle/thumb/bild "1".jpg' : undefined),
  worldYears: 40,
  clusterLabel: (count) => `${count} Ereignisse`,
};

describe('markViews', () => {
  it.each([
    {
      name: 'a single event with a label in row 0',
      mark: single('a', 10),
      expected: { identity: 'a', key: 'a', left: '25%', className: 'mark single', eventId: 'a', label: 'Kurz a', labelY: '0px', ariaLabel: 'Titel a' },
    },
    {
      name: 'a highlight with a label in row 2',
      mark: single('b', 20),
      expected: { identity: 'b', key: 'b', left: '50%', className: 'mark single highlight', eventId: 'b', label: 'Kurz b', labelY: '60px', ariaLabel: 'Titel b' },
    },
    {
      name: 'a single event without a placed label',
      mark: single('d', 30),
      expected: { identity: 'd', key: 'd', left: '75%', className: 'mark single', eventId: 'd', ariaLabel: 'Titel d' },
    },
    {
      name: 'a cluster: identity is its first event, thumbnail of its representative, count',
      mark: { key: 'cluster:b', u: 20, uEnd: 21, ids: ['b', 'c'], representativeId: 'c' },
      expected: {
        identity: 'b',
        key: 'cluster:b',
        left: '50%',
        className: 'mark cluster',
        count: '2',
        background: 'url("/derived/bundle/thumb/bild \\"1\\".jpg")',
        ariaLabel: '2 Ereignisse',
      },
    },
  ])('$name', ({ mark, expected }) => {
    expect(markViews([mark], input)).toEqual([expected]);
  });

  it.each([
    { name: 'a grown or whole text of this level replaces the short one', extra: { labelTexts: new Map([['a', 'Kurz a, ganz']]) }, label: 'Kurz a, ganz', className: 'mark single' },
    { name: 'a label left of its mark (at the right end)', extra: { leftLabels: new Set(['a']) }, label: 'Kurz a', className: 'mark single label-left' },
    { name: 'two lines left of the mark', extra: { labelTexts: new Map([['a', 'Kurz\na']]), leftLabels: new Set(['a']) }, label: 'Kurz\na', className: 'mark single two-line label-left' },
  ])('$name', ({ extra, label, className }) => {
    const [view] = markViews([single('a', 10)], { ...input, ...extra });
    expect(view).toMatchObject({ label, className });
  });

  it('leaves out a single mark whose event is unknown, keeps the order of the rest', () => {
    expect(markViews([single('a', 10), single('x', 12), single('d', 30)], input).map((view) => view.key)).toEqual(['a', 'd']);
  });

  it('escapes quotes and backslashes in a CSS url', () => {
    expect(cssUrl('a"b\\c')).toBe('url("a\\"b\\\\c")');
  });
});
