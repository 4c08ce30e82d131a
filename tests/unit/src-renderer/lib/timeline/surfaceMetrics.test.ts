import { describe, expect, it } from 'vitest';
import type { Lane } from '../../../../../src-renderer/lib/timeline/laneLayout';
import {
  labelRowsFor,
  labelRowY,
  laneMetricsFor,
  MAX_LABEL_ROWS,
  SURFACE,
  spanArea,
} from '../../../../../src-renderer/lib/timeline/surfaceMetrics';

const lane = (height: number, members = 1): Lane => ({
  id: 'l',
  kind: members > 1 ? 'group' : 'partner',
  label: 'L',
  partnerIds: Array.from({ length: members }, (_, i) => `p${i}`),
  top: 0,
  height,
});

describe('laneMetricsFor', () => {
  it.each([
    { name: 'landscape with 8 lanes fills the height', height: 900, lanes: 8, extra: 2, expected: 94 },
    { name: 'many lanes stay tappable', height: 900, lanes: 30, extra: 0, expected: 72 },
    { name: 'portrait lanes stop growing', height: 1700, lanes: 3, extra: 0, expected: labelRowY(MAX_LABEL_ROWS - 1) + 30 },
  ])('$name', ({ height, lanes, extra, expected }) => {
    expect(laneMetricsFor(height, lanes, extra).laneHeight).toBe(expected);
  });
});

describe('labelRowsFor', () => {
  it.each([
    { height: 72, members: 1, rows: 1 },
    { height: 100, members: 1, rows: 2 },
    { height: 100, members: 4, rows: 1 },
    { height: 400, members: 1, rows: MAX_LABEL_ROWS },
  ])('a $height px lane with $members partnerships has $rows rows', ({ height, members, rows }) => {
    const result = labelRowsFor(lane(height, members));
    expect(result).toBe(rows);
    // Every row fits above the partnership bars.
    expect(labelRowY(result - 1) + SURFACE.labelRowHeight / 2).toBeLessThanOrEqual(Math.max(height - spanArea(lane(height, members)), SURFACE.markY + 14));
  });
});
