/**
 * Spreadsheet in, bundle out: reads an .xlsx or CSV (or a TimelineJS sheet), maps it onto the bundle format,
 * copies the named images from the images folder, writes `bundle.yaml`, and runs the very same check as
 * `npm run content -- check`. Every finding – the import's own and the check's – names sheet, row and column.
 * The spreadsheet and the images folder are only read.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import type { BundleManifest } from '../../src-shared/bundleSchema';
import { say } from '../content/validation/problem';
import { validateBundle } from '../content/validation/validateBundle';
import { copyImages } from './imagesFolder';
import { readCsvWorkbook } from './readCsv';
import { readXlsx } from './readWorkbook';
import { hasErrors, sortSheetProblems, type CellLocations, type SheetProblem } from './sheetProblem';
import { sheetsToManifest, type MappedManifest } from './sheetsToManifest';
import type { ReadWorkbook } from './sheetTable';
import { isTimelineSheet, timelineToManifest, type TimelineOptions } from './timelineJs';
import type { WorkbookLimits } from './workbookGuard';

/** File endings read as spreadsheets. */
export const SPREADSHEET_FILE = /\.(?:xlsx|xlsm|csv)$/i;

/** Options of {@link buildBundle}. */
export interface BuildOptions {
  /** The curator's images folder; may be absent when no row names an image. */
  images?: string;
  /** For a TimelineJS sheet: what it does not say. */
  timeline?: TimelineOptions;
  /** Lower limits for tests. */
  limits?: WorkbookLimits;
}

/** What was built. */
export interface BuildResult {
  /** True when neither the import nor the check found an error. */
  ok: boolean;
  problems: SheetProblem[];
  /** The checked manifest with defaults applied, when its schema passed. */
  manifest?: BundleManifest;
  /** True when the source was a TimelineJS sheet. */
  timeline: boolean;
}

/** Reads `source` into sheets, choosing the reader by the file ending. */
export async function readSpreadsheet(source: string, limits?: WorkbookLimits): Promise<{ ok: true; workbook: ReadWorkbook } | { ok: false; problems: SheetProblem[] }> {
  if (/\.csv$/i.test(source)) return readCsvWorkbook(source, limits ? { maxBytes: limits.maxBytes, maxRows: limits.maxRows } : undefined);
  if (/\.xls[xm]$/i.test(source)) return readXlsx(source, limits);
  return {
    ok: false,
    problems: [
      {
        severity: 'error',
        code: 'workbook-format',
        message: say(
          `„${path.basename(source)}“ ist weder .xlsx noch .csv – bitte in Excel oder LibreOffice als „Excel-Arbeitsmappe (.xlsx)“ speichern`,
          `"${path.basename(source)}" is neither .xlsx nor .csv – please save it as an Excel workbook (.xlsx)`,
        ),
      },
    ],
  };
}

/** Maps read sheets: a TimelineJS sheet by its columns, anything else by the kiosk's layout. */
export function mapWorkbook(workbook: ReadWorkbook, source: string, timeline: TimelineOptions = {}): MappedManifest & { timeline: boolean } {
  const timelineSheet = workbook.sheets.find((sheet) => !sheet.hidden && isTimelineSheet(sheet));
  if (timelineSheet) return { ...timelineToManifest(timelineSheet, timeline, path.basename(source).replace(/\.[^.]+$/, '')), timeline: true };
  return { ...sheetsToManifest(workbook), timeline: false };
}

/** The cell a field path came from: the path itself, else its nearest parent (`events[3].title.en` → `events[3]`). */
export function locate(locations: CellLocations, field: string | undefined): ReturnType<CellLocations['get']> {
  for (let key = field; key; key = key.replace(/(?:\.[^.[\]]+|\[\d+\]|\["[^"]*"\])$/, '')) {
    const found = locations.get(key);
    if (found) return found;
    if (!/[.[]/.test(key)) break;
  }
  return undefined;
}

/**
 * Builds the bundle of `source` into the folder `into` (created; must be empty or missing) and checks it.
 * Problems of the check about a field the import already reported are left out, so each cell is named once.
 */
export async function buildBundle(source: string, into: string, options: BuildOptions = {}): Promise<BuildResult> {
  const read = await readSpreadsheet(source, options.limits);
  if (!read.ok) return { ok: false, problems: read.problems, timeline: false };
  const mapped = mapWorkbook(read.workbook, source, options.timeline);
  await mkdir(into, { recursive: true });
  const problems = [...mapped.problems, ...(await copyImages(mapped.manifest, options.images, into, mapped.locations))];
  await writeFile(path.join(into, 'bundle.yaml'), `# Aus ${path.basename(source)} eingelesen – bitte dort ändern und neu einlesen.\n${stringify(mapped.manifest, { lineWidth: 0 })}`);
  const report = await validateBundle(into);
  await report.dispose();
  const reported = new Set(problems.map((problem) => problem.field).filter((field) => field !== undefined));
  for (const problem of report.problems) {
    if (problem.field !== undefined && [...reported].some((field) => field === problem.field || field.startsWith(`${problem.field}.`))) continue;
    if (problem.code === 'media-missing' || problem.code === 'media-case') continue; // the copy step named the cell already
    const location = locate(mapped.locations, problem.field);
    problems.push({
      severity: problem.severity,
      code: problem.code,
      ...(location ?? {}),
      ...(problem.field === undefined ? {} : { field: problem.field }),
      message: problem.message,
    });
  }
  const sorted = sortSheetProblems(problems);
  return { ok: !hasErrors(sorted), problems: sorted, ...(report.manifest ? { manifest: report.manifest } : {}), timeline: mapped.timeline };
}
