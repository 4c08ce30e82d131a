/** Pure: turns day rows into what the admin screen and the CSV show, for one period. */
import type { UsagePeriod, UsageSummary, UsageTopEntry } from '../../src-shared/usageStats';
import { mergeRows, type DayRow } from './dayRows';

/** How many entries each top list has. */
export const TOP_LIST_LENGTH = 10;

/** `YYYY-MM-DD` of a local date. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The day `days` after `day` (negative: before), `YYYY-MM-DD`; calendar arithmetic, no time zone involved. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Every day from `from` to `to`, both included. */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  for (let day = from; day <= to && days.length < 3700; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * The first and last day of a period ending `today`: `week` the last 7 days, `month` the last 30, `run` since the
 * first day with visits to the bundle `bundleId` (the exhibition's run; today when it has none yet).
 */
export function periodRange(period: UsagePeriod, today: string, rows: readonly DayRow[], bundleId: string): { from: string; to: string } {
  if (period === 'week') return { from: addDays(today, -6), to: today };
  if (period === 'month') return { from: addDays(today, -29), to: today };
  const first = rows.filter((row) => row.bundleId === bundleId).reduce<string | undefined>((min, row) => (min === undefined || row.day < min ? row.day : min), undefined);
  return { from: first ?? today, to: today };
}

/** The median of a bucket histogram (bucket start → count), or null when empty. */
export function medianOfBuckets(buckets: Record<string, number>): number | null {
  const entries = Object.entries(buckets)
    .map(([bucket, count]) => [Number(bucket), count] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  // The lower median: the bucket holding visit number ⌈total / 2⌉ in length order.
  let seen = 0;
  for (const [bucket, count] of entries) {
    seen += count;
    if (seen >= Math.ceil(total / 2)) return bucket;
  }
  return entries.at(-1)![0];
}

function sum(rows: readonly DayRow[], pick: (row: DayRow) => Record<string, number>): Record<string, number> {
  const total: Record<string, number> = {};
  for (const row of rows) for (const [key, count] of Object.entries(pick(row))) total[key] = (total[key] ?? 0) + count;
  return total;
}

function top(counts: Record<string, number>, title: (id: string) => string | undefined): UsageTopEntry[] {
  return Object.entries(counts)
    .flatMap(([id, visits]) => {
      const name = title(id);
      return name === undefined ? [] : [{ id, title: name, visits }];
    })
    .sort((a, b) => b.visits - a.visits || a.id.localeCompare(b.id))
    .slice(0, TOP_LIST_LENGTH);
}

/** Titles of the shown bundle's content, German; an id the bundle no longer has is left out of the top lists. */
export interface ContentTitles {
  bundleId: string;
  event: (id: string) => string | undefined;
  partner: (id: string) => string | undefined;
  image: (id: string) => string | undefined;
}

/** The summary of rows for the days `from`–`to`; top lists only for the shown bundle (`titles.bundleId`). */
export function summarize(rows: readonly DayRow[], range: { from: string; to: string }, titles: ContentTitles, recording: boolean): UsageSummary {
  const inRange = mergeRows(rows.filter((row) => row.day >= range.from && row.day <= range.to));
  const visitsByDay = new Map<string, number>();
  for (const row of inRange) visitsByDay.set(row.day, (visitsByDay.get(row.day) ?? 0) + row.visits);
  const perHour = Array.from({ length: 24 }, (_, hour) => inRange.reduce((total, row) => total + (row.hours[hour] ?? 0), 0));
  const shown = inRange.filter((row) => row.bundleId === titles.bundleId);
  const byCount = (counts: Record<string, number>, name: string) =>
    Object.entries(counts)
      .map(([key, visits]) => ({ [name]: key, visits }))
      .sort((a, b) => b.visits - a.visits) as never;
  return {
    recording,
    from: range.from,
    to: range.to,
    visits: inRange.reduce((total, row) => total + row.visits, 0),
    medianSeconds: medianOfBuckets(sum(inRange, (row) => row.durations)),
    perDay: daysBetween(range.from, range.to).map((day) => ({ day, visits: visitsByDay.get(day) ?? 0 })),
    perHour,
    topEvents: top(sum(shown, (row) => row.events), titles.event),
    topPartners: top(sum(shown, (row) => row.partners), titles.partner),
    topImages: top(sum(shown, (row) => row.images), titles.image),
    languages: byCount(sum(inRange, (row) => row.languages), 'language'),
    modeSwitches: inRange.reduce((total, row) => total + row.modeSwitches, 0),
    wakes: inRange.reduce((total, row) => total + row.wakes, 0),
    filters: byCount(sum(inRange, (row) => row.filters), 'kind'),
  };
}
