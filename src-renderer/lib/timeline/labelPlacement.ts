/**
 * Collision-free label placement at kiosk font sizes: each label sits right of its mark in one of a lane's label
 * rows; a label that fits in no row is left out (its mark stays tappable). Placed at the smallest scale of a zoom
 * level, so labels cannot collide anywhere in that level: marks only move apart as the view zooms in.
 */

/** A label candidate: anchor position in px (at the layout scale), width in px, and how much it matters. */
export interface LabelCandidate {
  key: string;
  x: number;
  width: number;
  /** Higher first; ties keep input order. */
  priority: number;
  /** Consecutive rows the label takes (2 for a highlight's two-line title); 1 when absent. */
  rows?: number;
}

/** The placed labels: key → row index (0 = nearest the marks). */
export type LabelRows = Map<string, number>;

/**
 * Places `candidates` into `rows` rows. A row holds labels whose extents [x, x + width + gapPx) do not overlap.
 * @param obstacles Per row, extents [from, to) px that labels must not cover (the marks reaching into it).
 * @param maxRight Labels may not extend past this x (px), e.g. the end of the domain; `Infinity` for none.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  rows: number,
  gapPx: number,
  obstacles: ReadonlyArray<ReadonlyArray<readonly [number, number]>> = [],
  maxRight = Number.POSITIVE_INFINITY,
): LabelRows {
  const placed: LabelRows = new Map();
  if (rows <= 0) return placed;
  // Rows that marks reach into start occupied by them (merged), so a label never covers a mark.
  const occupied: Array<Array<[number, number]>> = Array.from({ length: rows }, (_, row) => {
    const merged: Array<[number, number]> = [];
    for (const [a, b] of byStart(obstacles[row] ?? [])) {
      const last = merged[merged.length - 1];
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else merged.push([a, b]);
    }
    return merged;
  });
  const order = candidates
    .map((candidate, index) => ({ candidate, index }))
    .sort((a, b) => b.candidate.priority - a.candidate.priority || a.index - b.index);
  for (const { candidate } of order) {
    const start = candidate.x;
    const end = candidate.x + candidate.width + gapPx;
    if (candidate.x + candidate.width > maxRight) continue;
    const span = candidate.rows ?? 1;
    // Intervals in a row never overlap, so sorted by start they are sorted by end too: check the neighbours.
    const free = (row: number): boolean => {
      const taken = occupied[row] as Array<[number, number]>;
      const index = firstStartingAtOrAfter(taken, start);
      const before = taken[index - 1];
      const after = taken[index];
      return !((before && before[1] > start) || (after && after[0] < end));
    };
    for (let row = 0; row + span <= rows; row += 1) {
      let fits = true;
      for (let r = row; r < row + span && fits; r += 1) fits = free(r);
      if (!fits) continue;
      for (let r = row; r < row + span; r += 1) {
        const taken = occupied[r] as Array<[number, number]>;
        taken.splice(firstStartingAtOrAfter(taken, start), 0, [start, end]);
      }
      placed.set(candidate.key, row);
      break;
    }
  }
  return placed;
}

/** A candidate with a second form (e.g. a shortened title on one row) tried where its first form fits nowhere. */
export interface LabelChoice extends LabelCandidate {
  /** The second form; `x` when it starts elsewhere than the first (a label left of its mark ends at the mark). */
  fallback?: { width: number; rows?: number; x?: number };
}

/**
 * {@link placeLabels} for candidates with two forms: every first form is placed as usual; then the fallback forms
 * of those left out are placed in the room the first pass left (the placed labels count as obstacles). Used to
 * give roomy lanes whole titles on two rows without losing the labels only a shortened form would have fitted.
 * @returns The rows of all placed labels, and the keys placed in their fallback form.
 */
export function placeLabelChoices(
  candidates: readonly LabelChoice[],
  rows: number,
  gapPx: number,
  obstacles: ReadonlyArray<ReadonlyArray<readonly [number, number]>> = [],
  maxRight = Number.POSITIVE_INFINITY,
): { rows: LabelRows; fallbacks: Set<string> } {
  const placed = placeLabels(candidates, rows, gapPx, obstacles, maxRight);
  const fallbacks = new Set<string>();
  const retry = candidates.filter((candidate) => candidate.fallback && !placed.has(candidate.key));
  if (retry.length === 0) return { rows: placed, fallbacks };
  const taken: Array<Array<readonly [number, number]>> = Array.from({ length: rows }, (_, row) => [...(obstacles[row] ?? [])]);
  for (const candidate of candidates) {
    const row = placed.get(candidate.key);
    if (row === undefined) continue;
    for (let r = row; r < Math.min(rows, row + (candidate.rows ?? 1)); r += 1) {
      (taken[r] as Array<readonly [number, number]>).push([candidate.x, candidate.x + candidate.width + gapPx]);
    }
  }
  const second = placeLabels(
    retry.map(({ key, x, priority, fallback }) => ({ key, x: fallback!.x ?? x, priority, width: fallback!.width, rows: fallback!.rows ?? 1 })),
    rows,
    gapPx,
    taken,
    maxRight,
  );
  for (const [key, row] of second) {
    placed.set(key, row);
    fallbacks.add(key);
  }
  return { rows: placed, fallbacks };
}

/** A label text fitted to a width, with its measured width in px. */
export interface FittedLabel {
  text: string;
  width: number;
}

/**
 * `text` shortened with an ellipsis so that `measure(text)` ≤ `maxWidth` px (unchanged when it fits), and its
 * width: the longest prefix that fits, as a binary search over the cut would find it. The search starts where the
 * full width says the cut must lie (characters in proportion to width) and steps from there, so a typical label
 * costs 2–4 measurements of short texts instead of 1 + ⌈log₂(length + 1)⌉ of long ones (never more than
 * 1 + MAX_STEPS + ⌈log₂(length + 1)⌉) – each is a canvas
 * `measureText` in the kiosk, and 5,000 titles of 40–80 characters made it the largest cost of the first frame.
 * After {@link MAX_STEPS} steps it falls back to a binary search inside the range it has narrowed.
 * @param measure Width of a text in px at the label font; must be pure (same text, same width).
 */
export function fitLabel(text: string, maxWidth: number, measure: (text: string) => number): FittedLabel {
  const fullWidth = measure(text);
  if (fullWidth <= maxWidth) return { text, width: fullWidth };
  const cut = (length: number) => `${text.slice(0, length).trimEnd()}…`;
  // Invariant: prefixes up to `low` fit (0 always does, as the empty label), prefixes from `high + 1` do not.
  let low = 0;
  let lowWidth: number | undefined;
  let high = text.length - 1;
  let guess = Math.min(high, Math.max(1, Math.floor((text.length * maxWidth) / fullWidth)));
  for (let step = 0; step < MAX_STEPS && low < high; step += 1) {
    const width = measure(cut(guess));
    if (width <= maxWidth) {
      low = guess;
      lowWidth = width;
      guess += 1;
    } else {
      high = guess - 1;
      guess -= 1;
    }
    if (guess <= low || guess > high) break;
  }
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const width = measure(cut(mid));
    if (width <= maxWidth) {
      low = mid;
      lowWidth = width;
    } else high = mid - 1;
  }
  const fitted = cut(low);
  return { text: fitted, width: lowWidth ?? measure(fitted) };
}

/** Steps from the proportional guess before {@link fitLabel} falls back to a binary search. */
const MAX_STEPS = 3;

/**
 * `text` on at most two lines of at most `maxWidth` px each, broken at the space that makes the longer line
 * shortest (issue 12: a highlighted event keeps its whole title at the overview). The lines are joined with `\n`;
 * the width is the longer line's. Only a title too long for two lines gets an ellipsis on its second line.
 */
export function wrapLabel(text: string, maxWidth: number, measure: (text: string) => number): FittedLabel {
  const whole = measure(text);
  if (whole <= maxWidth) return { text, width: whole };
  let best: { first: string; second: string; width: number } | undefined;
  for (let index = text.indexOf(' '); index > 0; index = text.indexOf(' ', index + 1)) {
    const first = text.slice(0, index).trimEnd();
    const firstWidth = measure(first);
    if (firstWidth > maxWidth) break;
    const second = text.slice(index + 1).trimStart();
    const width = Math.max(firstWidth, measure(second));
    if (!best || width < best.width) best = { first, second, width };
  }
  if (!best) return fitLabel(text, maxWidth, measure);
  const second = fitLabel(best.second, maxWidth, measure);
  return { text: `${best.first}\n${second.text}`, width: Math.max(measure(best.first), second.width) };
}

/**
 * `text` shortened with an ellipsis so that `measure(text)` ≤ `maxWidth` px; unchanged when it fits.
 * @param measure Width of a text in px at the label font (canvas `measureText` in the browser).
 */
export function truncateToWidth(text: string, maxWidth: number, measure: (text: string) => number): string {
  return fitLabel(text, maxWidth, measure).text;
}

/** `extents` sorted by start (stable); marks arrive sorted already, so the copy and sort are skipped then. */
function byStart(extents: ReadonlyArray<readonly [number, number]>): ReadonlyArray<readonly [number, number]> {
  for (let i = 1; i < extents.length; i += 1) {
    if (!((extents[i - 1] as readonly [number, number])[0] <= (extents[i] as readonly [number, number])[0])) {
      return [...extents].sort((p, q) => p[0] - q[0]);
    }
  }
  return extents;
}

function firstStartingAtOrAfter(intervals: ReadonlyArray<readonly [number, number]>, x: number): number {
  let low = 0;
  let high = intervals.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((intervals[mid] as readonly [number, number])[0] < x) low = mid + 1;
    else high = mid;
  }
  return low;
}
