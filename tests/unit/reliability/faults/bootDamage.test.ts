/**
 * Damage found at boot and a stick pulled mid-copy, through the real kiosk runtime: a truncated pointer, a
 * half-deleted version folder, files that no longer match their integrity list, a corrupt or truncated derivative
 * in the cache, an unwritable data folder (read-only tmpfs). Expected each time: the previous good show (or the
 * built-in one) runs, a German notice in the admin screen and the log, no throw (a throw at start-up would be a
 * crash loop in Electron), and the next good action heals.
 */
import { readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKioskLog } from '../../../../src-main/kiosk/kioskLog';
import type { KioskRuntime } from '../../../../src-main/kioskRuntime';
import { openContentLibrary } from '../../../../src-main/library/contentLibrary';
import { validateWithLoadBundle, writeTestBundle } from '../../../support/libraryBundles';
import { makeTempDir } from '../../../support/tempDir';
import { activateFromStick, looksGerman, startFaultKiosk, twoVersionLibrary, type LogLines } from '../support/faultKiosk';
import { recordFigure } from '../support/reliabilityRun';
import { CAN_MOUNT, MOUNT_SKIP_REASON, mountSmallDisk } from '../support/smallDisk';

const outcomes: Record<string, string> = {};

// Each case starts the kiosk runtime twice and activates once: generous time on a busy two-core machine.
describe('faults at boot and mid-copy, through the kiosk runtime', { timeout: 180_000 }, () => {
  let temp: { dir: string; cleanup: () => Promise<void> };
  let runtime: KioskRuntime | undefined;
  let names: { eins: string; zwei: string };
  const dataDir = () => path.join(temp.dir, 'daten');
  const stick = () => path.join(temp.dir, 'media', 'KREIS-STICK');
  const libraryDir = () => path.join(dataDir(), 'library');
  const versionFile = (name: string, file: string) => path.join(libraryDir(), 'versions', name, file);

  beforeEach(async () => {
    temp = await makeTempDir('kiosk-boot-faults-');
    names = await twoVersionLibrary(dataDir(), stick(), [
      { id: 'eins', title: 'Erste Ausstellung', files: 4, fileBytes: 5_000, seed: 1 },
      { id: 'zwei', title: 'Zweite Ausstellung', files: 6, fileBytes: 5_000, seed: 2 },
      { id: 'drei', title: 'Dritte Ausstellung', files: 3, fileBytes: 5_000, seed: 3 },
    ]);
  });
  afterEach(async () => {
    runtime?.close();
    runtime = undefined;
    await temp.cleanup();
  });

  /** Starts the kiosk; it must not throw. Returns the notices of the admin screen and the log lines. */
  const boot = async () => {
    const lines: LogLines = [];
    runtime = await startFaultKiosk(dataDir(), stick(), lines);
    return { lines, notices: [...runtime.showing.notices] };
  };
  const heals = async () => {
    const outcome = await activateFromStick(runtime!, 'drei');
    expect(outcome.ok).toBe(true);
    expect(runtime!.showing.active.manifest.id).toBe('drei');
  };

  const cases: { name: string; label: string; damage: () => Promise<void>; shows: 'eins' | 'zwei' | 'built-in'; note: RegExp }[] = [
    {
      name: 'a truncated pointer file',
      label: 'Zeiger active.json abgeschnitten',
      damage: async () => {
        const pointer = path.join(libraryDir(), 'active.json');
        await writeFile(pointer, (await readFile(pointer, 'utf8')).slice(0, 25));
      },
      shows: 'zwei',
      note: /active\.json\) ist beschädigt/,
    },
    {
      name: 'a half-deleted version folder',
      label: 'aktive Version halb gelöscht',
      damage: async () => {
        const folder = path.join(libraryDir(), 'versions', names.zwei, 'bundle', 'bilder');
        for (const sub of (await readdir(folder)).slice(0, 3)) await rm(path.join(folder, sub), { recursive: true });
      },
      shows: 'eins',
      note: /unvollständig oder beschädigt/,
    },
    {
      name: 'a version whose manifest was deleted',
      label: 'Manifest der aktiven Version fehlt',
      damage: () => rm(versionFile(names.zwei, 'bundle/bundle.yaml')),
      shows: 'eins',
      note: /unvollständig oder beschädigt|fehlt/,
    },
    {
      name: 'files that no longer match their integrity list (size)',
      label: 'Datei passt nicht zur Prüfliste (Größe)',
      damage: () => truncate(versionFile(names.zwei, 'bundle/bilder/01/datei-1.bin'), 100),
      shows: 'eins',
      note: /Größe 100 Bytes statt 5000/,
    },
    {
      name: 'a damaged integrity list',
      label: 'Prüfliste integrity.json beschädigt',
      damage: () => writeFile(versionFile(names.zwei, 'integrity.json'), '{"format":1,'),
      shows: 'eins',
      note: /integrity\.json ist beschädigt/,
    },
    {
      name: 'both versions damaged',
      label: 'alle Versionen beschädigt',
      damage: async () => {
        await truncate(versionFile(names.zwei, 'bundle/bilder/01/datei-1.bin'), 1);
        await truncate(versionFile(names.eins, 'bundle/bilder/01/datei-1.bin'), 1);
      },
      shows: 'built-in',
      note: /mitgelieferte Ausstellung/,
    },
  ];

  for (const testCase of cases) {
    it(`${testCase.name}: ${testCase.shows === 'built-in' ? 'the built-in show' : 'the previous good show'} runs, with a German notice, and the next activation heals`, async () => {
      await testCase.damage();
      const { lines, notices } = await boot();
      const shown = runtime!.showing.active;
      if (testCase.shows === 'built-in') expect(shown.version).toBe('built-in');
      else expect(shown.version).toBe(names[testCase.shows]);
      expect(notices.some((notice) => testCase.note.test(notice))).toBe(true);
      expect(notices.every(looksGerman)).toBe(true);
      expect(lines.some((line) => line.startsWith('WARN') && testCase.note.test(line))).toBe(true);
      // A second boot finds the repaired library: no loop of repairs.
      runtime!.close();
      const second = await boot();
      expect(runtime!.showing.active.version).toBe(shown.version);
      await heals();
      outcomes[testCase.label] = `zeigt ${testCase.shows === 'built-in' ? 'die mitgelieferte Ausstellung' : `die vorige gute Version („${testCase.shows}“)`}; Hinweis: „${notices.find((notice) => testCase.note.test(notice))}“; zweiter Start ruhig (${second.notices.length} Hinweise); nächste Aktivierung heilt`;
    });
  }

  describe('same-size damage (bit rot) in the shown version: the background check after start-up', () => {
    /** The check starts at once and reads without pauses: the timing is not what these tests are about. */
    const checkAtOnce = { verifyInBackground: { delayMs: 0, pauseMs: 0 } };
    const flipByte = async (name: string) => {
      const file = versionFile(name, 'bundle/bilder/01/datei-1.bin');
      const bytes = await readFile(file);
      bytes[10] = (bytes[10] ?? 0) ^ 0xff;
      await writeFile(file, bytes);
    };
    const bootChecking = async () => {
      const lines: LogLines = [];
      runtime = await startFaultKiosk(dataDir(), stick(), lines, checkAtOnce);
      return { lines, outcome: await runtime.activeCheck };
    };
    const note = /Version „[^“]+“ ist unvollständig oder beschädigt: bilder\/01\/datei-1\.bin: Inhalt verändert \(Prüfsumme falsch\)/;

    it('one flipped byte: the quick check at boot passes, the background check finds it and the previous good show runs', async () => {
      await flipByte(names.zwei);
      const started = Date.now();
      const { lines, outcome } = await bootChecking();
      const seconds = (Date.now() - started) / 1000;
      expect(outcome).toMatchObject({ kind: 'damaged', version: names.zwei, shows: names.eins });
      expect(runtime!.showing.active.version).toBe(names.eins);
      expect(runtime!.showing.active.manifest.id).toBe('eins');
      const notices = [...runtime!.showing.notices];
      const found = notices.find((notice) => note.test(notice));
      expect(found).toContain(names.zwei);
      expect(notices).toContain(`Der Kiosk zeigt jetzt die Version „${names.eins}“.`);
      expect(notices.every(looksGerman)).toBe(true);
      expect(lines.some((line) => line.startsWith('WARN') && note.test(line))).toBe(true);
      // The pointer was moved as start-up recovery moves it: the next start shows "eins" at once, and its own
      // background check finds it intact.
      expect((await runtime!.library.status()).active?.name).toBe(names.eins);
      runtime!.close();
      const second = await bootChecking();
      expect(runtime!.showing.active.version).toBe(names.eins);
      expect(second.outcome).toEqual({ kind: 'intact', version: names.eins });
      expect(runtime!.showing.notices).toEqual([]);
      const quiet = runtime!.showing.notices.length;
      await heals();
      outcomes['Datei gleicher Größe verändert (Bitfehler)'] =
        `Schnellprüfung beim Start sieht es nicht; die Prüfung im Hintergrund nach dem Start findet es (Start und Prüfung hier ${seconds.toFixed(1)} s, ohne Wartezeit und Pausen) und zeigt die vorige gute Version („eins“); Hinweis: „${found}“; zweiter Start ruhig (${quiet} Hinweise, Prüfung: intakt); nächste Aktivierung heilt`;
    });

    it('both versions with a flipped byte: the built-in show runs', async () => {
      await flipByte(names.zwei);
      await flipByte(names.eins);
      const first = await bootChecking();
      expect(first.outcome).toMatchObject({ kind: 'damaged', version: names.zwei, shows: names.eins });
      // "eins" passed the quick check when "zwei" was passed over; its own check runs at its next start.
      runtime!.close();
      const second = await bootChecking();
      expect(second.outcome).toMatchObject({ kind: 'damaged', version: names.eins, shows: 'built-in' });
      expect(runtime!.showing.active.version).toBe('built-in');
      expect(runtime!.showing.notices.some((notice) => /mitgelieferte Ausstellung/.test(notice))).toBe(true);
      // Both are recorded as damaged: every later start shows the built-in show at once, with no flip between them.
      for (let start = 0; start < 2; start += 1) {
        runtime!.close();
        const later = await bootChecking();
        expect(runtime!.showing.active.version).toBe('built-in');
        expect(later.outcome).toEqual({ kind: 'skipped', why: 'built-in' });
        expect(runtime!.showing.notices.some((notice) => note.test(notice))).toBe(true);
      }
      await heals();
    });

    it('an intact library: no notice, nothing swapped', async () => {
      const { lines, outcome } = await bootChecking();
      expect(outcome).toEqual({ kind: 'intact', version: names.zwei });
      expect(runtime!.showing.active.version).toBe(names.zwei);
      expect(runtime!.showing.generation).toBe(0);
      expect(runtime!.showing.notices).toEqual([]);
      expect(lines.filter((line) => line.startsWith('WARN'))).toEqual([]);
    });

    it('stop() during the wait ends the check at once and leaves no timer behind', async () => {
      await flipByte(names.zwei);
      runtime = await startFaultKiosk(dataDir(), stick(), [], { verifyInBackground: { delayMs: 60_000, pauseMs: 0 } });
      const closedAt = Date.now();
      runtime.close();
      // Aborting clears the minute's timer: the check ends now, not when the minute is up.
      expect(await runtime.activeCheck).toEqual({ kind: 'cancelled' });
      expect(Date.now() - closedAt).toBeLessThan(5_000);
      expect(runtime.showing.active.version).toBe(names.zwei);
    });

    it('stop() while files are being read ends the check between two files', async () => {
      await flipByte(names.zwei);
      runtime = await startFaultKiosk(dataDir(), stick(), [], { verifyInBackground: { delayMs: 0, pauseMs: 200 } });
      await new Promise((resolve) => setTimeout(resolve, 300));
      runtime.close();
      expect(await runtime.activeCheck).toEqual({ kind: 'cancelled' });
      expect(runtime.showing.active.version).toBe(names.zwei);
    });
  });

  it('a stick pulled mid-copy (files vanish) and a file shrinking mid-copy: nothing changes, German reason, heals', async () => {
    const library = openContentLibrary(dataDir());
    for (const [label, damage] of [
      ['Stick während des Kopierens gezogen', () => rm(path.join(stick(), 'drei'), { recursive: true })],
      ['Datei schrumpft während des Kopierens', () => truncate(path.join(stick(), 'drei', 'bilder', '09', 'datei-9.bin'), 10)],
    ] as const) {
      // Enough files that half of them are still to be copied when the stick goes.
      await writeTestBundle(path.join(stick(), 'drei'), { id: 'drei', files: 24, fileBytes: 5_000, seed: 3 });
      const attempt = library.activate(path.join(stick(), 'drei'), {
        validate: validateWithLoadBundle,
        onStep: async (step) => {
          if (step === 'copying') await damage();
        },
      });
      const error = await attempt.then(
        () => undefined,
        (thrown: unknown) => thrown as Error,
      );
      expect(error).toBeDefined();
      expect(looksGerman(error!.message)).toBe(true);
      expect((await library.status()).active?.name).toBe(names.zwei);
      expect(await readdir(library.layout.stagingDir).catch(() => [])).toEqual([]);
      outcomes[label] = `aktive Version bleibt; Meldung: „${error!.message}“`;
    }
    await writeTestBundle(path.join(stick(), 'drei'), { id: 'drei', files: 3, fileBytes: 5_000, seed: 3 });
    expect((await library.activate(path.join(stick(), 'drei'), { validate: validateWithLoadBundle })).ok).toBe(true);
  });

  it('a corrupt and a truncated derivative in the cache are made again, never served', async () => {
    // A fresh data folder: the kiosk shows the built-in exhibition, whose photos are real.
    await rm(dataDir(), { recursive: true });
    await boot();
    const file = runtime!.showing.active.manifest.images[0]?.file ?? '';
    const url = `http://kiosk.invalid/derived/bundle/thumb/${encodeURI(file)}`;
    const first = await runtime!.derivatives.handler(new Request(url));
    expect(first.status).toBe(200);
    const good = Buffer.from(await first.arrayBuffer());
    const cached = await findFiles(path.join(dataDir(), 'derivatives'), (name) => name.endsWith('.thumb.webp'));
    expect(cached.length).toBe(1);
    for (const [label, damage] of [
      ['Bildgröße im Cache abgeschnitten', () => truncate(cached[0]!, Math.floor(good.length / 2))],
      ['Bildgröße im Cache überschrieben', () => writeFile(cached[0]!, Buffer.alloc(good.length, 0x41))],
    ] as const) {
      await damage();
      // A restart (a new process) meets the damaged file on disk.
      runtime!.close();
      await boot();
      const again = await runtime!.derivatives.handler(new Request(url));
      expect(again.status).toBe(200);
      const bytes = Buffer.from(await again.arrayBuffer());
      const meta = await sharp(bytes).metadata().catch(() => undefined);
      expect(meta?.format).toBe('webp');
      expect((await readFile(cached[0]!)).equals(bytes)).toBe(true);
      outcomes[label] = 'beim nächsten Abruf erkannt und neu erzeugt; nie ausgeliefert';
    }
  });

  it('records the outcomes for the report', () => {
    recordFigure('faults-boot', { outcomes });
    expect(Object.keys(outcomes).length).toBeGreaterThan(0);
  });
});

describe.skipIf(!CAN_MOUNT)(`an unwritable data folder (${CAN_MOUNT ? 'read-only tmpfs' : MOUNT_SKIP_REASON})`, { timeout: 180_000 }, () => {
  it('starts with what it can read (or the built-in show), says so in German, and heals once writable', async () => {
    const disk = mountSmallDisk(4096);
    const temp = await makeTempDir('kiosk-readonly-');
    let runtime: KioskRuntime | undefined;
    try {
      const stick = path.join(temp.dir, 'media', 'KREIS-STICK');
      await writeTestBundle(path.join(stick, 'eins'), { id: 'eins', title: 'Erste Ausstellung', files: 3, fileBytes: 3_000 });
      await writeTestBundle(path.join(stick, 'zwei'), { id: 'zwei', title: 'Zweite Ausstellung', files: 3, fileBytes: 3_000, seed: 2 });
      const library = openContentLibrary(disk.dir);
      const eins = await library.activate(path.join(stick, 'eins'), { validate: validateWithLoadBundle });
      if (!eins.ok) throw new Error('test set-up failed');
      const lines: LogLines = [];
      await startFaultKiosk(disk.dir, stick, []).then((started) => started.close()); // sets the PIN while writable
      disk.readOnly(true);

      // The log of an unwritable folder must not stop the start (main.ts opens it first).
      const log = createKioskLog({ folder: path.join(disk.dir, 'logs-neu') });
      log.warn('Protokoll ohne schreibbaren Ordner');
      expect(log.recent().length).toBe(1);
      await log.close();

      runtime = await startFaultKiosk(disk.dir, stick, lines);
      expect(runtime.showing.active.version).toBe(eins.version.name);
      const notices = [...runtime.showing.notices];
      expect(notices.some((notice) => /nur lesbar|schreibgeschützt|nicht beschreibbar/i.test(notice))).toBe(true);
      const refused = await activateFromStick(runtime, 'zwei');
      expect(refused.ok).toBe(false);
      expect(runtime.showing.active.version).toBe(eins.version.name);

      disk.readOnly(false);
      const healed = await activateFromStick(runtime, 'zwei');
      expect(healed.ok).toBe(true);
      outcomes['Datenordner schreibgeschützt'] = `Start ohne Absturz mit „eins“; Hinweis: „${notices.find((notice) => /nur lesbar|schreibgeschützt|nicht beschreibbar/i.test(notice))}“; Aktivierung abgelehnt: „${refused.message}“; wieder beschreibbar: übernommen`;
      recordFigure('faults-readonly', { outcomes: { 'Datenordner schreibgeschützt': outcomes['Datenordner schreibgeschützt'] } });
    } finally {
      runtime?.close();
      disk.unmount();
      await temp.cleanup();
    }
  });
});

/** Every file below `folder` whose name passes `wanted`. */
async function findFiles(folder: string, wanted: (name: string) => boolean): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && wanted(entry.name)) found.push(path.join(entry.parentPath, entry.name));
  }
  return found;
}
