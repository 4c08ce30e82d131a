/**
 * One cell as the import sees it, whatever the reader (exceljs or CSV) made of it, and the small parsers for what
 * curators type: numbers with a decimal comma, yes/no in German or English, lists separated by commas.
 */
import { say, type LocalizedMessage } from '../content/validation/problem';

/** A cell's value after reading: formulas replaced by their cached result, rich text joined, links as their text. */
export type CellValue = string | number | boolean | Date;

/** A read cell: its value, or why it has none that can be used. */
export interface ReadCell {
  value?: CellValue;
  /** The cell's number format (xlsx only), used to tell a year-only date cell from a full date. */
  numFmt?: string;
  /** A formula without a stored result, or an error value such as `#NV`. */
  problem?: LocalizedMessage;
}

/**
 * Turns an exceljs cell value into a {@link ReadCell}. Formulas are never evaluated: the result Excel stored when
 * it last saved the file is used, and a formula without one is reported.
 */
export function fromExcelValue(value: unknown, numFmt?: string): ReadCell {
  const cell = (v: CellValue | undefined): ReadCell => ({ ...(v === undefined ? {} : { value: v }), ...(numFmt ? { numFmt } : {}) });
  if (value === null || value === undefined) return {};
  if (typeof value === 'string') return cell(normaliseText(value));
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return cell(value);
  if (typeof value !== 'object') return {};
  const record = value as Record<string, unknown>;
  if ('formula' in record || 'sharedFormula' in record) {
    if (!('result' in record) || record.result === undefined || record.result === null) {
      return {
        problem: say(
          `die Formel „=${String(record.formula ?? record.sharedFormula)}“ hat keinen gespeicherten Wert – bitte die Datei in Excel oder LibreOffice öffnen und speichern, oder den Wert statt der Formel eintragen`,
          `the formula "=${String(record.formula ?? record.sharedFormula)}" has no stored value – please open and save the file in Excel or LibreOffice, or enter the value instead of the formula`,
        ),
      };
    }
    return fromExcelValue(record.result, numFmt);
  }
  if ('error' in record) {
    return { problem: say(`die Zelle enthält den Fehlerwert ${String(record.error)} – bitte korrigieren`, `the cell holds the error value ${String(record.error)} – please correct it`) };
  }
  if (Array.isArray(record.richText)) {
    return cell(normaliseText((record.richText as { text?: unknown }[]).map((run) => String(run.text ?? '')).join('')));
  }
  if ('text' in record) return fromExcelValue(record.text, numFmt);
  return {};
}

/** Windows line ends to `\n`, non-breaking spaces to spaces; the ends trimmed. Empty text counts as no value. */
function normaliseText(text: string): string | undefined {
  const clean = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').trim();
  return clean === '' ? undefined : clean;
}

/** True when a cell holds nothing usable (and reports nothing). */
export function isBlank(cell: ReadCell | undefined): boolean {
  return cell === undefined || (cell.value === undefined && cell.problem === undefined);
}

/**
 * A number from a cell: numbers as they are; text with a decimal comma („50,87“), thousands separators
 * („1.234,5“, „1,234.5“), a Unicode minus or a trailing degree sign. `undefined` for anything else.
 */
export function parseNumberText(text: string): number | undefined {
  let clean = text.trim().replace(/[\s\u00a0\u202f']/g, '').replace(/[−–]/g, '-').replace(/°$/, '');
  if (!/^[+-]?[\d.,]+$/.test(clean) || !/\d/.test(clean)) return undefined;
  const lastComma = clean.lastIndexOf(',');
  const lastDot = clean.lastIndexOf('.');
  if (lastComma > lastDot) clean = clean.replace(/\./g, '').replace(',', '.');
  else if (lastDot > lastComma && lastComma >= 0) clean = clean.replace(/,/g, '');
  if ((clean.match(/[.,]/g) ?? []).length > 1) return undefined;
  const number = Number(clean);
  return Number.isFinite(number) ? number : undefined;
}

const YES = new Set(['ja', 'j', 'x', 'wahr', 'true', 'yes', 'y', '1', '✓', '✔']);
const NO = new Set(['nein', 'n', 'falsch', 'false', 'no', '0', '-', '–']);

/** Yes/no from a cell: Excel's WAHR/FALSCH, „ja“/„nein“, „x“, 1/0, true/false. `undefined` for anything else. */
export function parseYesNo(value: CellValue): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value === 1 ? true : value === 0 ? false : undefined;
  if (typeof value !== 'string') return undefined;
  const word = value.trim().toLowerCase();
  return YES.has(word) ? true : NO.has(word) ? false : undefined;
}

/**
 * Splits a list cell. A cell holding `;` is split there only (so a theme may contain a comma); otherwise at commas
 * and line breaks. Empty items are dropped.
 */
export function splitList(text: string): string[] {
  const separator = text.includes(';') ? /;/ : /[,\n]/;
  return text
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Joins a list for a cell: with `; ` when an item contains a comma, otherwise with `, `. */
export function joinList(items: readonly string[]): string {
  return items.join(items.some((item) => item.includes(',')) ? '; ' : ', ');
}

/** A cell value as text for text fields: numbers without exponent or trailing zeros as Excel shows them. */
export function cellText(value: CellValue): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'Ja' : 'Nein';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}
