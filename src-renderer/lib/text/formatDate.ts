import { dateTimeFormat } from './intlFormats';
import { isOpenEnd, parsePartialDate } from '../../../src-shared/partialDate';
import { translate } from '../i18n/translate';

/**
 * A partial date written out for visitors with `Intl`, at the precision it was given: `1973` → „1973“,
 * `1973-03` → „März 1973“, `1973-03-12` → „12. März 1973“ (for `de`). An approximate date says so (`1966~` →
 * „um 1966“, „around 1966“), an open end (`..`) reads „heute“/„today“. Unparseable text is returned unchanged.
 */
export function formatPartialDate(text: string, locale: string): string {
  if (isOpenEnd(text)) return translate('dateOpenEnd', locale);
  const date = parsePartialDate(text);
  if (!date) return text;
  const instant = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    date.month === undefined
      ? { year: 'numeric' }
      : date.day === undefined
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric', month: 'long', day: 'numeric' };
  const written = dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(instant);
  return date.approximate ? translate('dateApproximate', locale, { date: written }) : written;
}

/** A date range „März 1973 – 1975“ („um 1966 – heute“ for `1966~` to `..`), or the single date when `end` is missing. */
export function formatDateRange(start: string, end: string | undefined, locale: string): string {
  return end ? `${formatPartialDate(start, locale)} – ${formatPartialDate(end, locale)}` : formatPartialDate(start, locale);
}
