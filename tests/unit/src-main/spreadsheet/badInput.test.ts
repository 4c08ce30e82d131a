/**
 * Hostile and wrong files, as real files: an .xlsx is a zip and gets the bundle archive checks; oversized files
 * and sheets of a million rows are refused with a message before exceljs reads them; drop-downs over whole columns
 * (which make exceljs stall) are removed before loading; formulas are never written on export.
 */
import { open, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSpreadsheet } from '../../../../src-main/spreadsheet/importSpreadsheet';
import { readXlsx } from '../../../../src-main/spreadsheet/readWorkbook';
import { sheetsToManifest } from '../../../../src-main/spreadsheet/sheetsToManifest';
import { WORKBOOK_LIMITS } from '../../../../src-main/spreadsheet/workbookGuard';
import { writeWorkbookFile } from '../../../../src-main/spreadsheet/writeWorkbook';
import { makeZip, renameInZip } from '../../../support/bundleBuilder';
import { makeTempDir } from '../../../support/tempDir';
import { smallManifest, textCell, writeMinimalXlsx } from './workbookFixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir('spreadsheet-bad-')));
afterAll(() => cleanup());

async function refusal(file: string, limits = WORKBOOK_LIMITS): Promise<{ code: string; de: string }> {
  const read = await readSpreadsheet(file, limits);
  if (read.ok) throw new Error('expected a refusal');
  return { code: read.problems[0]!.code, de: read.problems.map((p) => p.message.de).join(' | ') };
}

describe('an .xlsx is a zip: the bundle archive checks apply', () => {
  it('refuses a path leaving the folder (zip slip) inside the workbook', async () => {
    const zip = await makeZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }, { name: 'xx/evil.xml', data: 'x' }]);
    const file = path.join(dir, 'slip.xlsx');
    await writeFile(file, renameInZip(zip, 'xx/evil.xml', '../evil.xml'));
    expect(await refusal(file)).toMatchObject({ code: 'zip-slip', de: expect.stringMatching(/Zip-Slip/) });
  });

  it('refuses a compression bomb', async () => {
    const file = path.join(dir, 'bombe.xlsx');
    await writeFile(file, await makeZip([{ name: 'xl/workbook.xml', data: '<workbook/>' }, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(20 * 1024 * 1024) }]));
    expect(await refusal(file)).toMatchObject({ code: 'zip-bomb', de: expect.stringMatching(/Kompressionsbombe/) });
  });

  it('names old .xls, LibreOffice .ods and files that are no workbook at all', async () => {
    const xls = path.join(dir, 'alt.xlsx');
    await writeFile(xls, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]));
    expect((await refusal(xls)).de).toMatch(/alten Excel-Format \.xls/);
    const ods = path.join(dir, 'calc.xlsx');
    await writeFile(ods, await makeZip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', compress: false }, { name: 'content.xml', data: '<x/>' }]));
    expect((await refusal(ods)).de).toMatch(/LibreOffice-Tabelle \(\.ods\)/);
    const text = path.join(dir, 'text.xlsx');
    await writeFile(text, 'Kennung;Name\n');
    expect((await refusal(text)).de).toMatch(/keine \.xlsx-Arbeitsmappe/);
    expect((await refusal(path.join(dir, 'notiz.docx'))).de).toMatch(/weder \.xlsx noch \.csv/);
  });
});

describe('size limits, refused before exceljs reads a byte', () => {
  it('a 50 MB workbook', async () => {
    const file = path.join(dir, 'gross.xlsx');
    const handle = await open(file, 'w');
    await handle.truncate(50 * 1024 * 1024);
    await handle.close();
    expect(await refusal(file)).toMatchObject({ code: 'workbook-too-large', de: expect.stringMatching(/50 MB groß, erlaubt sind 25 MB/) });
    const csv = path.join(dir, 'gross.csv');
    await writeFile(csv, '');
    const big = await open(csv, 'r+');
    await big.truncate(50 * 1024 * 1024);
    await big.close();
    expect(await refusal(csv)).toMatchObject({ code: 'workbook-too-large' });
  });

  it('a sheet of 1,000,000 rows, counted while it streams in', async () => {
    const file = path.join(dir, 'million.xlsx');
    // Empty rows keep the fixture cheap to build; the guard counts `<row` tags all the same.
    let rows = '';
    for (let i = 1; i <= 1_000_000; i += 1) rows += `<row r="${i}"/>`;
    await writeMinimalXlsx(file, 'Ereignisse', rows);
    const before = process.memoryUsage().rss;
    expect(await refusal(file)).toMatchObject({ code: 'too-many-rows', de: expect.stringMatching(/mehr als 100\.000 Zeilen/) });
    // The sheet is dropped at the limit, not built: far less than the gigabytes exceljs would need for it.
    expect(process.memoryUsage().rss - before).toBeLessThan(400 * 1024 * 1024);
  });

  it('a CSV of 1,000,000 lines', async () => {
    const file = path.join(dir, 'million.csv');
    await writeFile(file, `Kennung;Datum\n${'a;1973\n'.repeat(1_000_000)}`);
    expect(await refusal(file)).toMatchObject({ code: 'too-many-rows' });
  });

  it('merged ranges over millions of cells', async () => {
    const file = path.join(dir, 'verbunden.xlsx');
    await writeMinimalXlsx(file, 'Partner', `<row r="1">${textCell('A1', 'Kennung')}</row>`, '<mergeCells count="1"><mergeCell ref="A2:Z100000"/></mergeCells>');
    expect(await refusal(file)).toMatchObject({ code: 'too-many-cells', de: expect.stringMatching(/verbundene Zellbereiche/) });
  });
});

describe('what exceljs must not see', () => {
  it('a drop-down over whole columns is removed before loading, the values are read', async () => {
    const file = path.join(dir, 'ganze-spalten.xlsx');
    const rows = `<row r="1">${textCell('A1', 'Anmerkung')}</row><row r="2">${textCell('A2', 'Erste Notiz')}</row>`;
    // Twelve whole columns: exceljs alone would expand this into 12 million entries.
    const validation = '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="A1:L1048576"><formula1>"Ja,Nein"</formula1></dataValidation></dataValidations>';
    await writeMinimalXlsx(file, 'Anmerkungen', rows, validation);
    const read = await readXlsx(file);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(sheetsToManifest(read.workbook).manifest.notes).toEqual(['Erste Notiz']);
  });
});

describe('export writes no formulas (no formula injection)', () => {
  it('values starting with =, +, - or @ are text cells, and come back unchanged', async () => {
    const manifest = smallManifest();
    const risky = ['=HYPERLINK("http://example.org","klick")', '+49 271 333-0', '-5 Grad', '@SUMME(A1)'];
    (manifest.partners as Record<string, unknown>[])[0]!.website = risky[1];
    (manifest.events as Record<string, unknown>[])[0]!.title = { de: risky[0], en: risky[3] };
    (manifest.events as Record<string, unknown>[])[1]!.text = risky[2];
    const file = path.join(dir, 'injektion.xlsx');
    await writeWorkbookFile(manifest, file);
    const sheets = await sheetXml(file);
    for (const [name, xml] of sheets) expect(xml, name).not.toMatch(/<f[\s>]/);
    const read = await readXlsx(file);
    if (!read.ok) throw new Error('unreadable');
    const back = sheetsToManifest(read.workbook).manifest as { events: { title: unknown; text: unknown }[]; partners: { website: unknown }[] };
    expect(back.events[0]!.title).toEqual({ de: risky[0], en: risky[3] });
    expect(back.events[1]!.text).toBe(risky[2]);
    expect(back.partners[0]!.website).toBe(risky[1]);
    expect((await readFile(file)).length).toBeGreaterThan(1000);
  });
});

/** The XML of every worksheet in an .xlsx, read with yauzl. */
async function sheetXml(file: string): Promise<Map<string, string>> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true });
  const sheets = new Map<string, string>();
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', async (entry: yauzl.Entry) => {
      if (/^xl\/worksheets\/sheet\d+\.xml$/.test(entry.fileName)) {
        const stream = await zip.openReadStreamPromise(entry);
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        sheets.set(entry.fileName, Buffer.concat(chunks).toString('utf8'));
      }
      zip.readEntry();
    });
    zip.once('end', () => resolve());
    zip.once('error', reject);
    zip.readEntry();
  });
  zip.close();
  return sheets;
}
