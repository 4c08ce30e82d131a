/**
 * Pixel sizes of the timeline surface at kiosk scale (a 1920×1080 or 1080×1920 screen at arm's length), in one
 * place so layout code and components agree.
 */
import type { Lane, LaneMetrics } from './laneLayout';
import type { MarkMetrics } from './timelineModel';

/** Fixed sizes, px. */
export const SURFACE = {
  /** Strip at the top with the era names. */
  eraStrip: 40,
  /** Axis with tick labels at the bottom. */
  axisHeight: 56,
  /** Vertical centre of the marks inside a lane. */
  markY: 34,
  /** Radius of clusters; hit areas are 56 px whatever the visible size. */
  markRadius: 26,
  /** Centre of label row 1, below the marks. */
  labelRow1Y: 66,
  labelRowHeight: 28,
  /** Height of one partnership bar and the space it takes. */
  spanHeight: 8,
  spanRow: 10,
  laneGap: 4,
  /** Font of event labels at normal text size (the type scale's floor); measured with canvas, so it must match the CSS. */
  labelFont: '700 20px "Atkinson Hyperlegible"',
  labelFontSize: 20,
  maxLabelWidth: 260,
  /** Space at each end of the timeline at the widest view. */
  padding: 48,
} as const;

/** Height of the partnership bars at the bottom of a lane, px. */
export function spanArea(lane: Pick<Lane, 'partnerIds'>): number {
  return 6 + Math.max(1, lane.partnerIds.length) * SURFACE.spanRow;
}

/** Most label rows per lane: beyond that a tall lane only gets emptier. */
export const MAX_LABEL_ROWS = 5;

/**
 * Lane sizes that fill `surfaceHeight` px with `laneCount` lanes holding `extraRows` group rows, at least 72 px
 * per lane so lanes stay tappable, at most what {@link MAX_LABEL_ROWS} rows of labels can use.
 */
export function laneMetricsFor(surfaceHeight: number, laneCount: number, extraRows: number): LaneMetrics {
  const available = surfaceHeight - SURFACE.eraStrip - SURFACE.axisHeight - extraRows * SURFACE.spanRow;
  const perLane = Math.floor(available / Math.max(1, laneCount)) - SURFACE.laneGap;
  const tallest = labelRowY(MAX_LABEL_ROWS - 1) + SURFACE.labelRowHeight / 2 + 16;
  return { laneHeight: Math.max(72, Math.min(tallest, perLane)), groupRowHeight: SURFACE.spanRow, gap: SURFACE.laneGap };
}

/** Centre of label row `row` below the lane's top, px: row 0 beside the marks, further rows below them. */
export function labelRowY(row: number): number {
  return row === 0 ? SURFACE.markY : SURFACE.labelRow1Y + (row - 1) * SURFACE.labelRowHeight;
}

/** Label rows that fit into `lane` above its partnership bars. */
export function labelRowsFor(lane: Lane): number {
  let rows = 1;
  while (rows < MAX_LABEL_ROWS && labelRowY(rows) + SURFACE.labelRowHeight / 2 <= lane.height - spanArea(lane)) rows += 1;
  return rows;
}

/** Mark metrics for the model. */
export const MARK_METRICS: MarkMetrics = {
  clusterGap: 64,
  markRadius: SURFACE.markRadius,
  maxLabelWidth: SURFACE.maxLabelWidth,
  labelGap: 16,
  labelRows: labelRowsFor,
  minTickSpacing: 120,
  padding: SURFACE.padding,
};
