/** The shapes of the precomputed timeline model and of its input; built by `buildTimelineModel`. */
import type { BundleManifest, LanguageCode } from '../../../src-shared/bundleSchema';
import type { Mark } from './clustering';
import type { LabelRows } from './labelPlacement';
import type { Lane, LaneGroup, LaneMetrics } from './laneLayout';
import type { TickStep } from './ticks';
import type { TimeDomain, ZoomLimits } from './timeAxis';

/** Sizes (px) that decide clustering and labels; kiosk font sizes. */
export interface MarkMetrics {
  /** Marks closer than this merge into a cluster. */
  clusterGap: number;
  /** Radius of a mark's visible disc (clusters are drawn this big, single events smaller). */
  markRadius: number;
  /** Longest label. */
  maxLabelWidth: number;
  /** Space between labels. */
  labelGap: number;
  /** Label rows per lane (row 0 beside the marks, row 1 below them). */
  labelRows: (lane: Lane) => number;
  /** Axis ticks keep at least this spacing. */
  minTickSpacing: number;
  /** Space kept at each end of the timeline at the widest view. */
  padding: number;
}

export interface TimelineEventView {
  id: string;
  u: number;
  laneIndex: number;
  title: string;
  highlight: boolean;
  imageIds: string[];
  partnerIds: string[];
}

export interface PartnerSpan {
  partnerId: string;
  laneIndex: number;
  /** Row inside a group lane, 0 for a single partner. */
  row: number;
  u0: number;
  u1: number;
  color: string;
  ongoing: boolean;
}

export interface EraBand {
  id: string;
  label: string;
  u0: number;
  u1: number;
}

/** The layout of one zoom level: marks and labels of each lane, and the axis step. */
export interface LevelLayout {
  k: number;
  tickStep: TickStep;
  lanes: Array<{
    marks: Mark[];
    labels: LabelRows;
    /** Label texts of this level that differ from the model's `labelText` (a whole title on two rows, a grown one). */
    labelTexts?: ReadonlyMap<string, string>;
    /** Events whose label sits left of the mark (at the timeline's right end, where the right has no room). */
    leftLabels?: ReadonlySet<string>;
  }>;
  /** The widest label of this level, px (at least the label width): how far a label reaches right of its mark. */
  labelReach: number;
  /** The widest label left of its mark in this level, px; 0 when there is none. */
  labelReachLeft: number;
}

export interface TimelineModel {
  domain: TimeDomain;
  limits: ZoomLimits;
  lanes: Lane[];
  laneColors: string[];
  partnerColors: Map<string, string>;
  events: Map<string, TimelineEventView>;
  spans: PartnerSpan[];
  eras: EraBand[];
  /** Number of zoom levels. */
  levelCount: number;
  /**
   * The layout of zoom level `z`, computed on first use and kept: level 0 is built with the model, the others
   * are warmed in idle time by the component, so no layout work happens while a finger moves.
   */
  level: (z: number) => LevelLayout;
  /** An event's title shortened to the label width; measured on first use (most events sit in clusters). */
  labelText: (eventId: string) => string;
  /** World position of `now`, years. */
  nowU: number;
}

/** What `buildTimelineModel` needs: the bundle, language, now, surface size and the kiosk metrics. */
export interface ModelInput {
  manifest: BundleManifest;
  language: LanguageCode;
  /** The current time in ms; spans without an end run to it. */
  nowMs: number;
  /** Surface width in px. */
  width: number;
  laneMetrics: LaneMetrics;
  markMetrics: MarkMetrics;
  /** Width in px of a label text at the kiosk label font. */
  measure: (text: string) => number;
  /** Background colour the partner colours must stand out against. */
  background: string;
  /** The lanes as grouped by the exhibition model (once per language and filters); grouped here if absent. */
  laneGroups?: readonly LaneGroup[];
  /** Event starts parsed by the exhibition index, ms; parsed here if absent. */
  eventStartMs?: ReadonlyMap<string, number>;
}
