/**
 * Reads CSV files as German Excel writes them: `;` as separator, Windows-1252 without a mark or UTF-8 with a BOM,
 * an optional `sep=;` first line; also `,` and tab separated files and UTF-16 („Unicode-Text“). One file is one
 * sheet; files beside it named like the other sheets (`Partner.csv`, `harz - Ereignisse.csv`) are read with it.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { say } from '../content/validation/problem';
import { fromExcelValue } from './cellValues';
import type { SheetProblem } from './sheetProblem';
import { SHEET_NAMES } from './sheetLayout';
import { normaliseName, type ReadWorkbook, type SheetTable } from './sheetTable';
import { MAX_SHEET_ROWS, MAX_SPREADSHEET_BYTES } from './spreadsheetLimits';

/** Limits for CSV files (tests lower them). */
export interface CsvLimits {
  maxBytes: number;
  maxRows: number;
}

const CSV_LIMITS: CsvLimits = { maxBytes: MAX_SPREADSHEET_BYTES, maxRows: MAX_SHEET_ROWS };

/** Decoded text of a CSV file and the encoding it was found in. */
export function decodeCsv(bytes: Buffer): { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: bytes.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: bytes.subarray(2).toString('utf16le'), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const swapped = Buffer.from(bytes.subarray(2));
    swapped.swap16();
    return { text: swapped.toString('utf16le'), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: German Excel's „CSV (Trennzeichen-getrennt)“ writes Windows-1252.
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

/** Windows-1252's characters for 0x80–0x9F (German quotes „“, €, –); the rest is Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

/**
 * Decodes Windows-1252 by hand: Node's `TextDecoder('windows-1252')` treats 0x80–0x9F as Latin-1 control
 * characters, which would turn Excel's „…“ and € into invisible characters.
 */
export function decodeWindows1252(bytes: Buffer): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    const chunk = bytes.subarray(start, start + 8192);
    text += Array.from(chunk, (byte) => (byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80]! : String.fromCharCode(byte))).join('');
  }
  return text;
}

/** The separator of a CSV text: a `sep=` line wins, else the most frequent of `;`, tab and `,` in the first line. */
export function detectDelimiter(text: string): { delimiter: string; skipFirstLine: boolean } {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const sep = first.match(/^"?sep=(.)"?$/i);
  if (sep) return { delimiter: sep[1]!, skipFirstLine: true };
  const outside = first.replace(/"[^"]*"/g, '');
  const counts = [';', '\t', ','].map((delimiter) => [delimiter, outside.split(delimiter).length - 1] as const);
  const best = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
  return { delimiter: best[1] > 0 ? best[0] : ';', skipFirstLine: false };
}

/** Reads one CSV file as one sheet named `name`. */
export async function readCsvTable(file: string, name: string, limits: CsvLimits = CSV_LIMITS): Promise<{ ok: true; table: SheetTable } | { ok: false; problems: SheetProblem[] }> {
  const fileName = path.basename(file);
  const refuse = (code: string, de: string, en: string) => ({ ok: false as const, problems: [{ severity: 'error' as const, code, sheet: name, message: say(de, en) }] });
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    return refuse('io', `„${fileName}“ lässt sich nicht lesen (${(error as Error).message})`, `"${fileName}" cannot be read (${(error as Error).message})`);
  }
  if (size > limits.maxBytes) {
    return refuse(
      'workbook-too-large',
      `„${fileName}“ ist ${(size / 1024 / 1024).toFixed(0)} MB groß, erlaubt sind ${limits.maxBytes / 1024 / 1024} MB`,
      `"${fileName}" is ${(size / 1024 / 1024).toFixed(0)} MB, the limit is ${limits.maxBytes / 1024 / 1024} MB`,
    );
  }
  const { text } = decodeCsv(await readFile(file));
  // Counting line breaks first refuses a million-row file before any record is built.
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1 && lines <= limits.maxRows + 1; at = text.indexOf('\n', at + 1)) lines += 1;
  if (lines > limits.maxRows + 1) {
    return refuse(
      'too-many-rows',
      `„${fileName}“ hat mehr als ${limits.maxRows.toLocaleString('de-DE')} Zeilen – bitte prüfen, ob die richtige Datei gewählt ist`,
      `"${fileName}" has more than ${limits.maxRows.toLocaleString('en')} rows – please check that this is the right file`,
    );
  }
  const { delimiter, skipFirstLine } = detectDelimiter(text);
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, from_line: skipFirstLine ? 2 : 1 }) as string[][];
  } catch (error) {
    return refuse('csv-syntax', `„${fileName}“ ist keine lesbare CSV-Datei (${(error as Error).message})`, `"${fileName}" is not a readable CSV file (${(error as Error).message})`);
  }
  const rows = records.map((record, index) => ({ number: index + 1, hidden: false, cells: record.map((value) => fromExcelValue(value)) }));
  return { ok: true, table: { name, hidden: false, rows, merges: [] } };
}

/** The known sheet name a CSV file stands for (`harz - Ereignisse.csv` → Ereignisse), with the part before it. */
function sheetOfFile(stem: string): { sheet: string; prefix: string } | undefined {
  const normal = normaliseName(stem);
  for (const sheet of Object.values(SHEET_NAMES)) {
    const key = normaliseName(sheet);
    if (normal.endsWith(key)) return { sheet, prefix: normal.slice(0, normal.length - key.length) };
  }
  return undefined;
}

/**
 * Reads a CSV file and, when its name ends with a sheet name, the sibling files of the same set. A file with any
 * other name is one sheet named after the file, for the caller to place by its headers.
 */
export async function readCsvWorkbook(file: string, limits: CsvLimits = CSV_LIMITS): Promise<{ ok: true; workbook: ReadWorkbook } | { ok: false; problems: SheetProblem[] }> {
  const stem = path.basename(file).replace(/\.[^.]+$/, '');
  const own = sheetOfFile(stem);
  const files: { file: string; name: string }[] = [{ file, name: own?.sheet ?? stem }];
  if (own) {
    const folder = path.dirname(file);
    for (const sibling of (await readdir(folder)).sort()) {
      if (!/\.(csv|txt)$/i.test(sibling) || sibling === path.basename(file)) continue;
      const match = sheetOfFile(sibling.replace(/\.[^.]+$/, ''));
      if (match && match.prefix === own.prefix && match.sheet !== own.sheet) files.push({ file: path.join(folder, sibling), name: match.sheet });
    }
  }
  const sheets: SheetTable[] = [];
  for (const entry of files) {
    const read = await readCsvTable(entry.file, entry.name, limits);
    if (!read.ok) return read;
    sheets.push(read.table);
  }
  return { ok: true, workbook: { sheets, date1904: false } };
}
