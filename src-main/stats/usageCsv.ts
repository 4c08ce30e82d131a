/**
 * The statistics as CSV for German Excel: semicolons, UTF-8 with a byte order mark, CRLF line ends. One row per
 * day and bundle version, nothing finer than the hour (the hour columns hold visits by starting hour).
 */
import type { DayRow } from './dayRows';
import { medianOfBuckets } from './usageSummary';

/** Top ids per row in the „meistgeöffnet“ columns. */
const TOP_PER_ROW = 5;

function cell(value: string | number): string {
  const text = String(value);
  // Ids and versions cannot hold these, but a quoted cell is never wrong; a leading = + - @ would start a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[;"\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function topIds(counts: Record<string, number>): string {
  return Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, TOP_PER_ROW)
    .map(([id, count]) => `${id} (${count})`)
    .join(', ');
}

const HEADER = [
  'Tag',
  'Paket',
  'Version',
  'Besuche',
  'Median Besuchsdauer (s)',
  'Ansichtswechsel',
  'Aufwecken aus Bildschirmschoner',
  'Sprachen',
  'Filter',
  'Meistgeöffnete Ereignisse',
  'Meistgeöffnete Partner',
  'Meistgezeigte Bilder',
  ...Array.from({ length: 24 }, (_, hour) => `${String(hour).padStart(2, '0')} Uhr`),
];

/** The CSV text of `rows` (already limited to the period), with BOM. */
export function usageCsv(rows: readonly DayRow[]): string {
  const lines = [HEADER.map(cell).join(';')];
  for (const row of rows) {
    lines.push(
      [
        row.day,
        row.bundleId,
        row.bundleVersion,
        row.visits,
        medianOfBuckets(row.durations) ?? '',
        row.modeSwitches,
        row.wakes,
        topIds(row.languages),
        topIds(row.filters),
        topIds(row.events),
        topIds(row.partners),
        topIds(row.images),
        ...row.hours,
      ]
        .map(cell)
        .join(';'),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
