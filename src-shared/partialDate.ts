/**
 * Dates in bundles are partial: a year, a month or a day. Pure helpers shared by validation and the renderer.
 *
 * Two qualifiers say what the sources leave open (content/FORMAT.md): a trailing `~` marks an approximate date
 * (`1966~` is shown „um 1966“ and sits where `1966` sits), and `..` as the end of a range means „bis heute“
 * (open-ended; it ends at the `now` the caller passes in). Where a qualifier is allowed is up to the schema.
 *
 * Parsing is a hand-written scanner rather than a regular expression plus `Date` objects: the timeline parses
 * every event's date before its first frame (50,000 for the stress bundle), and the scanner allocates nothing.
 * It accepts exactly what `/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/` accepts; the unit tests compare the two.
 */

/** A parsed partial date; `month` 1–12 and `day` 1–31 are present only when written. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  /** Present (true) when the date was written with a trailing `~`: the source gives it only approximately. */
  approximate?: true;
}

/** The mark after a date that makes it approximate: `1966~`. */
export const APPROXIMATE_MARK = '~';
/** The end of a range that is still open („bis heute“): `end: ..`. */
export const OPEN_END = '..';

// Result of the last `scan`: 0 stands for "not written" (month and day are never 0 in a valid date). Module
// state instead of a returned object, so the hot path allocates nothing; every caller reads it right after
// scanning, before anything else can scan.
let scannedYear = 0;
let scannedMonth = 0;
let scannedDay = 0;
let scannedApproximate = false;

/** Value of `count` ASCII digits of `text` from `at`, or -1 when one of them is not a digit. */
function digits(text: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Scans `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, each optionally followed by `~`, into the `scanned*` fields; false for
 * anything else or an impossible date.
 */
function scan(text: string): boolean {
  let length = text.length;
  scannedApproximate = text.charCodeAt(length - 1) === 126; /* ~ */
  if (scannedApproximate) length -= 1;
  if (length !== 4 && length !== 7 && length !== 10) return false;
  const year = digits(text, 0, 4);
  if (year < 0) return false;
  scannedYear = year;
  scannedMonth = 0;
  scannedDay = 0;
  if (length === 4) return true;
  if (text.charCodeAt(4) !== 45 /* - */) return false;
  const month = digits(text, 5, 2);
  if (month < 1 || month > 12) return false;
  scannedMonth = month;
  if (length === 7) return true;
  if (text.charCodeAt(7) !== 45 /* - */) return false;
  const day = digits(text, 8, 2);
  if (day < 1 || day > daysInMonth(year, month)) return false;
  scannedDay = day;
  return true;
}

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, optionally approximate (`1966~`); `undefined` for any other text or an
 * impossible calendar date.
 */
export function parsePartialDate(text: string): PartialDate | undefined {
  if (!scan(text)) return undefined;
  const date: PartialDate =
    scannedMonth === 0
      ? { year: scannedYear }
      : scannedDay === 0
        ? { year: scannedYear, month: scannedMonth }
        : { year: scannedYear, month: scannedMonth, day: scannedDay };
  if (scannedApproximate) date.approximate = true;
  return date;
}

/** True when `text` is an exact partial date such as `1973`, `2007-01` or `2014-09-30` (no `~`). */
export function isCalendarDate(text: string): boolean {
  return scan(text) && !scannedApproximate;
}

/** True when `text` is a partial date, exact or approximate (`1966~`). */
export function isPartialDate(text: string): boolean {
  return scan(text);
}

/** True when `text` is an approximate partial date such as `1966~`. */
export function isApproximateDate(text: string): boolean {
  return scan(text) && scannedApproximate;
}

/** True when `text` is the open end of a range, `..` („bis heute“). */
export function isOpenEnd(text: string | undefined): boolean {
  return text === OPEN_END;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in `month` (1–12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (Number.isInteger(month) && month >= 1 && month <= 12 && Number.isInteger(year) && year >= 0 && year <= 9999) {
    if (month !== 2) return MONTH_DAYS[month - 1] as number;
    // `Date.UTC` reads the years 0–99 as 1900–1999; the leap rule follows it so results match the `Date` path.
    const y = year <= 99 ? 1900 + year : year;
    return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The first instant a partial date covers, in ms since the epoch (UTC): `1973` → 1 January 1973.
 * Throws on text that is not a partial date, because callers only pass validated dates.
 */
export function partialDateStart(text: string): number {
  if (!scan(text)) throw new RangeError(`not a partial date: ${text}`);
  return Date.UTC(scannedYear, (scannedMonth || 1) - 1, scannedDay || 1);
}

/** The first instant after a partial date ends, in ms (UTC): `1973` → 1 January 1974. */
export function partialDateEnd(text: string): number {
  if (!scan(text)) throw new RangeError(`not a partial date: ${text}`);
  if (scannedMonth === 0) return Date.UTC(scannedYear + 1, 0, 1);
  if (scannedDay === 0) return Date.UTC(scannedYear, scannedMonth, 1);
  return Date.UTC(scannedYear, scannedMonth - 1, scannedDay + 1);
}

/**
 * The first instant after the end of a range, in ms (UTC): `partialDateEnd(end)`, or `nowMs` when the range is
 * open (`..`, „bis heute“). Pass the clock in; this never reads it.
 */
export function rangeEndMs(end: string, nowMs: number): number {
  return end === OPEN_END ? nowMs : partialDateEnd(end);
}

/**
 * Order of two partial dates for lists: by the first instant they cover; at the same instant the exact date
 * before the approximate one, then the shorter span first (`1973-05` before `1973`), then the text. Negative
 * when `a` comes first.
 */
export function comparePartialDates(a: string, b: string): number {
  const byStart = partialDateStart(a) - partialDateStart(b);
  if (byStart !== 0) return byStart;
  const approximate = Number(isApproximateDate(a)) - Number(isApproximateDate(b));
  if (approximate !== 0) return approximate;
  const bySpan = partialDateEnd(a) - partialDateEnd(b);
  if (bySpan !== 0) return bySpan;
  return a < b ? -1 : a > b ? 1 : 0;
}
