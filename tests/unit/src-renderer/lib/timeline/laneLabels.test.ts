import { describe, expect, it } from 'vitest';
import { fitLabelAtWord } from '../../../../../src-renderer/lib/timeline/labelGrowth';
import { fitLabel, type LabelChoice } from '../../../../../src-renderer/lib/timeline/labelPlacement';
import { layoutLaneLabels, type LaneLabelInput } from '../../../../../src-renderer/lib/timeline/laneLabels';

/** 10 px per character; a label is 200 px at most; marks of radius 20 with labels 6 px beside them. */
const measure = (text: string): number => text.length * 10;
const MAX = 200;

function lane(marks: Record<string, { center: number; title: string }>, maxRight: number): LaneLabelInput {
  const short = (key: string) => fitLabel(marks[key]!.title, MAX, measure);
  return {
    candidates: Object.entries(marks).map(([key, { center }]): LabelChoice => ({ key, x: center + 26, width: short(key).width, priority: 0 })),
    wholeTexts: new Map(),
    rowCount: 1,
    gapPx: 10,
    obstacles: [Object.values(marks).map(({ center }) => [center - 20, center + 20] as const)],
    maxRight,
    maxLabelWidth: MAX,
    endOf: (key) => marks[key]!.center - 26,
    shortText: (key) => short(key).text,
    fitted: (key, width) => fitLabelAtWord(marks[key]!.title, width, measure),
    whole: () => undefined,
  };
}

describe('layoutLaneLabels', () => {
  it('a label left out at the end goes left of its mark before a neighbour grows into that room', () => {
    const result = layoutLaneLabels(
      lane({ a: { center: 100, title: 'Der Anfang einer langen Geschichte der Partnerschaft' }, b: { center: 900, title: 'Das Jubiläum 2026' } }, 1000),
    );
    expect(result.left).toEqual(new Set(['b']));
    expect(Object.fromEntries(result.rows)).toEqual({ a: 0, b: 0 });
    // a grew, but only up to where b's label begins (less the gap).
    const aEnd = 126 + (result.widths.get('a') as number);
    const bStart = 874 - (result.widths.get('b') as number);
    expect(result.texts.get('a')?.length).toBeGreaterThan(20);
    expect(aEnd).toBeLessThanOrEqual(bStart - 10);
  });

  it('nothing at the end: labels stay right of their marks and grow', () => {
    const result = layoutLaneLabels(lane({ a: { center: 100, title: 'Der Anfang einer langen Geschichte der Partnerschaft' } }, 2000));
    expect(result.left.size).toBe(0);
    expect(result.texts.get('a')).toBe('Der Anfang einer langen Geschichte der Partnerschaft');
  });
});
