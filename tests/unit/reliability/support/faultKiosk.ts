/**
 * A kiosk main side for fault tests: the real runtime (library, validation, admin API, derivative cache) on a
 * data folder the test damages, with the built-in bundles of the app and a USB stick of test bundles.
 */
import path from 'node:path';
import { openPinStore } from '../../../../src-main/kiosk/pinStore';
import { startKioskRuntime, type KioskRuntime, type KioskRuntimeOptions } from '../../../../src-main/kioskRuntime';
import { openContentLibrary } from '../../../../src-main/library/contentLibrary';
import { unlocked as whenUnlocked } from '../../../support/adminCalls';
import { validateWithLoadBundle, writeTestBundle } from '../../../support/libraryBundles';

/** The admin PIN the fault kiosks get, set as the IT department sets it (there is no default PIN). */
const PIN = '4711';

/** Log lines the runtime wrote, as `LEVEL message`. */
export type LogLines = string[];

/** Starts the runtime on `dataDir`; the stick's bundles appear as admin sources. `extra` adds runtime options. */
export async function startFaultKiosk(
  dataDir: string,
  stickRoot: string,
  lines: LogLines,
  extra: Pick<KioskRuntimeOptions, 'verifyInBackground'> = {},
): Promise<KioskRuntime> {
  await openPinStore(dataDir).write(PIN).catch(() => undefined); // an unwritable data folder has no PIN to set
  return startKioskRuntime({
    host: 'preview',
    appVersion: '0.0.0-faults',
    contentDir: path.resolve('content'),
    dataDir,
    sourceRoots: { usbRoots: [stickRoot], importDir: path.join(stickRoot, '..', 'import') },
    hotReload: false,
    ...extra,
    log: { info: (message) => lines.push(`INFO ${message}`), warn: (message) => lines.push(`WARN ${message}`) },
  });
}

/** Unlocks the admin screen with the PIN and activates the stick source whose label ends in `name` (replacing). */
export async function activateFromStick(runtime: KioskRuntime, name: string): Promise<{ ok: boolean; message: string }> {
  const unlocked = await runtime.api.adminUnlock(PIN);
  if (!unlocked.ok) throw new Error(`test set-up: ${unlocked.message}`);
  const source = whenUnlocked(await runtime.api.adminListSources()).find((found) => found.label.endsWith(name));
  if (!source) throw new Error(`test set-up: no source ${name}`);
  // Confirmed replacement: these tests are about faults, not about the question before another exhibition.
  return runtime.api.adminActivateSource(source.id, true);
}

/** German text: umlauts or common German words, and no English-only sentence. */
export function looksGerman(text: string): boolean {
  return /[äöüßÄÖÜ„“]|\b(die|der|das|nicht|wird|ist|Version|Datei|bleibt)\b/.test(text);
}

/** Titles and sizes of the three test bundles on the stick: two are activated, the third is left for the test. */
export interface StickBundle {
  id: 'eins' | 'zwei' | 'drei';
  title: string;
  files: number;
  fileBytes: number;
  seed: number;
}

/**
 * A stick with the bundles `eins`, `zwei` and `drei` (real files) and a library in `dataDir` with `eins` then `zwei`
 * activated, so `zwei` runs and `eins` is the previous good version.
 * @returns The installed version names.
 */
export async function twoVersionLibrary(dataDir: string, stick: string, bundles: readonly StickBundle[]): Promise<{ eins: string; zwei: string }> {
  for (const bundle of bundles) {
    await writeTestBundle(path.join(stick, bundle.id), { id: bundle.id, title: bundle.title, files: bundle.files, fileBytes: bundle.fileBytes, seed: bundle.seed });
  }
  const library = openContentLibrary(dataDir);
  const eins = await library.activate(path.join(stick, 'eins'), { validate: validateWithLoadBundle });
  const zwei = await library.activate(path.join(stick, 'zwei'), { validate: validateWithLoadBundle });
  if (!eins.ok || !zwei.ok) throw new Error('test set-up failed: the stick bundles did not activate');
  return { eins: eins.version.name, zwei: zwei.version.name };
}
