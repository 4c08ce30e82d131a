/**
 * The admin screen's side of issue 14 through the real kiosk runtime (preview host, real library): a USB stick
 * with a workbook and its images folder is listed, its check reports in German by sheet, row and column, a good
 * one previews and activates, and the stick is never written to.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localize } from '../../../../src-shared/localizedText';
import { openPinStore } from '../../../../src-main/kiosk/pinStore';
import { startKioskRuntime, type KioskRuntime } from '../../../../src-main/kioskRuntime';
import { jpeg, png, snapshotTree } from '../../../support/bundleBuilder';
import { writeValidBundle } from '../../../support/kioskBundles';
import { makeTempDir } from '../../../support/tempDir';
import { smallManifest, writeEditedWorkbook } from './workbookFixtures';
import { unlocked } from '../../../support/adminCalls';

const PIN = '5820';

describe('admin screen: a workbook with its images folder on a USB stick', () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  let runtime: KioskRuntime | undefined;

  beforeEach(async () => ({ dir, cleanup } = await makeTempDir('spreadsheet-admin-')));
  afterEach(async () => {
    runtime?.close();
    runtime = undefined;
    await cleanup();
  });

  it('is listed, checked with sheet/row/column, previewed and activated; the stick stays as it was', async () => {
    const stick = path.join(dir, 'media', 'KREIS');
    for (const folder of [stick, path.join(stick, 'entwurf')]) {
      await mkdir(path.join(folder, 'bilder'), { recursive: true });
      await writeFile(path.join(folder, 'bilder', 'a.jpg'), await jpeg(320, 200));
      await writeFile(path.join(folder, 'bilder', 'b.png'), await png(200, 200));
    }
    await writeEditedWorkbook(path.join(stick, 'ausstellung.xlsx'), smallManifest());
    await writeEditedWorkbook(path.join(stick, 'entwurf', 'entwurf.xlsx'), smallManifest(), (wb) => {
      wb.getWorksheet('Ereignisse')!.getCell('B3').value = '31.02.1980';
    });
    await writeValidBundle(path.join(dir, 'content', 'siegen-wittgenstein-emek-hefer'), { id: 'siegen-wittgenstein-emek-hefer', title: 'Eingebaut' });
    const before = await snapshotTree(stick);
    const dataDir = path.join(dir, 'data');
    await openPinStore(dataDir).write(PIN);
    runtime = await startKioskRuntime({
      host: 'preview',
      appVersion: '0.0.0-test',
      contentDir: path.join(dir, 'content'),
      dataDir,
      sourceRoots: { usbRoots: [path.join(dir, 'media')], importDir: path.join(dataDir, 'import') },
      hotReload: false,
      now: () => 1_000_000,
      log: { info: () => {}, warn: () => {} },
    });
    const api = runtime.api;
    expect((await api.adminUnlock(PIN)).ok).toBe(true);
    const sources = unlocked(await api.adminListSources());
    const workbook = sources.find((source) => source.label === 'USB-Stick KREIS › ausstellung.xlsx (Tabelle + bilder/)');
    const draft = sources.find((source) => source.label === 'USB-Stick KREIS › entwurf › entwurf.xlsx (Tabelle + bilder/)');
    expect(workbook).toBeDefined();
    expect(draft).toBeDefined();

    const bad = await api.adminCheckSource(draft!.id);
    expect(bad.ok).toBe(false);
    expect(bad.errors).toEqual(['Blatt „Ereignisse“, Zeile 3, Spalte B (Datum): „31.2.1980“ gibt es im Kalender nicht – bitte Tag und Monat prüfen']);
    expect((await api.adminActivateSource(draft!.id)).ok).toBe(false);

    const good = await api.adminCheckSource(workbook!.id);
    expect(good.errors).toEqual([]);
    expect(good.ok).toBe(true);
    expect(good.preview?.manifest.id).toBe('tabellen-test');
    expect(good.preview?.manifest.events).toHaveLength(2);

    const activated = await api.adminActivateSource(workbook!.id);
    expect(activated, JSON.stringify(activated)).toMatchObject({ ok: true });
    const active = await api.getActiveBundle();
    expect(localize(active.manifest.title, 'de')).toBe('Tabellentest');
    expect(active.manifest.images.map((image) => image.file)).toEqual(['bilder/a.jpg', 'bilder/b.png']);
    expect(await snapshotTree(stick)).toEqual(before);
  });
});
