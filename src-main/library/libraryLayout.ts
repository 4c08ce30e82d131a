/**
 * Where the content library keeps its files inside the kiosk's data folder:
 *
 * ```
 * <dataDir>/library/
 *   active.json                pointer: active and previous version (replaced atomically)
 *   lock                       held while an activation, rollback or recovery changes the library
 *   versions/<name>/bundle/    the installed copy of a bundle, served to visitors
 *   versions/<name>/integrity.json   who, when, from where, and sha-256 of every file
 *   versions/<name>/damaged.json     present once a full check found files changed (bit rot): the version fails
 *                                    every later check, also the quick one at start-up, which compares sizes only
 *   staging/<random>/          a copy in progress (removed by recovery)
 *   trash/<name>/              a version being pruned (removed by recovery)
 * ```
 */
import path from 'node:path';

/** The app's name as Electron derives it from package.json; the data folder is named after it. */
export const APP_FOLDER_NAME = 'partnerschaftskiosk';

/** Absolute paths of the library's parts for one data folder. */
export interface LibraryLayout {
  dataDir: string;
  libraryDir: string;
  pointerFile: string;
  lockFile: string;
  versionsDir: string;
  stagingDir: string;
  trashDir: string;
}

/** Prefix of temporary pointer files; recovery removes any file starting with it. */
export const POINTER_TEMP_PREFIX = 'active.json.tmp-';

/** The library's paths inside `dataDir`. */
export function libraryLayout(dataDir: string): LibraryLayout {
  const libraryDir = path.join(path.resolve(dataDir), 'library');
  return {
    dataDir: path.resolve(dataDir),
    libraryDir,
    pointerFile: path.join(libraryDir, 'active.json'),
    lockFile: path.join(libraryDir, 'lock'),
    versionsDir: path.join(libraryDir, 'versions'),
    stagingDir: path.join(libraryDir, 'staging'),
    trashDir: path.join(libraryDir, 'trash'),
  };
}

/** The folder of one installed version. */
export function versionDir(layout: LibraryLayout, name: string): string {
  return path.join(layout.versionsDir, name);
}

/** The bundle files of one installed version: what the kiosk serves. */
export function versionBundleDir(layout: LibraryLayout, name: string): string {
  return path.join(layout.versionsDir, name, 'bundle');
}

/** The integrity manifest of one installed version. */
export function versionIntegrityFile(layout: LibraryLayout, name: string): string {
  return path.join(layout.versionsDir, name, 'integrity.json');
}

/** The record that a full check found one installed version damaged (see {@link recordDamage}). */
export function versionDamageFile(layout: LibraryLayout, name: string): string {
  return path.join(layout.versionsDir, name, 'damaged.json');
}

/** What {@link defaultDataDir} reads from the environment; injected so tests need not touch the real one. */
export interface PlatformInfo {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  homedir: string;
}

/**
 * The kiosk's data folder when none is given. It is the same folder Electron's `app.getPath('userData')` gives
 * the kiosk app, so that the CLI and the kiosk share one library:
 * Windows `%APPDATA%\partnerschaftskiosk`, macOS `~/Library/Application Support/partnerschaftskiosk`,
 * Linux and others `$XDG_CONFIG_HOME/partnerschaftskiosk` (default `~/.config/partnerschaftskiosk`).
 */
export function defaultDataDir(info: PlatformInfo): string {
  const { platform, env, homedir } = info;
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(homedir, 'AppData', 'Roaming'), APP_FOLDER_NAME);
  }
  if (platform === 'darwin') return path.posix.join(homedir, 'Library', 'Application Support', APP_FOLDER_NAME);
  const configHome = env.XDG_CONFIG_HOME && path.posix.isAbsolute(env.XDG_CONFIG_HOME) ? env.XDG_CONFIG_HOME : undefined;
  return path.posix.join(configHome ?? path.posix.join(homedir, '.config'), APP_FOLDER_NAME);
}

/** `2025-03-01T10:15:00.000Z` → `20250301-101500`: the start of a version's folder name, sortable and safe. */
export function compactTime(at: Date): string {
  return at.toISOString().replace(/\.\d+Z$/, '').replace(/[-:]/g, '').replace('T', '-');
}
