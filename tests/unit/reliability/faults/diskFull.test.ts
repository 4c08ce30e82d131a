/**
 * Disk full (real ENOSPC on a small tmpfs) while copying a bundle, writing the pointer, derivatives, logs and
 * settings: the show that runs keeps running, the curator and the log get a German reason, nothing half-written
 * is left, and the next action after space is freed succeeds.
 */
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKioskLog } from '../../../../src-main/kiosk/kioskLog';
import { defaultSettings, loadSettings, saveSettings } from '../../../../src-main/kiosk/settings';
import type { KioskRuntime } from '../../../../src-main/kioskRuntime';
import { openContentLibrary } from '../../../../src-main/library/contentLibrary';
import { validateWithLoadBundle, writeTestBundle } from '../../../support/libraryBundles';
import { makeTempDir } from '../../../support/tempDir';
import { activateFromStick, looksGerman, startFaultKiosk, type LogLines } from '../support/faultKiosk';
import { recordFigure } from '../support/reliabilityRun';
import { CAN_MOUNT, MOUNT_SKIP_REASON, mountSmallDisk, type SmallDisk } from '../support/smallDisk';

const outcomes: Record<string, string> = {};

describe.skipIf(!CAN_MOUNT)(`disk full (${CAN_MOUNT ? 'tmpfs' : MOUNT_SKIP_REASON})`, { timeout: 180_000 }, () => {
  let disk: SmallDisk;
  let temp: { dir: string; cleanup: () => Promise<void> };
  let runtime: KioskRuntime | undefined;
  const stick = () => path.join(temp.dir, 'media', 'KREIS-STICK');

  beforeEach(async () => {
    disk = mountSmallDisk(2048);
    temp = await makeTempDir('kiosk-disk-full-');
    await writeTestBundle(path.join(stick(), 'eins'), { id: 'eins', title: 'Erste Ausstellung', files: 5, fileBytes: 20_000 });
    await writeTestBundle(path.join(stick(), 'zwei'), { id: 'zwei', title: 'Zweite Ausstellung', files: 10, fileBytes: 60_000, seed: 2 });
  });
  afterEach(async () => {
    runtime?.close();
    runtime = undefined;
    disk.unmount();
    await temp.cleanup();
  });

  it('ENOSPC while copying a bundle: the running show stays, German reason, no leftovers, heals when space is freed', async () => {
    const lines: LogLines = [];
    runtime = await startFaultKiosk(disk.dir, stick(), lines);
    expect((await activateFromStick(runtime, 'eins')).ok).toBe(true);
    const before = runtime.showing.active.version;
    const filler = await disk.fill(300_000);

    const outcome = await activateFromStick(runtime, 'zwei');
    expect(outcome.ok).toBe(false);
    expect(looksGerman(outcome.message)).toBe(true);
    expect(outcome.message).toMatch(/unverändert|bleibt|nicht übernommen|Nicht übernommen|Speicher|voll/i);
    expect(runtime.showing.active.version).toBe(before);
    expect((await runtime.library.status()).active?.name).toBe(before);
    expect(lines.some((line) => line.startsWith('WARN') && /ENOSPC|Speicher|voll|Kein Platz/i.test(line))).toBe(true);
    // The half copy is gone again: the space is free for the next try.
    expect(await readdir(runtime.library.layout.stagingDir).catch(() => [])).toEqual([]);
    expect(disk.free()).toBeGreaterThan(250_000);

    await rm(filler);
    const healed = await activateFromStick(runtime, 'zwei');
    expect(healed.ok).toBe(true);
    expect(runtime.showing.active.manifest.id).toBe('zwei');
    outcomes['ENOSPC beim Kopieren eines Pakets'] = `Ausstellung „eins“ lief weiter; Meldung: „${outcome.message}“; nach Freigabe: übernommen`;
  });

  it('ENOSPC while writing the pointer: the old pointer stays in force, no temporary pointer is left, heals', async () => {
    const library = openContentLibrary(disk.dir);
    const first = await library.activate(path.join(stick(), 'eins'), { validate: validateWithLoadBundle });
    if (!first.ok) throw new Error(first.problems.join('\n'));
    let filler = '';
    const failed = library.activate(path.join(stick(), 'eins'), {
      validate: validateWithLoadBundle,
      onStep: async (step) => {
        if (step === 'version-installed') filler = await disk.fill(0);
      },
    });
    await expect(failed).rejects.toThrow(/ENOSPC|Speicher|voll|Kein Platz/i);
    const recovered = await library.recover();
    expect(recovered.active).toBe(first.version.name);
    expect((await readdir(library.layout.libraryDir)).filter((name) => name.startsWith('active.json.tmp'))).toEqual([]);

    await rm(filler);
    const again = await library.activate(path.join(stick(), 'zwei'), { validate: validateWithLoadBundle });
    expect(again.ok).toBe(true);
    expect((await library.recover()).active).toBe(again.ok ? again.version.name : '');
    outcomes['ENOSPC beim Schreiben des Zeigers'] = 'alter Zeiger gilt weiter, keine Zeiger-Zwischendatei übrig; nach Freigabe: übernommen';
  });

  it('ENOSPC while writing derivatives: every photo still answers, and the cache fills once there is room', async () => {
    const lines: LogLines = [];
    runtime = await startFaultKiosk(disk.dir, stick(), lines);
    // A real photo bundle with real images: the runtime shows the built-in default.
    const manifest = runtime.showing.active.manifest;
    const file = manifest.images[0]?.file ?? '';
    const filler = await disk.fill(0);
    const url = `http://kiosk.invalid/derived/bundle/thumb/${encodeURI(file)}`;
    const full = await runtime.derivatives.handler(new Request(url));
    // The original photo stands in, uncached, so the picture is there while the cache cannot be written.
    expect(full.status).toBe(200);
    expect(full.headers.get('content-type')).toMatch(/^image\//);
    expect(full.headers.get('cache-control')).toBe('no-store');
    outcomes['ENOSPC beim Schreiben der Bildgrößen'] = `Originalbild statt Bildgröße (${full.headers.get('content-type')}, nicht zwischengespeichert); nach Freigabe wieder WebP aus dem Cache`;
    await rm(filler);
    const later = await runtime.derivatives.handler(new Request(url));
    expect(later.status).toBe(200);
    expect(later.headers.get('content-type')).toBe('image/webp');
  });

  it('ENOSPC while writing the log: logging never throws, and lines reach the file again after space is freed', async () => {
    const folder = path.join(disk.dir, 'logs');
    const log = createKioskLog({ folder });
    log.info('vor dem vollen Datenträger');
    const filler = await disk.fill(0);
    for (let index = 0; index < 2000; index += 1) log.warn(`Zeile ${index} bei vollem Datenträger`);
    expect(log.recent().at(-1)).toMatch(/Zeile 1999/);
    await rm(filler);
    await new Promise((resolve) => setTimeout(resolve, 200));
    log.info('nach der Freigabe');
    await log.close();
    const text = await readFile(path.join(folder, 'kiosk.log'), 'utf8');
    expect(text).toContain('vor dem vollen Datenträger');
    const resumed = text.includes('nach der Freigabe');
    outcomes['ENOSPC beim Schreiben des Protokolls'] = `kein Absturz; Zeilen im Speicher erhalten; nach Freigabe ${resumed ? 'schreibt das Protokoll weiter' : 'bleibt die Datei bis zum Neustart stehen'}`;
    expect(resumed).toBe(true);
  });

  it('ENOSPC while writing settings: the old file stays whole and readable, and the next save works', async () => {
    const file = path.join(disk.dir, 'settings.json');
    await saveSettings(file, { ...defaultSettings(), kioskName: 'Foyer alt' });
    const filler = await disk.fill(0);
    await expect(saveSettings(file, { ...defaultSettings(), kioskName: 'Foyer neu' })).rejects.toThrow(/ENOSPC/);
    expect((await loadSettings(file)).settings.kioskName).toBe('Foyer alt');
    await rm(filler);
    await saveSettings(file, { ...defaultSettings(), kioskName: 'Foyer neu' });
    expect((await loadSettings(file)).settings.kioskName).toBe('Foyer neu');
    const leftovers = (await readdir(disk.dir)).filter((name) => name.startsWith('settings.json.') && name.endsWith('.tmp'));
    outcomes['ENOSPC beim Schreiben der Einstellungen'] = `alte Datei bleibt ganz; nächstes Speichern klappt; ${leftovers.length} Zwischendatei(en) übrig`;
  });

  it('records the outcomes for the report', () => {
    recordFigure('faults-disk-full', { outcomes });
    expect(Object.keys(outcomes).length).toBeGreaterThan(0);
  });
});

// Keeps the folder import used when the suite is skipped.
void mkdir;
