/**
 * Anonymous usage statistics (issue 18): what one visit sends and what the admin screen reads back. Only counts,
 * content ids of the bundle (events, partners, pictures) and the hour; never touch coordinates, free text or
 * anything that identifies a person. Shared by renderer and main; imports nothing.
 */

/** The four views of the kiosk, as counted. */
export const USAGE_MODES = ['timeline', 'gallery', 'map', 'partners'] as const;
/** The filter kinds, as counted. */
export const USAGE_FILTERS = ['partnerIds', 'countries', 'themes'] as const;
/** Most ids of one kind a single visit reports (more are dropped: a visitor who opens 40 events is rare). */
export const MAX_IDS_PER_VISIT = 40;

/**
 * Most visits one call may carry (the renderer sends each visit at its end, plus any that failed before). It lives
 * here, not beside the schema, so the renderer can read it without loading zod before its first frame.
 */
export const MAX_VISITS_PER_BATCH = 20;

/** One finished visit: from the first touch after idle to the idle reset. */
export interface VisitRecord {
  /** Local hour the visit started, `YYYY-MM-DDTHH` (nothing finer is ever stored). */
  hour: string;
  /** Length from the first to the last touch, s (the idle wait after the last touch is not counted). */
  seconds: number;
  /** The bundle shown, and its library version (`built-in` for shipped content). */
  bundleId: string;
  bundleVersion: string;
  /** Language at the end of the visit. */
  language: string;
  /** How often the visitor switched between views. */
  modeSwitches: number;
  /** Views the visitor used (each once). */
  modes: (typeof USAGE_MODES)[number][];
  /** Ids of the events, partner profiles and pictures (full screen) opened, each once per visit. */
  events: string[];
  partners: string[];
  images: string[];
  /** Highest gallery position reached, 1-based; 0 when the gallery was not used. */
  galleryReached: number;
  /** Filter kinds used (each once). */
  filters: (typeof USAGE_FILTERS)[number][];
  /** True when the visit began by touching the attract loop. */
  wake: boolean;
}

/** The period the admin screen shows: last 7 days, last 30 days, or since the shown exhibition first ran. */
export type UsagePeriod = 'week' | 'month' | 'run';

/** One entry of a top list: a content id, its German title in the shown bundle, and the visits that opened it. */
export interface UsageTopEntry {
  id: string;
  title: string;
  visits: number;
}

/** What the admin statistics panel shows. */
export interface UsageSummary {
  /** Whether recording is on (setting `usageStatistics`). */
  recording: boolean;
  /** First and last day of the period, `YYYY-MM-DD`, local. */
  from: string;
  to: string;
  visits: number;
  /** Median visit length, s (to 10 s); null without visits. */
  medianSeconds: number | null;
  /** Every day of the period, also those without visits. */
  perDay: { day: string; visits: number }[];
  /** Visits by starting hour 0–23 over the period. */
  perHour: number[];
  topEvents: UsageTopEntry[];
  topPartners: UsageTopEntry[];
  topImages: UsageTopEntry[];
  languages: { language: string; visits: number }[];
  modeSwitches: number;
  wakes: number;
  /** Visits that used each filter kind. */
  filters: { kind: string; visits: number }[];
}

/** A place the CSV can be written to: a mounted USB stick. */
export interface UsageTarget {
  id: string;
  label: string;
}
