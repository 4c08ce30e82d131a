/**
 * Writes a manifest as a workbook in the layout the import reads: one sheet per part, German headers, a column per
 * language, drop-down lists where the format has a fixed set, a guide sheet and a hidden sheet of lists. Every
 * text is written as a text cell in a text-formatted column, so a value such as `=HYPERLINK(…)` or `+49 …` is shown
 * and kept as text and never becomes a formula (no formula injection), and `1973-05` never turns into a date.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { cellFor, languagesOf, sheetColumns, type SheetColumn } from './cellsForField';
import { countryCodes } from './countryCodes';
import { workbookLayout, type SheetSpec } from './sheetLayout';
import { GUIDE_SHEET, LISTS_SHEET } from './sheetsToManifest';
import { GUIDE_LINES } from './workbookGuide';

/** Options of {@link buildWorkbook}. */
export interface WorkbookOptions {
  /** Text columns per language; default: the manifest's languages and any others its texts use. */
  languages?: string[];
  /** Rows below the data that get the drop-downs too, for new entries. Default 300. */
  spareRows?: number;
  /** Shade the data rows as examples to be overwritten (the template). */
  exampleRows?: boolean;
}

/** Strings a spreadsheet program could read as the start of a formula when the cell is edited or re-saved. */
const FORMULA_START = /^[=+\-@\t\r]/;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };
const EXAMPLE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

interface DataValidations {
  add(range: string, validation: ExcelJS.DataValidation): void;
}

/** Builds the workbook for `manifest` (raw or validated; lists may be missing). */
export function buildWorkbook(manifest: Record<string, unknown>, options: WorkbookOptions = {}): ExcelJS.Workbook {
  const layout = workbookLayout();
  const languages = options.languages ?? languagesOf(manifest);
  const spare = options.spareRows ?? 300;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Partnerschaftskiosk';
  const guide = workbook.addWorksheet(GUIDE_SHEET);
  guide.getColumn(1).width = 140;
  GUIDE_LINES.forEach((line, index) => {
    const cell = guide.getCell(index + 1, 1);
    cell.value = line;
    if (index === 0) cell.font = { bold: true, size: 14 };
  });

  const counts = new Map<string, number>();
  for (const spec of layout) counts.set(spec.key, spec.single ? 1 : ((manifest[spec.key] as unknown[] | undefined) ?? []).length);
  const lastRow = (key: string) => Math.max(counts.get(key) ?? 0, 1) + 1 + spare;

  for (const spec of layout) {
    const worksheet = workbook.addWorksheet(spec.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    const columns = sheetColumns(spec.fields, languages, spec.primitive);
    columns.forEach((column, index) => {
      const sheetColumn = worksheet.getColumn(index + 1);
      sheetColumn.width = widthOf(column);
      if (column.field.kind.kind !== 'number') sheetColumn.numFmt = '@';
      const header = worksheet.getCell(1, index + 1);
      header.value = column.header;
      header.font = { bold: true };
      header.fill = HEADER_FILL;
      header.numFmt = '@';
    });
    const items = spec.single ? [manifest] : ((manifest[spec.key] as unknown[] | undefined) ?? []);
    items.forEach((item, rowIndex) => {
      columns.forEach((column, index) => {
        const value = cellFor(column, item, spec.primitive);
        if (value === undefined) return;
        const cell = worksheet.getCell(rowIndex + 2, index + 1);
        cell.value = value;
        if (typeof value === 'string') {
          cell.numFmt = '@';
          if (value.includes('\n') || FORMULA_START.test(value)) cell.alignment = { wrapText: value.includes('\n'), vertical: 'top' };
        }
        if (options.exampleRows) cell.fill = EXAMPLE_FILL;
      });
    });
    addDropDowns(worksheet, columns, layout, spec.single ? 2 : lastRow(spec.key), lastRow);
  }

  const lists = workbook.addWorksheet(LISTS_SHEET, { state: 'hidden' });
  lists.getCell(1, 1).value = 'Ländercode';
  lists.getCell(1, 2).value = 'Land';
  countryCodes().forEach(({ code, name }, index) => {
    lists.getCell(index + 2, 1).value = code;
    lists.getCell(index + 2, 2).value = name;
  });
  return workbook;
}

function widthOf(column: SheetColumn): number {
  switch (column.field.kind.kind) {
    case 'text':
    case 'textList':
      return column.field.key === 'name' || column.field.key === 'title' || column.field.key === 'label' ? 30 : 50;
    case 'date':
    case 'boolean':
    case 'number':
    case 'code':
      return 12;
    default:
      return 22;
  }
}

function addDropDowns(worksheet: ExcelJS.Worksheet, columns: SheetColumn[], layout: SheetSpec[], last: number, lastRow: (key: string) => number): void {
  const validations = (worksheet as unknown as { dataValidations: DataValidations }).dataValidations;
  columns.forEach((column, index) => {
    const letter = worksheet.getColumn(index + 1).letter;
    const range = `${letter}2:${letter}${last}`;
    const kind = column.field.kind;
    const strict = (formula: string, prompt: string): void =>
      validations.add(range, { type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: true, errorStyle: 'stop', error: prompt, errorTitle: 'Bitte aus der Liste wählen' });
    const helper = (formula: string): void => validations.add(range, { type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: false });
    if (kind.kind === 'enum') strict(`"${kind.values.join(',')}"`, `Erlaubt: ${kind.values.join(', ')}`);
    else if (kind.kind === 'boolean') strict('"Ja,Nein"', 'Bitte „Ja“ oder „Nein“ wählen.');
    else if (kind.kind === 'code' && /country/.test(column.field.key)) strict(`'${LISTS_SHEET}'!$A$2:$A$${countryCodes().length + 1}`, 'Bitte einen Ländercode wie DE, IL, FR wählen.');
    else if (column.field.references !== undefined) {
      const target = layout.find((candidate) => candidate.key === column.field.references);
      const idIndex = target?.fields.findIndex((field) => field.key === 'id') ?? -1;
      if (!target || idIndex !== 0) return;
      // Several ids in one cell („a, b“) are allowed, so the list only offers; the import checks every id.
      helper(`'${target.name}'!$A$2:$A$${lastRow(target.key)}`);
    }
  });
}

/**
 * Writes the workbook for `manifest` to `file`: into a temporary file beside it first, renamed into place only
 * when complete, so an interrupted export never leaves half a workbook under the real name.
 */
export async function writeWorkbookFile(manifest: Record<string, unknown>, file: string, options: WorkbookOptions = {}): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await buildWorkbook(manifest, options).xlsx.writeFile(temp);
    await rename(temp, file);
  } finally {
    await rm(temp, { force: true });
  }
}
