import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { homedir, userInfo } from 'node:os';
import path from 'node:path';
import type { ContentSource } from '../../src-shared/kioskApi';
import { findImagesFolder } from '../spreadsheet/imagesFolder';

/** Manifest names that mark a folder as a bundle (kept in step with the validator's list). */
const MANIFESTS = ['bundle.yaml', 'bundle.yml', 'bundle.json'];

/** A source found on disk: what the admin screen lists, plus the path that never leaves the main process. */
export interface FoundSource extends ContentSource {
  path: string;
}

/** Where to look: mount roots of removable media, and the kiosk's import folder. */
export interface SourceRoots {
  /** Folders whose subfolders are mounted volumes, e.g. `/media/<user>`. */
  usbRoots: string[];
  /** A folder curators can copy bundles into by other means. */
  importDir: string;
  /** The app's built-in bundles (`content/`), offered so a curator can switch between the default exhibitions. */
  builtInDir?: string;
}

/**
 * The usual mount roots of USB sticks: `/media/<user>`, `/run/media/<user>` and `/media` on Linux; `/Volumes` on
 * macOS; drive letters D: to Z: on Windows (each drive is a volume itself, see {@link findContentSources}).
 */
export function defaultUsbRoots(platform: NodeJS.Platform = process.platform): string[] {
  if (platform === 'win32') return [];
  if (platform === 'darwin') return ['/Volumes'];
  const user = safeUserName();
  return [`/media/${user}`, `/run/media/${user}`, '/media', '/mnt'];
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return path.basename(homedir());
  }
}

/**
 * Lists bundles on mounted volumes and in the import folder: a folder holding a manifest, or a `.zip` file, at the
 * top of a volume or one folder down. Hidden entries are skipped; unreadable folders are passed over silently
 * (an unplugged stick is not an error). Sorted by label.
 */
export async function findContentSources(roots: SourceRoots): Promise<FoundSource[]> {
  const found = new Map<string, FoundSource>();
  const volumes: { folder: string; origin: ContentSource['origin']; name: string }[] = [];
  for (const root of roots.usbRoots) {
    for (const entry of await listDirs(root)) volumes.push({ folder: path.join(root, entry), origin: 'usb', name: entry });
  }
  if (process.platform === 'win32') {
    for (const letter of 'DEFGHIJKLMNOPQRSTUVWXYZ') volumes.push({ folder: `${letter}:\\`, origin: 'usb', name: `${letter}:` });
  }
  volumes.push({ folder: roots.importDir, origin: 'import', name: 'Import' });
  if (roots.builtInDir) volumes.push({ folder: roots.builtInDir, origin: 'builtin', name: 'Mitgeliefert' });
  for (const volume of volumes) {
    await collect(volume.folder, volume, [], 0, found);
  }
  return [...found.values()].sort((a, b) => a.label.localeCompare(b.label, 'de'));
}

async function collect(
  folder: string,
  volume: { origin: ContentSource['origin']; name: string },
  trail: string[],
  depth: number,
  found: Map<string, FoundSource>,
): Promise<void> {
  let entries: import('node:fs').Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  if (entries.some((entry) => entry.isFile() && MANIFESTS.includes(entry.name))) {
    add(found, folder, 'folder', volume, trail);
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name.startsWith('$')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isFile() && entry.name.toLowerCase().endsWith('.zip')) add(found, full, 'zip', volume, [...trail, entry.name]);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.xlsx') && !entry.name.startsWith('~$')) {
      // A workbook with its images folder beside it is offered like a bundle: the check imports it into the
      // kiosk's work folder (src-main/spreadsheet/checkSpreadsheetSource.ts). `~$…` files are Excel's lock files.
      const images = await findImagesFolder(full);
      if (images !== undefined) add(found, full, 'spreadsheet', volume, [...trail, `${entry.name} (Tabelle + ${path.basename(images)}/)`]);
    } else if (entry.isDirectory() && depth < 2) await collect(full, volume, [...trail, entry.name], depth + 1, found);
  }
}

function add(
  found: Map<string, FoundSource>,
  fullPath: string,
  kind: ContentSource['kind'],
  volume: { origin: ContentSource['origin']; name: string },
  trail: string[],
): void {
  const prefix = { usb: `USB-Stick ${volume.name}`, import: 'Import-Ordner', builtin: 'Mitgeliefert' }[volume.origin];
  found.set(fullPath, {
    id: createHash('sha256').update(fullPath).digest('base64url').slice(0, 22),
    label: [prefix, ...trail].join(' › '),
    kind,
    origin: volume.origin,
    path: fullPath,
  });
}

async function listDirs(root: string): Promise<string[]> {
  try {
    const entries = await readdir(root, { withFileTypes: true });
    const names: string[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path.join(root, entry.name)).catch(() => undefined))?.isDirectory())) {
        names.push(entry.name);
      }
    }
    return names;
  } catch {
    return [];
  }
}
