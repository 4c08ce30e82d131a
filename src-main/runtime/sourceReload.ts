/**
 * Hot reload of the shown bundle's source folder: a change is checked like a new bundle and, when valid, shown (a
 * library version is activated anew, so the library stays the single place of what runs). A broken change never
 * replaces what runs; it leaves a German notice. Part of the kiosk runtime (`kioskRuntime.ts`).
 */
import { checkSource } from '../content/checkSource';
import { watchSource } from '../content/sourceWatcher';
import { describeError } from '../fs/systemErrors';
import type { ContentLibrary } from '../library/contentLibrary';
import { LibraryError } from '../library/libraryError';
import type { Showing } from '../showing';

/** What the watcher needs from the runtime. */
export interface SourceReloadDeps {
  showing: Showing;
  library: ContentLibrary;
  /** Where checks unpack and stage, `<dataDir>/work`. */
  workDir: string;
  /** False switches hot reload off (tests, benchmark). */
  hotReload: boolean;
  /** A bundle given on the command line is shown as it is, never activated into the library. */
  bundleOverride: boolean;
  log: { info: (message: string) => void; warn: (message: string) => void };
}

/**
 * Watches the source of whatever `showing` shows, and follows it to the next source after every change of what is
 * shown (call {@link rewatch} regularly; it is cheap while nothing changed).
 */
export function watchShownSource(deps: SourceReloadDeps): { rewatch: () => void; stop: () => void } {
  const { showing, library, workDir, log } = deps;
  let stopWatching = () => {};
  let watchedGeneration = -1;
  const rewatch = () => {
    if (!deps.hotReload || watchedGeneration === showing.generation) return;
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
        log.warn(message);
        return;
      }
      if (current.version === 'built-in' || deps.bundleOverride) {
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
      log.info(`Änderung in ${source} geprüft und übernommen.`);
    } catch (error) {
      // A LibraryError already speaks German; a system error gets words from its code, never its English text.
      const why = error instanceof LibraryError ? error.message : describeError(error).de;
      log.warn(`Änderung in ${source} nicht übernommen: ${(error as Error).message}`);
      showing.notice(`Änderung in ${source} nicht übernommen: ${why}`);
    } finally {
      await checked.dispose();
      rewatch();
    }
  };
  rewatch();
  return { rewatch, stop: () => stopWatching() };
}
