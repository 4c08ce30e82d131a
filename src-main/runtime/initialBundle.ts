/**
 * What the kiosk shows at start and after passing a version over: the version start-up recovery chooses in the
 * library (passing over versions that kept crashing the page), else the built-in show. Part of the kiosk runtime
 * (`kioskRuntime.ts`).
 */
import path from 'node:path';
import { loadBundle } from '../content/loadBundle';
import { heldBack, type CrashFallbackMarker, type PointerIdentity } from '../kiosk/crashFallback';
import type { KioskSettings } from '../kiosk/settings';
import { readPointer } from '../library/activePointer';
import type { Bilingual, ContentLibrary, RecoveryReport } from '../library/contentLibrary';
import type { ServedBundle } from '../showing';

/** The runtime options the choice reads. */
export interface InitialBundleOptions {
  /** Folder of the bundles shipped with the app. */
  contentDir: string;
  /** A bundle folder to show instead of the library (preview, benchmark). */
  bundleOverride?: string | undefined;
}

export async function chooseInitialBundle(
  options: InitialBundleOptions,
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
export async function libraryBundle(recovery: RecoveryReport, library: ContentLibrary, notices: string[]): Promise<ServedBundle | undefined> {
  if (!recovery.bundleDir || !recovery.active) return undefined;
  const installed = await loadBundle(recovery.bundleDir);
  // By name, not the pointer's active version: a fallback may show another version than the pointer names.
  const summary = (await library.status()).versions.find((version) => version.name === recovery.active)?.summary;
  if (installed.ok && summary) return { dir: installed.folder, manifest: installed.manifest, version: recovery.active, source: summary.source };
  notices.push('Die aktive Version der Bibliothek ist nicht lesbar – das mitgelieferte Standardpaket wird gezeigt.');
  return undefined;
}

/** The built-in show: the configured default bundle, else the exhibition the app ships with. */
export async function builtInBundle(options: InitialBundleOptions, settings: KioskSettings, notices: string[]): Promise<ServedBundle> {
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
export async function pointerIdentity(library: ContentLibrary): Promise<PointerIdentity | null> {
  const read = await readPointer(library.layout);
  return read.ok ? { active: read.pointer.active, activatedAt: read.pointer.activatedAt } : null;
}

/** Why a version is passed over after crashing the page, and what ends it. */
export function crashedNote(name: string): Bilingual {
  return {
    de: `Version „${name}“ wird nicht gezeigt: Die Anzeige ist mit ihr immer wieder abgestürzt. Eine neue Aktivierung oder „Zurück“ in der Verwaltung hebt das auf.`,
    en: `Version "${name}" is not shown: the page crashed again and again with it. A new activation or "Back" in the admin screen ends this.`,
  };
}
