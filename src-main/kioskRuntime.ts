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
import { CRASH_FALLBACK_FILE, readCrashFallback, withCrashed, writeCrashFallback } from './kiosk/crashFallback';
import { openPinStore } from './kiosk/pinStore';
import type { CrashFallback } from './kiosk/recoveryPolicy';
import { loadSettings, saveSettings, type KioskSettings } from './kiosk/settings';
import { createKioskService } from './kioskService';
import { describeError } from './fs/systemErrors';
import { openContentLibrary, type Bilingual, type ContentLibrary } from './library/contentLibrary';
import { installedBundles } from './library/installedBundles';
import { sweepWorkFolder, workFolder } from './library/workFolder';
import { builtInBundle, chooseInitialBundle, crashedNote, libraryBundle, pointerIdentity } from './runtime/initialBundle';
import { watchShownSource } from './runtime/sourceReload';
import { Showing } from './showing';

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

  const watch = watchShownSource({
    showing,
    library,
    workDir,
    hotReload: options.hotReload !== false,
    bundleOverride: options.bundleOverride !== undefined,
    log: options.log,
  });
  const watchTimer = setInterval(() => {
    watch.rewatch();
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
      watch.stop();
      derivatives.close();
    },
  };
}
