/**
 * Dates as real spreadsheets hold them, turned into the bundle's `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: Excel serial
 * numbers (1900 system with Lotus' leap-year bug, and the 1904 system of old Mac workbooks), date cells whose
 * display format shows only a year or a month, and text such as „1973“, „05.1973“, „12. Mai 1973“ or „May 1973“.
 * Pure: the caller passes whether the schema accepts a candidate (so approximate forms like `1966~` work exactly
 * when the bundle format has them).
 */
import { isCalendarDate } from '../../src-shared/partialDate';
import { say, type LocalizedMessage } from '../content/validation/problem';

/** The outcome of reading one date cell. `note` is a hint worth showing (e.g. a serial number was read as a date). */
export type DateReading = { ok: true; value: string; note?: LocalizedMessage } | { ok: false; message: LocalizedMessage };

/** How precisely a date cell's display format shows its date. */
export type DatePrecision = 'year' | 'month' | 'day';

const MS_PER_DAY = 86_400_000;
/** Days from Excel's day 0 of the 1900 system (1899-12-30 after the leap-year bug) to the Unix epoch. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days between the 1900 and the 1904 system's day 0. */
const DAYS_1904 = 1_462;

/**
 * The calendar day of an Excel serial number. In the 1900 system Excel counts the non-existent 29 February 1900 as
 * day 60 (a bug kept from Lotus 1-2-3), so days 1–59 are one day later than a plain count from 1899-12-30; day 60
 * is refused. Fractions (times of day) are dropped.
 */
export function serialToIso(serial: number, date1904: boolean): string | 'leap-1900' | undefined {
  if (!Number.isFinite(serial) || serial < (date1904 ? 0 : 1)) return undefined;
  const day = Math.floor(serial);
  let ms: number;
  if (date1904) ms = (day - UNIX_EPOCH_SERIAL + DAYS_1904) * MS_PER_DAY;
  else if (day === 60) return 'leap-1900';
  else ms = (day - UNIX_EPOCH_SERIAL + (day < 60 ? 1 : 0)) * MS_PER_DAY;
  const date = new Date(ms);
  if (date.getUTCFullYear() > 9999) return undefined;
  return date.toISOString().slice(0, 10);
}

/**
 * The serial number behind a `Date` that exceljs made from a date cell (it converts with a plain count and no
 * leap-year bug), so that {@link serialToIso} can convert it correctly.
 */
export function dateObjectToSerial(date: Date, date1904: boolean): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DAYS_1904 : 0);
}

/**
 * How precisely a number format shows a date: `yyyy` → year, `mm.yyyy` or `mmmm yyyy` → month, anything with a
 * day → day. Quoted literals, `[…]` sections and the minutes after an hour (`h:mm`) are ignored.
 */
export function precisionOf(numFmt: string | undefined): DatePrecision {
  if (!numFmt) return 'day';
  const format = numFmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').toLowerCase().replace(/h+[^a-z]*m+/g, '');
  if (/d/.test(format) || format === 'general' || format === '') return 'day';
  if (/m/.test(format)) return 'month';
  return /y|j|e/.test(format) ? 'year' : 'day';
}

/** Cuts `YYYY-MM-DD` to the precision the cell shows. */
export function cutToPrecision(iso: string, precision: DatePrecision): string {
  return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
}

const MONTHS: Record<string, number> = {};
for (const [index, names] of [
  'januar jänner jaenner jan january',
  'februar feber feb february',
  'märz maerz mär mrz mar march',
  'april apr',
  'mai may',
  'juni jun june',
  'juli jul july',
  'august aug',
  'september sep sept',
  'oktober okt october oct',
  'november nov',
  'dezember dez december dec',
].entries()) {
  for (const name of names.split(' ')) MONTHS[name] = index + 1;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Builds `YYYY[-MM[-DD]]` and checks the calendar; a message when the day does not exist. */
function calendar(year: number, month?: number, day?: number): DateReading {
  const text = `${String(year).padStart(4, '0')}${month === undefined ? '' : `-${pad(month)}`}${day === undefined ? '' : `-${pad(day)}`}`;
  if (isCalendarDate(text)) return { ok: true, value: text };
  return {
    ok: false,
    message: say(
      `„${day === undefined ? '' : `${day}.`}${month === undefined ? '' : `${month}.`}${year}“ gibt es im Kalender nicht – bitte Tag und Monat prüfen`,
      `"${text}" does not exist in the calendar – please check day and month`,
    ),
  };
}

const EXPECTED = say(
  'erwartet z. B. „1973“, „05.1973“, „12.05.1973“, „12. Mai 1973“ oder „1973-05-12“',
  'expected e.g. "1973", "05.1973", "12.05.1973", "12 May 1973" or "1973-05-12"',
);

/**
 * Reads a date written as text. Forms: `1973`, `1973-05`, `1973-05-12`, `1973/5/12`, `05.1973`, `5/1973`,
 * `12.05.1973`, `12. Mai 1973`, `Mai 1973`, `May 12, 1973`. Two-digit years and `12/05/1973` (day or month first?)
 * are refused with a message rather than guessed.
 */
export function parseDateText(raw: string): DateReading {
  const text = raw.trim().replace(/\s+/g, ' ');
  let match: RegExpMatchArray | null;
  if ((match = text.match(/^(\d{4})(?:[-/](\d{1,2})(?:[-/](\d{1,2}))?)?$/))) {
    return calendar(Number(match[1]), match[2] === undefined ? undefined : Number(match[2]), match[3] === undefined ? undefined : Number(match[3]));
  }
  if ((match = text.match(/^(\d{1,2})\. ?(\d{1,2})\. ?(\d{4})$/))) return calendar(Number(match[3]), Number(match[2]), Number(match[1]));
  if ((match = text.match(/^(\d{1,2})[./](\d{4})$/))) return calendar(Number(match[2]), Number(match[1]));
  if (/^\d{1,2}[./]\d{1,2}[./]\d{2}$/.test(text)) {
    return { ok: false, message: say(`„${text}“ hat eine zweistellige Jahreszahl – bitte das Jahr vierstellig schreiben`, `"${text}" has a two-digit year – please write the year with four digits`) };
  }
  if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(text)) {
    return {
      ok: false,
      message: say(
        `„${text}“ ist mehrdeutig (erst Tag oder erst Monat?) – bitte als „TT.MM.JJJJ“ oder „JJJJ-MM-TT“ schreiben`,
        `"${text}" is ambiguous (day or month first?) – please write "DD.MM.YYYY" or "YYYY-MM-DD"`,
      ),
    };
  }
  if ((match = text.match(/^(?:(\d{1,2})\.? )?([a-zäöüé]+)\.? (\d{4})$/i))) {
    const month = MONTHS[match[2]!.toLowerCase()];
    if (month !== undefined) return calendar(Number(match[3]), month, match[1] === undefined ? undefined : Number(match[1]));
  }
  if ((match = text.match(/^([a-z]+)\.? (\d{1,2}),? (\d{4})$/i))) {
    const month = MONTHS[match[1]!.toLowerCase()];
    if (month !== undefined) return calendar(Number(match[3]), month, Number(match[2]));
  }
  return { ok: false, message: say(`„${text}“ ist kein Datum – ${EXPECTED.de}`, `"${text}" is not a date – ${EXPECTED.en}`) };
}

/** Words for "about" before a date, and for "still going on" as an end date. */
const APPROXIMATE = /^(?:um|ca\.?|circa|etwa|ungefähr|about|approx\.?|c\.)\s*(.+)$/i;
const OPEN = /^(?:bis heute|heute|offen|laufend|today|ongoing|present)$/i;

/**
 * Reads a date cell of any kind. `accepts` says whether the bundle schema takes a text as it is; it is asked first
 * (so `1966~` or `..` pass through unchanged where the format knows them), and for „um 1966“ / „bis heute“.
 */
export function readDateValue(value: string | number | boolean | Date, options: { date1904: boolean; numFmt?: string; accepts: (text: string) => boolean }): DateReading {
  if (typeof value === 'boolean') return { ok: false, message: say('Ja/Nein ist kein Datum', 'yes/no is not a date') };
  if (value instanceof Date) return fromSerial(dateObjectToSerial(value, options.date1904), options, false);
  if (typeof value === 'number') {
    // A whole number that looks like a year is a year: serial 1973 would be 27 May 1905, which nobody means.
    if (Number.isInteger(value) && value >= 1000 && value <= 2999) return { ok: true, value: String(value) };
    return fromSerial(value, options, true);
  }
  const text = value.trim();
  if (options.accepts(text)) return { ok: true, value: text };
  const open = OPEN.test(text) && options.accepts('..');
  if (open) return { ok: true, value: '..' };
  const about = text.match(APPROXIMATE);
  if (about) {
    const inner = parseDateText(about[1]!);
    if (inner.ok && options.accepts(`${inner.value}~`)) return { ok: true, value: `${inner.value}~` };
    if (inner.ok) return { ok: false, message: say(`„${text}“: ungefähre Daten kennt dieses Feld nicht – bitte ein genaues Datum eintragen`, `"${text}": this field takes no approximate dates – please give an exact date`) };
    return inner;
  }
  return parseDateText(text);
}

function fromSerial(serial: number, options: { date1904: boolean; numFmt?: string }, plainNumber: boolean): DateReading {
  const iso = serialToIso(serial, options.date1904);
  if (iso === 'leap-1900') {
    return {
      ok: false,
      message: say(
        'Excel-Datum 29.02.1900 – diesen Tag gab es nicht (ein alter Excel-Fehler); bitte das Datum als Text eintragen',
        'Excel date 29 Feb 1900 – that day never existed (an old Excel bug); please type the date as text',
      ),
    };
  }
  if (iso === undefined) return { ok: false, message: say(`die Zahl ${serial} ist kein Datum – ${EXPECTED.de}`, `the number ${serial} is not a date – ${EXPECTED.en}`) };
  const value = cutToPrecision(iso, plainNumber ? 'day' : precisionOf(options.numFmt));
  if (!plainNumber) return { ok: true, value };
  return {
    ok: true,
    value,
    note: say(`die Zahl ${serial} wurde als Excel-Datum ${value} gelesen – bitte prüfen`, `the number ${serial} was read as the Excel date ${value} – please check`),
  };
}
