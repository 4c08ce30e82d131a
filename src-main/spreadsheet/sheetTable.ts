/**
 * A sheet as read from a workbook or CSV file, independent of the reader: rows with their Excel row numbers,
 * hidden flags and cells, plus the merged ranges. What both readers produce and every mapper consumes.
 */
import type { ReadCell } from './cellValues';

/** One row; `cells[0]` is column A. */
export interface SheetRow {
  /** 1-based, as Excel numbers it (a CSV's line number of the record). */
  number: number;
  hidden: boolean;
  cells: ReadCell[];
}

/** One sheet. */
export interface SheetTable {
  name: string;
  /** Hidden or „very hidden“ in Excel. */
  hidden: boolean;
  rows: SheetRow[];
  /** Merged ranges such as `B3:B5`. */
  merges: string[];
}

/** A whole workbook as read. */
export interface ReadWorkbook {
  sheets: SheetTable[];
  /** True for the 1904 date system of old Mac workbooks. */
  date1904: boolean;
}

/** Lower case, umlauts spelled out, only letters and digits: „Länge “ and „laenge“ match. */
export function normaliseName(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/** A header split into its name and an optional language: „Titel (en)“ → `{ name: 'Titel', lang: 'en' }`. */
export function splitHeader(header: string): { name: string; lang?: string } {
  const match = header.trim().match(/^(.*?)\s*[([]\s*([A-Za-z]{2})\s*[)\]]$/);
  if (match && match[1] !== '') return { name: match[1]!, lang: match[2]!.toLowerCase() };
  return { name: header.trim() };
}
