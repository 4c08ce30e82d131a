/**
 * The labels of one lane at one zoom level, in three steps: placed right of their marks (labelPlacement.ts); at
 * the right end, where that left a label out or shortened it, tried left of the mark (labelSides.ts); then the
 * shortened labels grow into the room left to their right (labelGrowth.ts). In that order, so that a label that
 * would otherwise get nothing comes before a neighbour's few more characters.
 */
import { type PlacedLabel, roomRightOf } from './labelGrowth';
import { type FittedLabel, type LabelChoice, type LabelRows, placeLabelChoices } from './labelPlacement';
import { type LeftChoice, placeLeftOfMarks } from './labelSides';

/**
 * A shortened label grows into free room up to this many label widths (as a highlight on one row may): longer
 * one-line labels would be read as a sentence running across the lane rather than a mark's name.
 */
export const GROWN_LABEL_WIDTHS = 3;

/**
 * A label left of its mark is read from its start, away from the mark: on one row it gets at most this many label
 * widths, so it still reads as the mark's name.
 */
export const LEFT_LABEL_WIDTHS = 1.5;

/** Room for a grown label is rounded down to whole steps of this size, px, so fittings repeat across levels. */
export const GROWTH_STEP_PX = 40;

/** What {@link layoutLaneLabels} needs; widths and positions in px at the level's scale. */
export interface LaneLabelInput {
  /** Right of their marks; a roomy lane's first form is the whole title on two rows (see `wholeTexts`). */
  candidates: readonly LabelChoice[];
  /** The whole two-row titles of the candidates whose first form they are. */
  wholeTexts: ReadonlyMap<string, string>;
  rowCount: number;
  gapPx: number;
  /** Per row, extents [from, to) that labels must not cover (the marks reaching into it). */
  obstacles: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  /** Labels end before this x: the end of the timeline plus its padding. */
  maxRight: number;
  /** The longest label at normal length. */
  maxLabelWidth: number;
  /** Where a label left of the mark `key` ends (the mark's left edge less the label's spacing). */
  endOf: (key: string) => number;
  /** The label text at one label width (shortened with „…“ where the title is longer). */
  shortText: (key: string) => string;
  /** The title fitted into `width`, cut at a word's end where that keeps most of it. */
  fitted: (key: string, width: number) => FittedLabel;
  /** The whole title on two rows, where the lane is roomy and it fits; else undefined. */
  whole: (key: string) => FittedLabel | undefined;
}

/** The lane's labels: their rows, the texts that differ from `shortText`, those left of their mark, the widths. */
export interface LaneLabels {
  rows: LabelRows;
  texts: Map<string, string>;
  left: Set<string>;
  widths: Map<string, number>;
}

/** Lays out the labels of one lane; pure given pure callbacks. */
export function layoutLaneLabels(input: LaneLabelInput): LaneLabels {
  const { candidates, rowCount, gapPx, obstacles, maxRight } = input;
  const placed = placeLabelChoices(candidates, rowCount, gapPx, obstacles, maxRight);
  const texts = new Map<string, string>();
  for (const [key, text] of input.wholeTexts) if (placed.rows.has(key) && !placed.fallbacks.has(key)) texts.set(key, text);
  const laid = new Map<string, PlacedLabel>();
  for (const candidate of candidates) {
    const row = placed.rows.get(candidate.key);
    if (row === undefined) continue;
    const form = placed.fallbacks.has(candidate.key) && candidate.fallback ? candidate.fallback : candidate;
    laid.set(candidate.key, { key: candidate.key, x: candidate.x, width: form.width, row, rows: form.rows ?? 1 });
  }
  const left = placeLeftAtEnd(input, placed.rows, texts, laid);
  const room = roomRightOf([...laid.values()], rowCount, gapPx, obstacles, maxRight);
  const widths = new Map<string, number>();
  for (const label of laid.values()) {
    const space = Math.min(room.get(label.key) ?? 0, GROWN_LABEL_WIDTHS * input.maxLabelWidth);
    const shortened = !texts.has(label.key) && input.shortText(label.key).includes('…');
    // Less than one step of room: a character or two more would not be worth the fitting.
    if (!left.has(label.key) && label.rows === 1 && shortened && space >= label.width + GROWTH_STEP_PX) {
      const grown = input.fitted(label.key, Math.floor(space / GROWTH_STEP_PX) * GROWTH_STEP_PX);
      if (grown.text !== input.shortText(label.key)) texts.set(label.key, grown.text);
      label.width = grown.width;
    }
    widths.set(label.key, label.width);
  }
  return { rows: placed.rows, texts, left, widths };
}

/**
 * Moves labels left of their mark where the end of the timeline left them out or shortened them, and the left has
 * room: whole on two rows in a roomy lane, else on one row of up to {@link LEFT_LABEL_WIDTHS} widths. Updates
 * `rows`, `texts` and `laid` for those that move; returns their keys.
 */
function placeLeftAtEnd(input: LaneLabelInput, rows: LabelRows, texts: Map<string, string>, laid: Map<string, PlacedLabel>): Set<string> {
  const { candidates, rowCount, gapPx, obstacles, maxRight } = input;
  const room = roomRightOf([...laid.values()], rowCount, gapPx, obstacles, maxRight);
  const lineWidth = Math.floor((LEFT_LABEL_WIDTHS * input.maxLabelWidth) / GROWTH_STEP_PX) * GROWTH_STEP_PX;
  const choices: LeftChoice[] = [];
  const forms = new Map<string, { first: FittedLabel; line: FittedLabel }>();
  for (const candidate of candidates) {
    const label = laid.get(candidate.key);
    const shown = texts.get(candidate.key) ?? input.shortText(candidate.key);
    const leftOut = !label && candidate.x + candidate.width > maxRight;
    const cutAtEnd = label !== undefined && label.rows === 1 && shown.includes('…') && label.x + (room.get(label.key) ?? 0) >= maxRight - 1;
    if (!leftOut && !cutAtEnd) continue;
    const line = input.fitted(candidate.key, lineWidth);
    const whole = input.whole(candidate.key);
    // Worth moving only for more of the title than is shown on the right.
    if (!leftOut && !whole && line.text.length <= shown.length) continue;
    const first = whole ?? line;
    forms.set(candidate.key, { first, line });
    choices.push({
      key: candidate.key,
      end: input.endOf(candidate.key),
      width: first.width,
      rows: whole ? 2 : 1,
      priority: candidate.priority,
      ...(whole ? { fallback: { width: line.width, rows: 1 } } : {}),
    });
  }
  const moved = new Set<string>();
  if (choices.length === 0) return moved;
  // Everything placed so far is in the way, the right-hand forms of the retried labels included.
  const taken: Array<Array<readonly [number, number]>> = Array.from({ length: rowCount }, (_, row) => [...(obstacles[row] ?? [])]);
  for (const label of laid.values()) {
    for (let r = label.row; r < Math.min(rowCount, label.row + label.rows); r += 1) (taken[r] as Array<readonly [number, number]>).push([label.x, label.x + label.width + gapPx]);
  }
  const left = placeLeftOfMarks(choices, taken, rowCount, gapPx);
  for (const [key, row] of left.rows) {
    const form = forms.get(key);
    if (!form) continue;
    const label = left.fallbacks.has(key) ? form.line : form.first;
    rows.set(key, row);
    if (label.text !== input.shortText(key)) texts.set(key, label.text);
    else texts.delete(key);
    const end = input.endOf(key);
    laid.set(key, { key, x: end - label.width - gapPx, width: label.width, row, rows: label.text.includes('\n') ? 2 : 1 });
    moved.add(key);
  }
  return moved;
}
