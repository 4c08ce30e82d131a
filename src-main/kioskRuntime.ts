/**
 * The composition root of the kiosk's main side, shared by Electron and the browser preview host: settings, the
 * content library, what is shown, the admin session, hot reload and the API service. Plain Node, no Electron, so
 * start-up and the curator flow are tested here for real.
 */
import path from 'node:path';
import type { KioskApi } from '../src-shared/kioskApi';
import { startActiveCheck, type ActiveCheckOutcome, type ActiveCheckTiming } from './activeVersionCheck';
import { AdminSession } from './admin/adminSession';
import { findContentSources, type SourceRoots } from './admin/sourceFinder';
import { checkSource } from './content/checkSource';
import { createDerivativeService, type DerivativeService } from './content/derivatives/derivativeService';
import { loadBundle } from './content/loadBundle';
import { watchSource } from './content/sourceWatcher';
import { CRASH_FALLBACK_FILE, heldBack, readCrashFallback, withCrashed, writeCrashFallback, type CrashFallbackMarker, type PointerIdentity } from './kiosk/crashFallback';
import { openPinStore } from './kiosk/pinStore';
import type { FallbackState } from './kiosk/recoveryPolicy';
import { loadSettings, saveSettings, type KioskSettings } from './kiosk/settings';
import { createKioskService } from './kioskService';
import { describeError } from './fs/systemErrors';
import { readPointer } from './library/activePointer';
import { openContentLibrary, type Bilingual, type ContentLibrary, type RecoveryReport } from './library/contentLibrary';
import { installedBundles } from './library/installedBundles';
import { LibraryError } from './library/libraryError';
import { sweepWorkFolder, workFolder } from './library/workFolder';
import { Showing, type ServedBundle } from './showing';

/** Where the runtime reads and writes. */
export interface KioskRuntimeOptions {
  host: 'electron' | 'preview';
  appVersion: string;
  /** The built-in bundles (`content/` of the app). */
  contentDir: string;
  /** The kiosk's data folder: settings, content library, logs, temporary extractions. */
  dataDir: string;
  /** Where USB sticks appear, and the import folder. */
  sourceRoots: SourceRoots;
  /** Show this bundle folder instead of the library's active version (the preview's `--bundle`). */
  bundleOverride?: string;
  /** Watch the shown bundle's source and swap in valid changes. Default true. */
  hotReload?: boolean;
  /**
   * Make the display sizes of the showing bundle's images in the background at start-up and after every switch
   * (Electron and `npm run preview`). Default false: `/derived/` then makes each size on its first request.
   */
  backgroundDerivatives?: boolean;
  /**
   * Re-read every file of the shown library version in the background a while after start-up and pass over a
   * damaged one ({@link startActiveCheck}); true for the default timing (5 s, then 20 ms before each file).
   * Default false: tests and tools that start a runtime for a moment do not read a whole version.
   */
  verifyInBackground?: boolean | ActiveCheckTiming;
  /** Clock for the admin session, in ms. */
  now?: () => number;
  quit?: () => void;
  log: { info: (message: string) => void; warn: (message: string) => void };
}

/** A running kiosk main side. */
export interface KioskRuntime {
  api: KioskApi;
  showing: Showing;
  library: ContentLibrary;
  /** Display sizes of bundle images: the `/derived/` route (`derivatives.handler`) and background progress. */
  derivatives: DerivativeService;
  settings: () => KioskSettings;
  /** The background check of the shown version, when `verifyInBackground` asked for one. */
  activeCheck: Promise<ActiveCheckOutcome> | undefined;
  /** The fallback from a library version that keeps crashing the page (used by the window's recovery policy). */
  crashFallback: CrashFallback;
  /** Stops watchers and the background check. */
  close: () => void;
}

/** What the window's recovery needs to fall back from content that keeps crashing the page. */
export interface CrashFallback {
  /** Whether a fallback is possible now (a library version is shown) and when the last one was (ms). */
  state: () => FallbackState;
  /**
   * Holds the shown library version back (persisted in `crash-fallback.json`, the pointer unchanged) and shows the
   * previous good version or the built-in show, with a notice. Never rejects.
   * @param reason The last failure, for the log line.
   * @param at Time of the fallback (ms), on the same clock as the relaunch history.
   */
  fallBack: (reason: string, at: number) => Promise<void>;
}

/**
 * Starts the kiosk's main side. Never fails for bad content or settings: invalid settings fall back to defaults,
 * a damaged library falls back to its previous version or to the built-in default, and every such decision is a
 * notice in the admin screen. It throws only when even the built-in default bundle is unusable (a broken install).
 */
export async function startKioskRuntime(options: KioskRuntimeOptions): Promise<KioskRuntime> {
  const settingsFile = path.join(options.dataDir, 'settings.json');
  const workDir = workFolder(options.dataDir);
  // Extractions of a run that was killed are of no use to anyone now: the folder starts empty.
  await sweepWorkFolder(options.dataDir, new Date(), 0);
  const loaded = await loadSettings(settingsFile);
  let settings = loaded.settings;
  const notices: string[] = [...loaded.problems];
  const library = openContentLibrary(options.dataDir);

  const crashFile = path.join(options.dataDir, CRASH_FALLBACK_FILE);
  let crashMarker = await readCrashFallback(crashFile);
  let lastFallbackAt = crashMarker?.at ?? null;

  const initial = await chooseInitialBundle(options, settings, library, notices, crashMarker);
  const showing = new Showing(initial);
  for (const notice of notices) {
    showing.notice(notice);
    options.log.warn(notice);
  }

  const derivatives = createDerivativeService({
    cacheDir: path.join(options.dataDir, 'derivatives'),
    bundle: () => showing.active,
    candidate: () => showing.candidate,
    keep: async () => [showing.active, ...(showing.candidate ? [showing.candidate] : []), ...(await installedBundles(library))],
    notice: (message) => {
      showing.notice(message);
      options.log.warn(message);
    },
    log: options.log,
  });
  const followShowing = () => {
    if (options.backgroundDerivatives) derivatives.follow(showing.active);
  };
  followShowing();

  const session = new AdminSession({ lockAfterMs: settings.adminLockSeconds * 1000, now: options.now ?? Date.now });
  const loadInstalled = async (folder: string) => {
    const result = await loadBundle(folder);
    return result.ok ? result.manifest : undefined;
  };
  const api = createKioskService({
    host: options.host,
    appVersion: options.appVersion,
    showing,
    settings: () => settings,
    saveSettings: async (next) => {
      await saveSettings(settingsFile, next);
      settings = next;
    },
    session,
    pins: openPinStore(options.dataDir),
    library,
    checkSource: (source) => checkSource(source, workDir),
    loadInstalled,
    findSources: () => findContentSources({ ...options.sourceRoots, builtInDir: options.contentDir }),
    imagePreparation: () => {
      const status = derivatives.status();
      return status ? { done: status.done, total: status.total, running: status.running } : { done: 0, total: 0, running: false };
    },
    usage: { dataDir: options.dataDir, usbRoots: options.sourceRoots.usbRoots, ...(options.now ? { now: options.now } : {}) },
    ...(options.quit ? { quit: options.quit } : {}),
    log: options.log,
  });

  /** Shows what start-up recovery chooses with `avoid` passed over; the same notes go to the admin screen and log. */
  const passOver = async (avoid: ReadonlyMap<string, Bilingual>, keepPointer: boolean): Promise<string> => {
    const found: string[] = [];
    const recovery = await library.recover({ avoid, keepPointer });
    found.push(...recovery.notes.map((note) => note.de));
    const served = (await libraryBundle(recovery, library, found)) ?? (await builtInBundle(options, settings, found));
    showing.show(served);
    for (const notice of found) {
      showing.notice(notice);
      options.log.warn(notice);
    }
    return served.version;
  };
  const crashFallback: CrashFallback = {
    state: () => ({ possible: showing.active.version !== 'built-in', lastAt: lastFallbackAt }),
    fallBack: async (reason, at) => {
      const version = showing.active.version;
      if (version === 'built-in') return;
      lastFallbackAt = at;
      try {
        const pointer = await pointerIdentity(library);
        let held = [version];
        if (pointer) {
          crashMarker = withCrashed(crashMarker, pointer, version, at);
          held = crashMarker.crashed;
          // Written before the switch: should the switch itself crash, the next process still falls back.
          await writeCrashFallback(crashFile, crashMarker).catch((error: unknown) =>
            options.log.warn(`Ausweichen nach Abstürzen nicht gespeichert (${describeError(error).de}); es gilt bis zum nächsten Neustart.`),
          );
        }
        options.log.warn(`Die Anzeige ist mit Version „${version}“ immer wieder abgestürzt (zuletzt: ${reason}); der Kiosk weicht aus.`);
        await passOver(new Map(held.map((name) => [name, crashedNote(name)])), true);
      } catch (error) {
        options.log.warn(`Ausweichen nach Abstürzen nicht möglich: ${describeError(error).de}`);
      }
    },
  };
  const check = options.verifyInBackground
    ? startActiveCheck(
        { showing, library, passOver: (avoid) => passOver(avoid, false), log: options.log },
        options.verifyInBackground === true ? {} : options.verifyInBackground,
      )
    : undefined;

  let stopWatching = () => {};
  let watchedGeneration = -1;
  const rewatch = () => {
    if (options.hotReload === false || watchedGeneration === showing.generation) return;
    watchedGeneration = showing.generation;
    stopWatching();
    const source = showing.active.source;
    stopWatching = watchSource(source, () => void reloadFromSource(source));
  };
  const reloadFromSource = async (source: string) => {
    const current = showing.active;
    const checked = await checkSource(source, workDir);
    try {
      if (!checked.ok || !checked.folder || !checked.manifest) {
        const message = `Änderung in ${source} nicht übernommen (${checked.errors.length} Fehler: ${checked.errors[0] ?? ''}). Es läuft weiter die letzte gültige Fassung.`;
        showing.notice(message);
        options.log.warn(message);
        return;
      }
      if (current.version === 'built-in' || options.bundleOverride) {
        showing.show({ ...current, manifest: checked.manifest });
      } else {
        const result = await library.activate(checked.folder, {
          sourceLabel: source,
          validate: async (folder) => {
            const again = await checkSource(folder, workDir);
            await again.dispose();
            return { ok: again.ok, problems: again.errors };
          },
        });
        const dir = await library.activeBundleDir();
        if (!result.ok || !dir) return;
        showing.show({ dir, manifest: checked.manifest, version: result.version.name, source });
      }
      options.log.info(`Änderung in ${source} geprüft und übernommen.`);
    } catch (error) {
      // A LibraryError already speaks German; a system error gets words from its code, never its English text.
      const why = error instanceof LibraryError ? error.message : describeError(error).de;
      options.log.warn(`Änderung in ${source} nicht übernommen: ${(error as Error).message}`);
      showing.notice(`Änderung in ${source} nicht übernommen: ${why}`);
    } finally {
      await checked.dispose();
      rewatch();
    }
  };
  rewatch();
  const watchTimer = setInterval(() => {
    rewatch();
    followShowing();
  }, 2000);
  watchTimer.unref();

  return {
    api,
    showing,
    library,
    derivatives,
    settings: () => settings,
    activeCheck: check?.done,
    crashFallback,
    close: () => {
      check?.cancel();
      clearInterval(watchTimer);
      stopWatching();
      derivatives.close();
    },
  };
}

async function chooseInitialBundle(
  options: KioskRuntimeOptions,
  settings: KioskSettings,
  library: ContentLibrary,
  notices: string[],
  crashMarker: CrashFallbackMarker | null,
): Promise<ServedBundle> {
  if (options.bundleOverride) {
    const override = await loadBundle(options.bundleOverride);
    if (override.ok) return { dir: override.folder, manifest: override.manifest, version: 'built-in', source: override.folder };
    throw new Error(`Das Paket in ${options.bundleOverride} kann nicht gezeigt werden:\n  ${override.problems.join('\n  ')}`);
  }
  // Versions that kept crashing the page stay passed over until the curator changes the pointer; the pointer
  // itself is left as it is, so that change stays the curator's.
  const held = heldBack(crashMarker, await pointerIdentity(library));
  const recovery = await library.recover(held.length > 0 ? { avoid: new Map(held.map((name) => [name, crashedNote(name)])), keepPointer: true } : {});
  // An empty library (a fresh kiosk) is normal and only gets the last note; anything more is worth a notice, and so
  // is any note beside a usable version (e.g. a library that is only readable: nothing can be activated).
  const worthNoting =
    recovery.repaired || recovery.removed.length > 0 || recovery.notes.length > 1 || (recovery.active !== null && recovery.notes.length > 0);
  if (worthNoting) notices.push(...recovery.notes.map((note) => note.de));
  return (await libraryBundle(recovery, library, notices)) ?? (await builtInBundle(options, settings, notices));
}

/** The library version recovery chose, loaded; undefined (with a notice if it was unreadable) for the built-in show. */
async function libraryBundle(recovery: RecoveryReport, library: ContentLibrary, notices: string[]): Promise<ServedBundle | undefined> {
  if (!recovery.bundleDir || !recovery.active) return undefined;
  const installed = await loadBundle(recovery.bundleDir);
  // By name, not the pointer's active version: a fallback may show another version than the pointer names.
  const summary = (await library.status()).versions.find((version) => version.name === recovery.active)?.summary;
  if (installed.ok && summary) return { dir: installed.folder, manifest: installed.manifest, version: recovery.active, source: summary.source };
  notices.push('Die aktive Version der Bibliothek ist nicht lesbar – das mitgelieferte Standardpaket wird gezeigt.');
  return undefined;
}

/** The built-in show: the configured default bundle, else the exhibition the app ships with. */
async function builtInBundle(options: KioskRuntimeOptions, settings: KioskSettings, notices: string[]): Promise<ServedBundle> {
  for (const id of [settings.defaultBundle, 'siegen-wittgenstein-emek-hefer']) {
    const builtIn = await loadBundle(path.join(options.contentDir, id));
    if (builtIn.ok) {
      if (id !== settings.defaultBundle) notices.push(`Das eingestellte Standardpaket „${settings.defaultBundle}“ fehlt oder ist ungültig.`);
      return { dir: builtIn.folder, manifest: builtIn.manifest, version: 'built-in', source: builtIn.folder };
    }
  }
  throw new Error(`Kein mitgeliefertes Paket in ${options.contentDir} ist gültig – die Installation ist beschädigt.`);
}

/** The pointer's active version and activation time, or null without a usable pointer. */
async function pointerIdentity(library: ContentLibrary): Promise<PointerIdentity | null> {
  const read = await readPointer(library.layout);
  return read.ok ? { active: read.pointer.active, activatedAt: read.pointer.activatedAt } : null;
}

/** Why a version is passed over after crashing the page, and what ends it. */
function crashedNote(name: string): Bilingual {
  return {
    de: `Version „${name}“ wird nicht gezeigt: Die Anzeige ist mit ihr immer wieder abgestürzt. Eine neue Aktivierung oder „Zurück“ in der Verwaltung hebt das auf.`,
    en: `Version "${name}" is not shown: the page crashed again and again with it. A new activation or "Back" in the admin screen ends this.`,
  };
}
