/**
 * The curator's way end to end with real files: `template` → fill in → `import` (the bundle folder is replaced only
 * when the new one checks out; workbook and images folder are never changed) → `export`; and the kiosk's admin
 * side: a USB stick with a workbook and its images folder is offered, checked into the data folder with a German
 * report naming sheet, row and column, and the checked folder activates through the content library.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findContentSources } from '../../../../src-main/admin/sourceFinder';
import { run as runExport } from '../../../../src-main/cli/commands/export';
import { run as runImport } from '../../../../src-main/cli/commands/import';
import { run as runTemplate } from '../../../../src-main/cli/commands/template';
import { validateBundle } from '../../../../src-main/content/validation/validateBundle';
import { openContentLibrary } from '../../../../src-main/library/contentLibrary';
import { checkSpreadsheetSource } from '../../../../src-main/spreadsheet/checkSpreadsheetSource';
import { jpeg, png, snapshotTree } from '../../../support/bundleBuilder';
import { makeTempDir } from '../../../support/tempDir';
import { smallManifest, writeEditedWorkbook } from './workbookFixtures';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await makeTempDir('spreadsheet-cli-')));
afterAll(() => cleanup());

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

async function imagesFolder(folder: string): Promise<void> {
  await mkdir(path.join(folder, 'bilder'), { recursive: true });
  await writeFile(path.join(folder, 'bilder', 'a.jpg'), await jpeg(320, 200));
  await writeFile(path.join(folder, 'bilder', 'b.png'), await png(200, 200));
}

describe('template', () => {
  it('writes a workbook with a guide, a sheet per part, German headers per language, drop-downs and a valid example row', async () => {
    const file = path.join(dir, 'vorlage.xlsx');
    const { io, out } = capture();
    expect(await runTemplate([file, '--languages', 'de,en,he'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/Vorlage geschrieben/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names.slice(0, 8)).toEqual(['Anleitung', 'Ausstellung', 'Partner', 'Ereignisse', 'Bilder', 'Galerie', 'Abschnitte', expect.any(String)]);
    expect(names).toEqual(expect.arrayContaining(['Quellen', 'Anmerkungen', 'Listen']));
    expect(workbook.getWorksheet('Listen')!.state).toBe('hidden');
    const headers = (workbook.getWorksheet('Ereignisse')!.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual(expect.arrayContaining(['Kennung', 'Datum', 'Titel (de)', 'Titel (en)', 'Titel (he)', 'Partner', 'Bilder', 'Hervorheben']));
    const partner = workbook.getWorksheet('Partner')!;
    const kindColumn = (partner.getRow(1).values as unknown[]).indexOf('Art');
    expect(partner.getCell(2, kindColumn).dataValidation).toMatchObject({ type: 'list', formulae: ['"Partnerschaft,Freundschaft,Kooperation,Städtepartnerschaft,Landespartnerschaft"'] });
    const countryColumn = (partner.getRow(1).values as unknown[]).indexOf('Land');
    expect(partner.getCell(3, countryColumn).dataValidation?.formulae?.[0]).toMatch(/^'Listen'!\$A\$2:\$A\$2\d\d$/);
    const events = workbook.getWorksheet('Ereignisse')!;
    const partnersColumn = (events.getRow(1).values as unknown[]).indexOf('Partner');
    expect(events.getCell(2, partnersColumn).dataValidation?.formulae?.[0]).toMatch(/^'Partner'!\$A\$2:\$A\$\d+$/);
    expect(String(workbook.getWorksheet('Anleitung')!.getCell(1, 1).value)).toMatch(/Ausstellung als Tabelle/);
    // The example is a valid bundle once its one image is there.
    const images = path.join(dir, 'vorlage-bilder');
    await mkdir(images);
    await writeFile(path.join(images, 'belfort.jpg'), await jpeg(320, 200));
    const { io: io2, out: out2 } = capture();
    expect(await runImport([file, '--images', images, path.join(dir, 'aus-vorlage')], io2)).toBe(0);
    expect(out2.join('\n')).toMatch(/Eingelesen nach .*1 Partner, 1 Ereignisse, 1 Bilder/);
  });
});

describe('import', () => {
  it('writes the bundle, replaces it only with one that checks out, and never changes the sources', async () => {
    const sources = path.join(dir, 'quellen');
    await imagesFolder(sources);
    const workbook = path.join(sources, 'ausstellung.xlsx');
    await writeEditedWorkbook(workbook, smallManifest());
    const before = await snapshotTree(sources);
    const target = path.join(dir, 'paket');

    const first = capture();
    // The rows name `bilder/a.jpg`; given the `bilder` folder itself, the files are found there as well.
    expect(await runImport([workbook, '--images', path.join(sources, 'bilder'), target], first.io)).toBe(0);
    expect((await readdir(path.join(target, 'bilder'))).sort()).toEqual(['a.jpg', 'b.png']);

    const ok = capture();
    expect(await runImport([workbook, '--images', sources, target], ok.io)).toBe(0);
    expect(ok.out.join('\n')).toMatch(/Eingelesen nach .*2 Partner, 2 Ereignisse, 2 Bilder/);
    expect((await readdir(target)).sort()).toEqual(['bilder', 'bundle.yaml']);
    expect((await validateBundle(target)).ok).toBe(true);
    const good = await snapshotTree(target);

    const broken = path.join(dir, 'kaputt.xlsx');
    await writeEditedWorkbook(broken, smallManifest(), (wb) => (wb.getWorksheet('Ereignisse')!.getCell('B2').value = '31.02.1973'));
    const bad = capture();
    expect(await runImport([broken, '--images', sources, target], bad.io)).toBe(1);
    expect(bad.out.join('\n')).toMatch(/Fehler – Blatt „Ereignisse“, Zeile 2, Spalte B \(Datum\): „31\.2\.1973“ gibt es im Kalender nicht/);
    expect(bad.out.join('\n')).toMatch(/Der Paketordner bleibt unverändert/);
    expect(await snapshotTree(target)).toEqual(good);
    expect(await snapshotTree(sources)).toEqual(before);
    expect((await readdir(dir)).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('refuses a target that is not a bundle folder, or lies in the images folder', async () => {
    const sources = path.join(dir, 'quellen-2');
    await imagesFolder(sources);
    const workbook = path.join(sources, 'a.xlsx');
    await writeEditedWorkbook(workbook, smallManifest());
    const other = path.join(dir, 'eigene-dateien');
    await mkdir(other);
    await writeFile(path.join(other, 'brief.txt'), 'bitte nicht löschen');
    const refused = capture();
    expect(await runImport([workbook, '--images', sources, other], refused.io)).toBe(2);
    expect(refused.err.join('\n')).toMatch(/kein Paketordner und nicht leer/);
    expect(await readFile(path.join(other, 'brief.txt'), 'utf8')).toBe('bitte nicht löschen');
    const inside = capture();
    expect(await runImport([workbook, '--images', sources, path.join(sources, 'paket')], inside.io)).toBe(2);
    expect(inside.err.join('\n')).toMatch(/dürfen nicht ineinander liegen/);
  });
});

describe('export', () => {
  it('writes a bundle .zip as a workbook that imports to the same manifest', async () => {
    const sources = path.join(dir, 'quellen-3');
    await imagesFolder(sources);
    const workbook = path.join(sources, 'a.xlsx');
    await writeEditedWorkbook(workbook, smallManifest());
    const bundle = path.join(dir, 'paket-3');
    expect(await runImport([workbook, '--images', sources, bundle], capture().io)).toBe(0);
    const exported = path.join(dir, 'zurueck.xlsx');
    const { io, out } = capture();
    expect(await runExport([bundle, exported], io)).toBe(0);
    expect(out).toEqual([`Exportiert: ${exported}`]);
    expect(await runExport([bundle, exported], capture().io)).toBe(2);
    const again = path.join(dir, 'paket-3b');
    expect(await runImport([exported, '--images', bundle, again], capture().io)).toBe(0);
    const [a, b] = await Promise.all([validateBundle(bundle), validateBundle(again)]);
    expect(b.manifest).toEqual(a.manifest);
  });
});

describe('the admin screen: a USB stick with a workbook and its images folder', () => {
  it('is offered, checked into the data folder with sheet/row/column in the report, and activates', async () => {
    const stick = path.join(dir, 'media', 'kiosk', 'STICK');
    await imagesFolder(stick);
    await writeEditedWorkbook(path.join(stick, 'ausstellung.xlsx'), smallManifest());
    await writeEditedWorkbook(path.join(stick, '~$ausstellung.xlsx'), smallManifest());
    await mkdir(path.join(stick, 'kaputt', 'bilder'), { recursive: true });
    await writeEditedWorkbook(path.join(stick, 'kaputt', 'kaputt.xlsx'), smallManifest(), (wb) => (wb.getWorksheet('Partner')!.getCell('A3').value = 'emek-hefer'));
    await mkdir(path.join(stick, 'ohne'));
    await writeEditedWorkbook(path.join(stick, 'ohne', 'liste.xlsx'), smallManifest());
    const before = await snapshotTree(stick);

    const sources = await findContentSources({ usbRoots: [path.join(dir, 'media', 'kiosk')], importDir: path.join(dir, 'import') });
    const labels = sources.map((source) => source.label);
    expect(labels).toEqual(['USB-Stick STICK › ausstellung.xlsx (Tabelle + bilder/)', 'USB-Stick STICK › kaputt › kaputt.xlsx (Tabelle + bilder/)']);

    const workDir = path.join(dir, 'daten', 'arbeit');
    await mkdir(workDir, { recursive: true });
    const broken = await checkSpreadsheetSource(sources[1]!.path, workDir);
    expect(broken.ok).toBe(false);
    expect(broken.errors).toContainEqual(expect.stringMatching(/^Blatt „Partner“, Zeile 3, Spalte A \(Kennung\): die Kennung „emek-hefer“ steht schon in Zeile 2/));
    await broken.dispose();

    const checked = await checkSpreadsheetSource(sources[0]!.path, workDir);
    expect(checked.errors).toEqual([]);
    expect(checked.ok).toBe(true);
    expect(checked.folder!.startsWith(workDir)).toBe(true);
    expect(checked.manifest?.id).toBe('tabellen-test');
    const library = openContentLibrary(path.join(dir, 'daten'));
    const result = await library.activate(checked.folder!, {
      validate: async (folder) => {
        const report = await validateBundle(folder);
        await report.dispose();
        return { ok: report.ok, problems: report.problems.map((p) => p.message.de) };
      },
    });
    expect(result.ok).toBe(true);
    const status = await library.status();
    expect(status.active?.bundleId ?? status.active?.name).toBeTruthy();
    await checked.dispose();
    expect(await readdir(workDir)).toEqual([]);
    expect(await snapshotTree(stick)).toEqual(before);
  });
});

