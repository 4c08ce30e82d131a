/**
 * Finding a sheet's header row and its columns: the first of the top rows that holds known headers (a title row
 * above is common), matched by German label or English field key in any order, with the language of text columns
 * from „(de)“ / „[en]“. Also the hints about merged ranges that a sheet's layout gives.
 */
import { say } from '../content/validation/problem';
import { cellText, isBlank } from './cellValues';
import type { SheetProblem } from './sheetProblem';
import type { ColumnField, SheetSpec } from './sheetLayout';
import { normaliseName, splitHeader, type SheetRow, type SheetTable } from './sheetTable';

/** A data column of a sheet: which field (and for a text, which language) it holds. */
export interface Column {
  index: number;
  field: ColumnField;
  lang?: string;
  header: string;
}

/** How many rows from the top are searched for the header row (a title row above it is common). */
const HEADER_SEARCH_ROWS = 10;

/** The header row of `spec`'s sheet, its known columns and the headers it does not know. */
export function findHeader(spec: SheetSpec, table: SheetTable): { row: SheetRow; columns: Column[]; unknown: { index: number; header: string }[] } | undefined {
  const wanted = spec.primitive ? 1 : Math.min(2, spec.fields.length);
  for (const row of table.rows.slice(0, HEADER_SEARCH_ROWS)) {
    const columns: Column[] = [];
    const unknown: { index: number; header: string }[] = [];
    row.cells.forEach((cell, index) => {
      if (isBlank(cell) || cell.value === undefined) return;
      const header = cellText(cell.value);
      const column = matchHeader(spec, header, index);
      if (column) columns.push(column);
      else unknown.push({ index, header });
    });
    if (columns.length >= wanted) return { row, columns, unknown };
  }
  return undefined;
}

/** The field a header names, or undefined. */
export function matchHeader(spec: SheetSpec, header: string, index: number): Column | undefined {
  const { name, lang } = splitHeader(header);
  const wanted = normaliseName(name);
  const whole = normaliseName(header);
  for (const field of spec.fields) {
    const names = [normaliseName(field.label), normaliseName(field.key)];
    const isText = field.kind.kind === 'text' || field.kind.kind === 'textList';
    if (isText && names.includes(wanted)) return { index, field, lang: lang ?? 'de', header };
    if (!isText && names.includes(whole)) return { index, field, header };
  }
  return undefined;
}

/** A hint for every merged range that spans rows below the header. */
export function mergeWarnings(table: SheetTable, headerRow: number, problems: SheetProblem[]): void {
  for (const range of table.merges) {
    const match = range.match(/^([A-Z]+)(\d+):([A-Z]+)(\d+)$/);
    if (!match) continue;
    const top = Number(match[2]);
    const bottom = Number(match[4]);
    if (bottom <= top || bottom <= headerRow) continue;
    problems.push({
      severity: 'warning',
      code: 'cells-merged',
      sheet: table.name,
      row: Math.max(top, headerRow + 1),
      column: match[1]!,
      message: say(
        `verbundene Zellen ${range}: der Wert gilt für jede dieser Zeilen – bitte prüfen, ob das gemeint ist`,
        `merged cells ${range}: the value applies to each of these rows – please check that this is meant`,
      ),
    });
  }
}
