/**
 * Opens an .xlsx safely before exceljs reads it. The file is a zip, so it first passes the same entry checks as a
 * bundle archive (names, links, encryption, compression bombs); then its parts are inflated with the bytes counted,
 * rows and cells of every sheet counted while they stream in (a sheet of a million rows is refused after the first
 * hundred thousand, without holding the rest), merged ranges measured, and data-validation ranges removed (exceljs
 * expands a drop-down on a whole column into a million entries and can stall for hours). What comes out is a
 * re-packed workbook that exceljs can load in bounded time and memory.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import yauzl, { type ZipFile } from 'yauzl';
import yazl from 'yazl';
import { say } from '../content/validation/problem';
import { zipEntryProblems } from '../content/validation/zipEntryChecks';
import type { SheetProblem } from './sheetProblem';
import { inflate, listEntries, mergedArea, readHead, SheetCounter } from './zipParts';
import { MAX_CELLS, MAX_INFLATED_BYTES, MAX_MERGED_CELLS, MAX_SHEET_ROWS, MAX_SPREADSHEET_BYTES } from './spreadsheetLimits';

/** The limits a guard applies; tests lower them to build small hostile files. */
export interface WorkbookLimits {
  maxBytes: number;
  maxInflatedBytes: number;
  maxRows: number;
  maxCells: number;
  maxMergedCells: number;
}

/** The limits in force. */
export const WORKBOOK_LIMITS: WorkbookLimits = {
  maxBytes: MAX_SPREADSHEET_BYTES,
  maxInflatedBytes: MAX_INFLATED_BYTES,
  maxRows: MAX_SHEET_ROWS,
  maxCells: MAX_CELLS,
  maxMergedCells: MAX_MERGED_CELLS,
};

/** A workbook ready for exceljs, or why it is refused. */
export type GuardedWorkbook = { ok: true; buffer: Buffer } | { ok: false; problems: SheetProblem[] };

const refuse = (de: string, en: string, code = 'workbook-refused'): GuardedWorkbook => ({ ok: false, problems: [{ severity: 'error', code, message: say(de, en) }] });

/** Checks, measures and re-packs the workbook at `file`. Never throws for bad files. */
export async function guardWorkbook(file: string, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<GuardedWorkbook> {
  const name = path.basename(file);
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    return refuse(`„${name}“ lässt sich nicht lesen (${(error as Error).message})`, `"${name}" cannot be read (${(error as Error).message})`, 'io');
  }
  if (size > limits.maxBytes) {
    return refuse(
      `„${name}“ ist ${(size / 1024 / 1024).toFixed(0)} MB groß, erlaubt sind ${limits.maxBytes / 1024 / 1024} MB – Fotos gehören in den Bilder-Ordner, nicht in die Tabelle`,
      `"${name}" is ${(size / 1024 / 1024).toFixed(0)} MB, the limit is ${limits.maxBytes / 1024 / 1024} MB – photos belong in the images folder, not in the workbook`,
      'workbook-too-large',
    );
  }
  const head = await readHead(file);
  if (head.readUInt32LE(0) === 0xe011cfd0) {
    return refuse(
      `„${name}“ ist im alten Excel-Format .xls (97–2003) – bitte in Excel „Speichern unter“ → „Excel-Arbeitsmappe (.xlsx)“`,
      `"${name}" is in the old Excel format .xls (97–2003) – please "Save as" an Excel workbook (.xlsx)`,
      'workbook-format',
    );
  }
  if (head.readUInt32LE(0) !== 0x04034b50) {
    return refuse(`„${name}“ ist keine .xlsx-Arbeitsmappe (kein ZIP-Inhalt)`, `"${name}" is not an .xlsx workbook (not a zip)`, 'workbook-format');
  }
  let zipfile: ZipFile;
  try {
    zipfile = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true });
  } catch (error) {
    return refuse(`„${name}“ ist beschädigt (${(error as Error).message}) – bitte neu speichern`, `"${name}" is damaged (${(error as Error).message}) – please save it again`, 'workbook-damaged');
  }
  try {
    return await guardOpen(zipfile, name, limits);
  } catch (error) {
    return refuse(`„${name}“ ist beschädigt (${(error as Error).message}) – bitte neu speichern`, `"${name}" is damaged (${(error as Error).message}) – please save it again`, 'workbook-damaged');
  } finally {
    zipfile.close();
  }
}

async function guardOpen(zipfile: ZipFile, name: string, limits: WorkbookLimits): Promise<GuardedWorkbook> {
  const entries = await listEntries(zipfile);
  const infos = entries.map(({ info }) => info);
  const archive = zipEntryProblems(infos);
  if (archive.length > 0) {
    return {
      ok: false,
      problems: archive.map((problem) => ({
        severity: 'error',
        code: problem.code,
        message: say(`„${name}“ (Teil ${problem.file ?? '–'}): ${problem.message.de}`, `"${name}" (part ${problem.file ?? '–'}): ${problem.message.en}`),
      })),
    };
  }
  const names = new Set(infos.map((info) => info.name));
  if (names.has('mimetype') && !names.has('xl/workbook.xml')) {
    return refuse(
      `„${name}“ ist eine LibreOffice-Tabelle (.ods) – bitte „Speichern unter“ → „Excel 2007-365 (.xlsx)“`,
      `"${name}" is a LibreOffice spreadsheet (.ods) – please "Save as" Excel 2007-365 (.xlsx)`,
      'workbook-format',
    );
  }
  if (!names.has('xl/workbook.xml')) return refuse(`„${name}“ ist keine Excel-Arbeitsmappe`, `"${name}" is not an Excel workbook`, 'workbook-format');
  const declared = infos.reduce((sum, info) => sum + info.uncompressedSize, 0);
  if (declared > limits.maxInflatedBytes) {
    return refuse(
      `„${name}“ würde entpackt ${(declared / 1024 / 1024).toFixed(0)} MB belegen, erlaubt sind ${limits.maxInflatedBytes / 1024 / 1024} MB`,
      `"${name}" would take ${(declared / 1024 / 1024).toFixed(0)} MB unpacked, the limit is ${limits.maxInflatedBytes / 1024 / 1024} MB`,
      'workbook-too-large',
    );
  }
  const out = new yazl.ZipFile();
  let inflated = 0;
  let cells = 0;
  let merged = 0;
  for (const { entry, info } of entries) {
    if (info.name.endsWith('/')) continue;
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(info.name);
    const counter = isSheet ? new SheetCounter() : undefined;
    const data = await inflate(zipfile, entry, (chunk) => {
      inflated += chunk.length;
      if (inflated > limits.maxInflatedBytes) return 'size';
      if (counter) {
        counter.feed(chunk);
        if (counter.rows > limits.maxRows) return 'rows';
        if (cells + counter.cells > limits.maxCells) return 'cells';
      }
      return undefined;
    });
    if (data === 'rows') {
      return refuse(
        `„${name}“ hat ein Blatt mit mehr als ${limits.maxRows.toLocaleString('de-DE')} Zeilen – das ist keine Ausstellung mehr; bitte prüfen, ob die richtige Datei gewählt ist`,
        `"${name}" has a sheet with more than ${limits.maxRows.toLocaleString('en')} rows – please check that this is the right file`,
        'too-many-rows',
      );
    }
    if (data === 'cells') {
      return refuse(`„${name}“ hat mehr als ${limits.maxCells.toLocaleString('de-DE')} Zellen`, `"${name}" has more than ${limits.maxCells.toLocaleString('en')} cells`, 'too-many-cells');
    }
    if (data === 'size') {
      return refuse(`„${name}“ ist entpackt größer als ${limits.maxInflatedBytes / 1024 / 1024} MB`, `"${name}" is larger than ${limits.maxInflatedBytes / 1024 / 1024} MB unpacked`, 'workbook-too-large');
    }
    let bytes = data;
    if (isSheet) {
      cells += counter!.cells;
      let xml = data.toString('utf8');
      merged += mergedArea(xml);
      if (merged > limits.maxMergedCells) {
        return refuse(
          `„${name}“ hat verbundene Zellbereiche über mehr als ${limits.maxMergedCells.toLocaleString('de-DE')} Zellen – bitte die Verbindungen aufheben`,
          `"${name}" has merged ranges covering more than ${limits.maxMergedCells.toLocaleString('en')} cells – please unmerge them`,
          'too-many-cells',
        );
      }
      xml = xml.replace(/<dataValidations[\s>][\s\S]*?<\/dataValidations>|<dataValidations\/>/g, '').replace(/<extLst>[\s\S]*?<\/extLst>/g, '');
      bytes = Buffer.from(xml, 'utf8');
    }
    out.addBuffer(bytes, info.name, { compress: false });
  }
  out.end();
  const chunks: Buffer[] = [];
  for await (const chunk of out.outputStream) chunks.push(chunk as Buffer);
  return { ok: true, buffer: Buffer.concat(chunks) };
}

