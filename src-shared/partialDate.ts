/**
 * Dates in bundles are partial: a year, a month or a day. Pure helpers shared by validation and the renderer.
 */

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** A parsed partial date; `month` 1–12 and `day` 1–31 are present only when written. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `undefined` for any other text or an impossible calendar date. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** True when `text` is a valid partial date such as `1973`, `2007-01` or `2014-09-30`. */
export function isCalendarDate(text: string): boolean {
  return parsePartialDate(text) !== undefined;
}

/** Days in `month` (1–12) of `year`, leap years included. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The first instant a partial date covers, in ms since the epoch (UTC): `1973` → 1 January 1973.
 * Throws on text that is not a partial date, because callers only pass validated dates.
 */
export function partialDateStart(text: string): number {
  const date = parsePartialDate(text);
  if (!date) throw new RangeError(`not a partial date: ${text}`);
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** The first instant after a partial date ends, in ms (UTC): `1973` → 1 January 1974. */
export function partialDateEnd(text: string): number {
  const date = parsePartialDate(text);
  if (!date) throw new RangeError(`not a partial date: ${text}`);
  if (date.month === undefined) return Date.UTC(date.year + 1, 0, 1);
  if (date.day === undefined) return Date.UTC(date.year, date.month, 1);
  return Date.UTC(date.year, date.month - 1, date.day + 1);
}
