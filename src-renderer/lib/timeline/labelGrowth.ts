/**
 * Placed labels that had to be shortened take the free room to their right (a visitor reads „Ein Harzer Botschafter
 * in Belfort“ where the lane is empty, not „Ein Harzer Botschafter in…“). Growing happens after placement, so it
 * never costs another label its place: a label only reaches up to the next thing in its row.
 */
import { fitLabel, type FittedLabel } from './labelPlacement';

/** A label as placed: its anchor and width at the layout scale (px), the row it sits in, the rows it takes. */
export interface PlacedLabel {
  key: string;
  x: number;
  width: number;
  row: number;
  rows: number;
}

/**
 * The room right of each one-row label, px: from its anchor up to the next label or obstacle in its row (less
 * `gapPx`), or up to `maxRight`. Two-row labels get none (they are whole titles already).
 * @param obstacles Per row, extents [from, to) px that labels must not cover (the marks reaching into it).
 */
export function roomRightOf(
  labels: readonly PlacedLabel[],
  rowCount: number,
  gapPx: number,
  obstacles: ReadonlyArray<ReadonlyArray<readonly [number, number]>>,
  maxRight: number,
): Map<string, number> {
  // The starts of everything in each row, sorted: the next start right of a label's anchor bounds its room.
  const starts: number[][] = Array.from({ length: rowCount }, (_, row) => (obstacles[row] ?? []).map(([from]) => from));
  for (const label of labels) {
    for (let r = label.row; r < Math.min(rowCount, label.row + label.rows); r += 1) (starts[r] as number[]).push(label.x);
  }
  for (const row of starts) row.sort((a, b) => a - b);
  const room = new Map<string, number>();
  for (const label of labels) {
    if (label.rows !== 1 || label.row >= rowCount) continue;
    const row = starts[label.row] as number[];
    const next = row[firstAfter(row, label.x)] ?? Number.POSITIVE_INFINITY;
    room.set(label.key, Math.min(next - gapPx, maxRight) - label.x);
  }
  return room;
}

/** Index of the first value > `x` in sorted `values` (its length when none). */
function firstAfter(values: readonly number[], x: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((values[mid] as number) <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** A shortened label keeps at least this share of its characters when it is cut at a word's end instead. */
const WORD_CUT_MIN_SHARE = 0.6;

/**
 * `text` fitted into `maxWidth` px like {@link fitLabel}, but a cut inside a word moves back to the last word's end
 * when that keeps most of the text („Kooperationsvereinbarung mit…“ rather than „Kooperationsvereinbarung mit de…“).
 * @param measure Width of a text in px at the label font; must be pure.
 */
export function fitLabelAtWord(text: string, maxWidth: number, measure: (text: string) => number): FittedLabel {
  const fitted = fitLabel(text, maxWidth, measure);
  if (!fitted.text.endsWith('…') || fitted.text === text) return fitted;
  const kept = fitted.text.slice(0, -1);
  if (/\s/.test(text.charAt(kept.length)) || kept.length === 0) return fitted;
  const lastSpace = kept.lastIndexOf(' ');
  if (lastSpace < WORD_CUT_MIN_SHARE * kept.length) return fitted;
  const cut = `${kept.slice(0, lastSpace).trimEnd()}…`;
  return { text: cut, width: measure(cut) };
}
