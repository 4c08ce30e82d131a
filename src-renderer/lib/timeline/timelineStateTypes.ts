/** The shapes around `TimelineState`: its source, options, and the snapshot tests read. */
import type { BundleManifest, LanguageCode } from '../../../src-shared/bundleSchema';
import type { LaneGroup } from './laneLayout';
import type { FrameClock } from './viewMotion';

/** What the timeline shows: read through a getter, so a new filter or language rebuilds the model. */
export interface TimelineSource {
  /** The manifest narrowed to the visitor's filters. */
  manifest: BundleManifest;
  /** The lanes grouped by the exhibition model. */
  laneGroups: readonly LaneGroup[];
  /** Event starts parsed by the exhibition index, ms. */
  eventStartMs: ReadonlyMap<string, number>;
  language: LanguageCode;
  /** URL of an image's thumbnail, `undefined` for an unknown id. */
  thumbnailUrl: (imageId: string) => string | undefined;
  /** Size of the labels relative to normal text: 1.25 in large-text mode (styles/typeScale.css); 1 when absent. */
  labelScale?: number;
}

export interface TimelineStateOptions {
  source: () => TimelineSource;
  /** The current time, ms: the layout is computed for this moment. */
  nowMs: number;
  /** Width of a label text in the label font, px. */
  measure: (text: string) => number;
  /** Frames and time; the browser's by default. */
  clock?: FrameClock;
}

/** What tests read of the live view (through the window hook, never DOM attributes). */
export interface TimelineSnapshot {
  /** Zoom, px per year. */
  k: number;
  /** Screen x of the world's start, px. */
  x: number;
  /** Vertical lane offset, px. */
  y: number;
  level: number;
  /** A gesture or animation runs, or the marks are not yet laid out for the zoom it ended at. */
  moving: boolean;
  /** The calendar years at the surface's left and right edges (fractional), e.g. `[1963.4, 2029.1]`. */
  visibleYears: [number, number];
}
