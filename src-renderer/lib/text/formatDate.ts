import { dateTimeFormat } from './intlFormats';
import { parsePartialDate } from '../../../src-shared/partialDate';

/**
 * A partial date written out for visitors with `Intl`, at the precision it was given: `1973` → „1973“,
 * `1973-03` → „März 1973“, `1973-03-12` → „12. März 1973“ (for `de`). Unparseable text is returned unchanged.
 */
export function formatPartialDate(text: string, locale: string): string {
  const date = parsePartialDate(text);
  if (!date) return text;
  const instant = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    date.month === undefined
      ? { year: 'numeric' }
      : date.day === undefined
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' };
  return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(instant);
}

/** A date range „März 1973 – 1975“, or the single date when `end` is missing. */
export function formatDateRange(start: string, end: string | undefined, locale: string): string {
  return end ? `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}` : formatPartialDate(start, locale);
}
