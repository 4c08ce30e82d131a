import { describe, expect, it } from 'vitest';
import { placeLabels, wrapLabel } from '../../../../../src-renderer/lib/timeline/labelPlacement';

/** 10 px per character: easy widths to reason about. */
const measure = (text: string) => text.length * 10;

/** Issue 12: a highlighted title stays whole at the overview, on two lines where needed. */
describe('wrapLabel', () => {
  const cases = [
    { name: 'fits on one line: unchanged', text: 'Kurz', max: 100, expected: 'Kurz' },
    { name: 'two lines, broken where the longer line is shortest', text: 'Die Partnerschaftsurkunde wird unterzeichnet', max: 260, expected: 'Die Partnerschaftsurkunde\nwird unterzeichnet' },
    { name: 'balanced break', text: 'aaaa bbbb cccc dddd', max: 150, expected: 'aaaa bbbb\ncccc dddd' },
    { name: 'too long for two lines: only the second line ends in an ellipsis', text: 'aaaa bbbb cccc dddd eeee ffff', max: 100, expected: 'aaaa bbbb\ncccc dddd…' },
  ];
  for (const { name, text, max, expected } of cases) {
    it(name, () => {
      const label = wrapLabel(text, max, measure);
      expect(label.text).toBe(expected);
      for (const line of label.text.split('\n')) expect(measure(line)).toBeLessThanOrEqual(max);
      expect(label.width).toBe(Math.max(...label.text.split('\n').map(measure)));
    });
  }
});

describe('placeLabels with two-row labels', () => {
  it('puts a two-row label where both rows are free and keeps both rows for it', () => {
    const placed = placeLabels(
      [
        { key: 'hoch', x: 0, width: 100, priority: 1, rows: 2 },
        { key: 'unten', x: 50, width: 40, priority: 0 },
        { key: 'daneben', x: 200, width: 40, priority: 0 },
      ],
      3,
      10,
    );
    expect(placed.get('hoch')).toBe(0);
    expect(placed.get('unten')).toBe(2);
    expect(placed.get('daneben')).toBe(0);
  });

  it('leaves a two-row label out when the lane has one row', () => {
    expect(placeLabels([{ key: 'hoch', x: 0, width: 100, priority: 1, rows: 2 }], 1, 10).has('hoch')).toBe(false);
  });
});
