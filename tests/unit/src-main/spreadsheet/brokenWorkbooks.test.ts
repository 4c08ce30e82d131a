/**
 * A corpus of real-world workbooks made in the test: the valid workbook of a small bundle, changed the way curators
 * and spreadsheet programs change them. Each case says what the import must do – handle it, or say in German which
 * sheet, row and column to fix.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, type BuildResult } from '../../../../src-main/spreadsheet/importSpreadsheet';
import { formatSheetProblem } from '../../../../src-main/spreadsheet/sheetProblem';
import { jpeg, png, snapshotTree } from '../../../support/bundleBuilder';
import { makeTempDir } from '../../../support/tempDir';
import { smallManifest, writeEditedWorkbook } from './workbookFixtures';

let dir: string;
let cleanup: () => Promise<void>;
let images: string;
let imagesBefore: string[];
beforeAll(async () => {
  ({ dir, cleanup } = await makeTempDir('spreadsheet-corpus-'));
  images = path.join(dir, 'bilder-ordner');
  await mkdir(path.join(images, 'bilder'), { recursive: true });
  await writeFile(path.join(images, 'bilder', 'a.jpg'), await jpeg(320, 200));
  await writeFile(path.join(images, 'bilder', 'b.png'), await png(200, 200));
  imagesBefore = await snapshotTree(images);
});
afterAll(async () => {
  // The images folder is only ever read.
  expect(await snapshotTree(images)).toEqual(imagesBefore);
  await cleanup();
});

/** The cell under `header` in `row` of `sheet`. */
function cell(workbook: ExcelJS.Workbook, sheet: string, header: string, row: number): ExcelJS.Cell {
  const worksheet = workbook.getWorksheet(sheet)!;
  let column = 0;
  worksheet.getRow(1).eachCell((c, index) => {
    if (c.value === header) column = index;
  });
  if (column === 0) throw new Error(`no column ${header} in ${sheet}`);
  return worksheet.getCell(row, column);
}

let counter = 0;
async function importChanged(change: (workbook: ExcelJS.Workbook) => void, manifest = smallManifest()): Promise<BuildResult & { lines: string[] }> {
  counter += 1;
  const file = path.join(dir, `fall-${counter}.xlsx`);
  await writeEditedWorkbook(file, manifest, change);
  const result = await buildBundle(file, path.join(dir, `paket-${counter}`), { images });
  return { ...result, lines: result.problems.map((problem) => formatSheetProblem(problem)) };
}

describe('the valid workbook', () => {
  it('imports into a bundle that passes the check, with the images copied', async () => {
    const result = await importChanged(() => {});
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.manifest?.events.map((event) => event.id)).toEqual(['gruendung', 'besuch']);
    expect(result.manifest?.events[1]?.themes).toEqual(['Jugend, Kultur', 'Sport']);
    expect(result.manifest?.partners[0]?.facts).toEqual([{ de: 'Eins', en: 'One' }, 'Zwei']);
    expect((await readdir(path.join(dir, `paket-${counter}`, 'bilder'))).sort()).toEqual(['a.jpg', 'b.png']);
  });
});

describe('what real spreadsheets contain', () => {
  it('dates as Excel date cells, cut to the precision their format shows', async () => {
    const result = await importChanged((wb) => {
      Object.assign(cell(wb, 'Ereignisse', 'Datum', 2), { value: new Date(Date.UTC(1973, 9, 8)), numFmt: 'dd.mm.yyyy' });
      Object.assign(cell(wb, 'Ereignisse', 'Datum', 3), { value: new Date(Date.UTC(1980, 5, 1)), numFmt: 'yyyy' });
      Object.assign(cell(wb, 'Partner', 'seit', 2), { value: 26999, numFmt: 'mmmm yyyy' });
    });
    expect(result.ok).toBe(true);
    expect(result.manifest?.events.map((event) => event.date)).toEqual(['1973-10-08', '1980']);
    expect(result.manifest?.partners[0]?.since).toBe('1973-12');
  });

  it('the 1900 leap-year quirk: serial 60 (29.02.1900) is named, not shifted', async () => {
    const result = await importChanged((wb) => Object.assign(cell(wb, 'Ereignisse', 'Datum', 2), { value: 60, numFmt: 'dd.mm.yyyy' }));
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'cell-invalid', sheet: 'Ereignisse', row: 2, column: 'B', header: 'Datum' }));
    expect(result.lines.join('\n')).toMatch(/Blatt „Ereignisse“, Zeile 2, Spalte B \(Datum\): Excel-Datum 29\.02\.1900/);
  });

  it('dates typed as text: „05.1973“, „12. Mai 1973“ are read, a two-digit year is named', async () => {
    const ok = await importChanged((wb) => {
      cell(wb, 'Ereignisse', 'Datum', 2).value = '12. Mai 1973';
      cell(wb, 'Ereignisse', 'Datum', 3).value = '05.1973';
      cell(wb, 'Ereignisse', 'Ende', 3).value = 1974;
    });
    expect(ok.manifest?.events.map((event) => [event.date, event.end])).toEqual([['1973-05-12', undefined], ['1973-05', '1974']]);
    const bad = await importChanged((wb) => (cell(wb, 'Ereignisse', 'Datum', 3).value = '12.05.73'));
    expect(bad.lines).toContainEqual(expect.stringMatching(/^Blatt „Ereignisse“, Zeile 3, Spalte B \(Datum\): „12\.05\.73“ hat eine zweistellige Jahreszahl/));
  });

  it('numbers stored as text and decimal commas; a word where a number belongs is named', async () => {
    const ok = await importChanged((wb) => {
      cell(wb, 'Partner', 'Breite', 2).value = '32,35';
      cell(wb, 'Partner', 'Länge', 2).value = '34.9';
      cell(wb, 'Ausstellung', 'Heimatkreis Breite', 2).value = '50,87';
    });
    expect(ok.ok).toBe(true);
    expect(ok.manifest?.partners[0]?.location).toEqual({ lat: 32.35, lon: 34.9 });
    expect(ok.manifest?.home.location.lat).toBe(50.87);
    const bad = await importChanged((wb) => {
      cell(wb, 'Partner', 'Breite', 2).value = 'nördlich';
      cell(wb, 'Partner', 'Länge', 2).value = '34.9';
    });
    expect(bad.problems).toContainEqual(expect.objectContaining({ severity: 'error', sheet: 'Partner', row: 2, header: 'Breite' }));
    expect(bad.lines.join('\n')).toMatch(/„nördlich“ ist keine Zahl/);
  });

  it('formulas: the stored result is used, a formula without one is named', async () => {
    const ok = await importChanged((wb) => (cell(wb, 'Partner', 'Name (de)', 2).value = { formula: 'LINKS(A2;4)&" Hefer"', result: 'Emek Hefer (Formel)' }));
    expect(ok.manifest?.partners[0]?.name).toBe('Emek Hefer (Formel)');
    const bad = await importChanged((wb) => (cell(wb, 'Ereignisse', 'Titel (de)', 3).value = { formula: 'A1', result: undefined } as unknown as ExcelJS.CellValue));
    expect(bad.ok).toBe(false);
    expect(bad.lines).toContainEqual(expect.stringMatching(/^Blatt „Ereignisse“, Zeile 3, Spalte \w+ \(Titel \(de\)\): die Formel „=A1“ hat keinen gespeicherten Wert/));
  });

  it('merged cells give their value to every row they cover, with a hint', async () => {
    const result = await importChanged((wb) => {
      const first = cell(wb, 'Ereignisse', 'Partner', 2);
      wb.getWorksheet('Ereignisse')!.mergeCells(first.row as unknown as number, first.col as unknown as number, 3, first.col as unknown as number);
    });
    expect(result.manifest?.events.map((event) => event.partners)).toEqual([['emek-hefer'], ['emek-hefer']]);
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'cells-merged', sheet: 'Ereignisse', row: 2, severity: 'warning' }));
  });

  it('hidden rows and sheets are imported, with a hint', async () => {
    const result = await importChanged((wb) => {
      wb.getWorksheet('Ereignisse')!.getRow(3).hidden = true;
      wb.getWorksheet('Abschnitte')!.state = 'hidden';
    });
    expect(result.ok).toBe(true);
    expect(result.manifest?.events).toHaveLength(2);
    expect(result.manifest?.eras).toHaveLength(1);
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'rows-hidden', sheet: 'Ereignisse', row: 3 }));
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'sheet-hidden', sheet: 'Abschnitte' }));
  });

  it('reordered columns, English field keys as headers, a title row above the headers', async () => {
    const result = await importChanged((wb) => {
      const old = wb.getWorksheet('Ereignisse')!;
      const width = old.getRow(1).cellCount;
      const rows = [1, 2, 3].map((n) => Array.from({ length: width }, (_, i) => old.getCell(n, i + 1).value).reverse());
      wb.removeWorksheet(old.id);
      const sheet = wb.addWorksheet('Ereignisse');
      sheet.getCell(1, 1).value = 'Unsere Ereignisse – Stand Mai';
      rows.forEach((values, index) => values.forEach((value, column) => (sheet.getCell(index + 3, column + 1).value = value)));
      const dateColumn = rows[0]!.indexOf('Datum') + 1;
      sheet.getCell(3, dateColumn).value = 'date';
    });
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.manifest?.events.map((event) => [event.id, event.date])).toEqual([['gruendung', '1973-10-08'], ['besuch', '1980']]);
  });

  it('a renamed header is named with a suggestion, and the required column it was is missing', async () => {
    const result = await importChanged((wb) => (cell(wb, 'Ereignisse', 'Titel (de)', 1).value = 'Titell (de)'));
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'column-unknown', sheet: 'Ereignisse', row: 1, severity: 'warning' }));
    expect(result.lines.join('\n')).toMatch(/meinten Sie „Titel“\?/);
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'column-missing', sheet: 'Ereignisse', severity: 'error' }));
  });

  it('trailing empty but formatted rows are no entries', async () => {
    const result = await importChanged((wb) => {
      const sheet = wb.getWorksheet('Partner')!;
      for (let row = 4; row < 40; row += 1) {
        sheet.getCell(row, 1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
        sheet.getCell(row, 2).value = '   ';
      }
    });
    expect(result.ok).toBe(true);
    expect(result.manifest?.partners).toHaveLength(2);
  });

  it('the same id twice names both rows', async () => {
    const result = await importChanged((wb) => (cell(wb, 'Partner', 'Kennung', 3).value = 'emek-hefer'));
    expect(result.ok).toBe(false);
    expect(result.lines).toContainEqual(expect.stringMatching(/^Blatt „Partner“, Zeile 3, Spalte A \(Kennung\): die Kennung „emek-hefer“ steht schon in Zeile 2/));
  });

  it('an image named but missing in the folder, a case mismatch, and an image in the folder no row names', async () => {
    const result = await importChanged((wb) => {
      cell(wb, 'Bilder', 'Datei', 2).value = 'bilder/A.jpg';
      cell(wb, 'Bilder', 'Datei', 3).value = 'bilder/fehlt.png';
    });
    expect(result.ok).toBe(false);
    expect(result.lines).toContainEqual(expect.stringMatching(/^Blatt „Bilder“, Zeile 2, Spalte B \(Datei\): „bilder\/A\.jpg“ heißt im Bilder-Ordner „bilder\/a\.jpg“/));
    expect(result.lines).toContainEqual(expect.stringMatching(/^Blatt „Bilder“, Zeile 3, Spalte B \(Datei\): die Datei „bilder\/fehlt\.png“ fehlt im Bilder-Ordner/));
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'image-unused', severity: 'warning' }));
    expect(result.lines.join('\n')).toMatch(/„bilder\/b\.png“ liegt im Bilder-Ordner, steht aber in keiner Zeile/);
  });

  it('findings of the bundle check are named by sheet, row and column too', async () => {
    const reference = await importChanged((wb) => (cell(wb, 'Ereignisse', 'Partner', 3).value = 'emek-hefer, unbekannt'));
    expect(reference.ok).toBe(false);
    expect(reference.problems).toContainEqual(expect.objectContaining({ code: 'dangling-reference', sheet: 'Ereignisse', row: 3, header: 'Partner' }));
    // The schema check stops before the cross checks, so the broken id is a workbook of its own.
    const id = await importChanged((wb) => (cell(wb, 'Partner', 'Kennung', 3).value = 'Stadt A'));
    expect(id.problems).toContainEqual(expect.objectContaining({ code: 'invalid-id', sheet: 'Partner', row: 3, column: 'A' }));
    expect(id.lines.join('\n')).toMatch(/Blatt „Partner“, Zeile 3, Spalte A \(Kennung\): „Stadt A“ ist keine gültige Kennung/);
  });

  it('a value outside a drop-down list, and a missing exhibition sheet', async () => {
    const kind = await importChanged((wb) => (cell(wb, 'Partner', 'Art', 2).value = 'Partnerschaften'));
    expect(kind.lines.join('\n')).toMatch(/Blatt „Partner“, Zeile 2, Spalte \w+ \(Art\): „Partnerschaften“ ist keine der möglichen Angaben/);
    const caseOnly = await importChanged((wb) => (cell(wb, 'Partner', 'Art', 2).value = 'partnerschaft'));
    expect(caseOnly.manifest?.partners[0]?.kind).toBe('Partnerschaft');
    const noSheet = await importChanged((wb) => wb.removeWorksheet(wb.getWorksheet('Ausstellung')!.id));
    expect(noSheet.problems).toContainEqual(expect.objectContaining({ code: 'sheet-missing', sheet: 'Ausstellung', severity: 'error' }));
  });
});

