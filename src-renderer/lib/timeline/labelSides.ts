/**
 * Labels left of their mark, at the timeline's right end: there a label right of its mark runs into the end
 * (beside „Heute“, where the latest events stand), so it was shortened or left out. Left of the mark it can be
 * shown whole. Only those labels move; everywhere else labels stay right of their marks, so a visitor never has
 * to guess which side a label belongs to.
 */
import { type LabelCandidate, type LabelRows, placeLabels } from './labelPlacement';

/** A label to try left of its mark: it ends at `end` px (the mark's left edge less the label's spacing). */
export interface LeftChoice {
  key: string;
  end: number;
  width: number;
  rows: number;
  priority: number;
  /** A second form (e.g. one row instead of two), tried where the first finds no room. */
  fallback?: { width: number; rows: number };
}

/**
 * Places `choices` left of their marks in the room `taken` leaves: each row's extents [from, to) px of marks and
 * of the labels placed so far. A label left of its mark sits at the mark's height – one row in row 0 beside the
 * disc, two rows in rows 0 and 1 – because lower down it would end beside nothing and read as the name of the
 * mark on its left. Choices that find no room, or would start left of 0, are left out (the caller keeps what they
 * had).
 * @returns The rows of the choices placed (always 0), and those placed in their fallback form.
 */
export function placeLeftOfMarks(
  choices: readonly LeftChoice[],
  taken: ReadonlyArray<ReadonlyArray<readonly [number, number]>>,
  rowCount: number,
  gapPx: number,
): { rows: LabelRows; fallbacks: Set<string> } {
  // As candidates: the extent [x, x + width + gap) of a label left of its mark is the gap before it and the label.
  const asCandidate = (key: string, end: number, form: { width: number; rows: number }, priority: number): LabelCandidate | undefined => {
    const x = end - form.width - gapPx;
    return x < 0 ? undefined : { key, x, width: form.width, priority, rows: form.rows };
  };
  const rows: LabelRows = new Map();
  const fallbacks = new Set<string>();
  const occupied = Array.from({ length: Math.min(2, rowCount) }, (_, row) => [...(taken[row] ?? [])]);
  // First the two-row forms (they need rows 0 and 1), then the one-row forms and the fallbacks, in row 0.
  const twoRow = new Map<string, LabelCandidate>();
  for (const choice of choices) {
    const candidate = choice.rows === 2 ? asCandidate(choice.key, choice.end, choice, choice.priority) : undefined;
    if (candidate) twoRow.set(choice.key, candidate);
  }
  for (const [key] of placeLabels([...twoRow.values()], Math.min(2, rowCount), gapPx, occupied)) {
    const placed = twoRow.get(key) as LabelCandidate;
    rows.set(key, 0);
    for (const row of occupied) row.push([placed.x, placed.x + placed.width + gapPx]);
  }
  const oneRow: LabelCandidate[] = [];
  for (const choice of choices) {
    if (rows.has(choice.key)) continue;
    const form = choice.rows === 2 ? choice.fallback : choice;
    const candidate = form && form.rows === 1 ? asCandidate(choice.key, choice.end, form, choice.priority) : undefined;
    if (candidate) oneRow.push(candidate);
  }
  for (const [key] of placeLabels(oneRow, Math.min(1, rowCount), gapPx, occupied)) {
    rows.set(key, 0);
    if (twoRow.has(key)) fallbacks.add(key);
  }
  return { rows, fallbacks };
}
