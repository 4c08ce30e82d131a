/**
 * Limits of spreadsheet import. A workbook is a zip: it gets the bundle's archive checks (entries, compression
 * ratio, names) and, because exceljs holds a whole workbook in memory, much tighter limits of its own – checked on
 * the compressed file and while inflating, before exceljs sees a byte. Generous for an exhibition: the 50,000-event
 * stress bundle exports to a workbook well inside them.
 */

const MiB = 1024 * 1024;

/** Largest workbook or CSV file, in bytes. Photos belong in the images folder, not pasted into the workbook. */
export const MAX_SPREADSHEET_BYTES = 25 * MiB;

/** Largest total of all inflated workbook parts, in bytes. */
export const MAX_INFLATED_BYTES = 200 * MiB;

/** Most rows of one sheet (or records of a CSV file). */
export const MAX_SHEET_ROWS = 100_000;

/** Most cells of the whole workbook. */
export const MAX_CELLS = 2_000_000;

/** Most cells covered by merged ranges; exceljs visits each merged cell. */
export const MAX_MERGED_CELLS = 100_000;
