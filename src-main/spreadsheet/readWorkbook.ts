/**
 * Reads an .xlsx into {@link SheetTable}s with exceljs, after {@link guardWorkbook} has checked and re-packed it.
 * Values only: formulas give their stored result, merged cells give the merged value in every cell they cover.
 */
import ExcelJS from 'exceljs';
import { say } from '../content/validation/problem';
import { fromExcelValue, type ReadCell } from './cellValues';
import type { SheetProblem } from './sheetProblem';
import type { ReadWorkbook, SheetRow, SheetTable } from './sheetTable';
import { guardWorkbook, WORKBOOK_LIMITS, type WorkbookLimits } from './workbookGuard';

/** A read workbook, or the problems that kept it from being read. */
export type WorkbookReading = { ok: true; workbook: ReadWorkbook } | { ok: false; problems: SheetProblem[] };

/** Reads the workbook at `file`. Never throws for bad files. */
export async function readXlsx(file: string, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<WorkbookReading> {
  const guarded = await guardWorkbook(file, limits);
  if (!guarded.ok) return guarded;
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs' types ask for its own Buffer flavour; a Node Buffer is what it reads.
    await workbook.xlsx.load(guarded.buffer as unknown as ExcelJS.Buffer);
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          severity: 'error',
          code: 'workbook-damaged',
          message: say(`die Arbeitsmappe lässt sich nicht lesen (${(error as Error).message}) – bitte in Excel öffnen und neu speichern`, `the workbook cannot be read (${(error as Error).message}) – please open and save it again in Excel`),
        },
      ],
    };
  }
  const sheets: SheetTable[] = [];
  workbook.eachSheet((worksheet) => {
    const rows: SheetRow[] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, number) => {
      const cells: ReadCell[] = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        cells[column - 1] = fromExcelValue(cell.value, cell.numFmt);
      });
      for (let i = 0; i < cells.length; i += 1) cells[i] ??= {};
      rows.push({ number, hidden: row.hidden, cells });
    });
    const merges = Object.values((worksheet as unknown as { _merges: Record<string, { range: string }> })._merges).map((merge) => merge.range);
    sheets.push({ name: worksheet.name, hidden: worksheet.state !== 'visible', rows, merges });
  });
  return { ok: true, workbook: { sheets, date1904: workbook.properties.date1904 === true } };
}
