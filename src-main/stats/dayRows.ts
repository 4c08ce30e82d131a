/**
 * Pure folding of visits into day rows: one row per day, bundle and bundle version, holding only counts. Recent
 * visits are folded on every read; visits older than the raw window are folded once and kept as rows (see
 * `usageStore.ts`), so both paths count the same way.
 */
import type { VisitRecord } from '../../src-shared/usageStats';

/** Width of a visit-length bucket, s: the median is known to this precision. */
export const DURATION_STEP_S = 10;
/** Longest visit length counted, s; longer ones (someone left a finger on the glass) count as this. */
export const MAX_DURATION_S = 2 * 60 * 60;

/** Counts of one day for one bundle version. */
export interface DayRow {
  /** `YYYY-MM-DD`, local. */
  day: string;
  bundleId: string;
  bundleVersion: string;
  visits: number;
  /** Visits by starting hour, 24 entries. */
  hours: number[];
  /** Visit lengths: bucket start in s → visits. */
  durations: Record<string, number>;
  languages: Record<string, number>;
  events: Record<string, number>;
  partners: Record<string, number>;
  images: Record<string, number>;
  modes: Record<string, number>;
  filters: Record<string, number>;
  /** Highest gallery position reached → visits (only visits that used the gallery). */
  gallery: Record<string, number>;
  modeSwitches: number;
  wakes: number;
}

/** The day of a visit, `YYYY-MM-DD`. */
export function visitDay(visit: VisitRecord): string {
  return visit.hour.slice(0, 10);
}

function emptyRow(day: string, bundleId: string, bundleVersion: string): DayRow {
  return {
    day,
    bundleId,
    bundleVersion,
    visits: 0,
    hours: Array.from({ length: 24 }, () => 0),
    durations: {},
    languages: {},
    events: {},
    partners: {},
    images: {},
    modes: {},
    filters: {},
    gallery: {},
    modeSwitches: 0,
    wakes: 0,
  };
}

function bump(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

/** The bucket (start, s) of a visit length. */
export function durationBucket(seconds: number): number {
  const clamped = Math.max(0, Math.min(MAX_DURATION_S, seconds));
  return Math.floor(clamped / DURATION_STEP_S) * DURATION_STEP_S;
}

const rowKey = (day: string, bundleId: string, version: string) => `${day}\u0000${bundleId}\u0000${version}`;

/** Adds visits to rows (a new array; the input rows are not changed). */
export function foldVisits(rows: readonly DayRow[], visits: Iterable<VisitRecord>): DayRow[] {
  const byKey = new Map(rows.map((row) => [rowKey(row.day, row.bundleId, row.bundleVersion), structuredClone(row)]));
  for (const visit of visits) {
    const day = visitDay(visit);
    const key = rowKey(day, visit.bundleId, visit.bundleVersion);
    let row = byKey.get(key);
    if (!row) byKey.set(key, (row = emptyRow(day, visit.bundleId, visit.bundleVersion)));
    row.visits += 1;
    const hour = Number(visit.hour.slice(11, 13));
    if (hour >= 0 && hour < 24) row.hours[hour]! += 1;
    bump(row.durations, String(durationBucket(visit.seconds)));
    bump(row.languages, visit.language);
    for (const id of visit.events) bump(row.events, id);
    for (const id of visit.partners) bump(row.partners, id);
    for (const id of visit.images) bump(row.images, id);
    for (const mode of visit.modes) bump(row.modes, mode);
    for (const kind of visit.filters) bump(row.filters, kind);
    if (visit.galleryReached > 0) bump(row.gallery, String(visit.galleryReached));
    row.modeSwitches += visit.modeSwitches;
    if (visit.wake) row.wakes += 1;
  }
  return [...byKey.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.bundleId.localeCompare(b.bundleId) || a.bundleVersion.localeCompare(b.bundleVersion)));
}

/** Merges rows of the same day, bundle and version (e.g. kept rows and freshly folded ones). */
export function mergeRows(rows: readonly DayRow[]): DayRow[] {
  const byKey = new Map<string, DayRow>();
  for (const row of rows) {
    const key = rowKey(row.day, row.bundleId, row.bundleVersion);
    const into = byKey.get(key);
    if (!into) {
      byKey.set(key, structuredClone(row));
      continue;
    }
    into.visits += row.visits;
    row.hours.forEach((count, hour) => (into.hours[hour] = (into.hours[hour] ?? 0) + count));
    for (const name of ['durations', 'languages', 'events', 'partners', 'images', 'modes', 'filters', 'gallery'] as const) {
      for (const [key2, count] of Object.entries(row[name])) bump(into[name], key2, count);
    }
    into.modeSwitches += row.modeSwitches;
    into.wakes += row.wakes;
  }
  return [...byKey.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
