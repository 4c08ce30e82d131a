import { lstat, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { isInside } from '../safeResolve';
import { MAX_FILE_COUNT } from './limits';

/** One entry found in a bundle folder; `relative` uses forward slashes. */
export interface BundleFileEntry {
  relative: string;
  kind: 'file' | 'symlink' | 'other';
  /** Bytes; for a symlink the size of its target when that is a file inside the bundle, else 0. */
  size: number;
  /** For a symlink: whether it resolves to something inside the bundle. */
  targetInside?: boolean;
}

/**
 * Files that systems leave behind and that are never part of a bundle: hidden files (`.DS_Store`, `._x`), Windows
 * thumbnails and folder settings, and the macOS resource folder of zips. They are ignored by the checks and left
 * out by `pack`.
 */
export function isSystemJunk(relative: string): boolean {
  return relative
    .split('/')
    .some((segment) => segment.startsWith('.') || segment === '__MACOSX' || /^(?:thumbs\.db|desktop\.ini|ehthumbs\.db)$/i.test(segment));
}

/**
 * Lists every entry below `realRoot` without following symlinks, stopping once more than `MAX_FILE_COUNT` entries
 * were seen (the caller reports the limit). System junk is skipped.
 *
 * @param realRoot The bundle folder, already resolved with `realpath`.
 */
export async function listBundleFiles(realRoot: string): Promise<{ entries: BundleFileEntry[]; truncated: boolean }> {
  const entries: BundleFileEntry[] = [];
  const pending = [''];
  while (pending.length > 0) {
    const folder = pending.shift()!;
    const names = (await readdir(path.join(realRoot, folder))).sort();
    for (const name of names) {
      const relative = folder === '' ? name : `${folder}/${name}`;
      if (isSystemJunk(relative)) continue;
      const absolute = path.join(realRoot, relative);
      const info = await lstat(absolute);
      if (info.isDirectory()) {
        pending.push(relative);
        continue;
      }
      if (info.isSymbolicLink()) {
        let target: string | undefined;
        try {
          target = await realpath(absolute);
        } catch {
          target = undefined;
        }
        entries.push({ relative, kind: 'symlink', size: 0, targetInside: target !== undefined && isInside(realRoot, target) });
      } else {
        entries.push({ relative, kind: info.isFile() ? 'file' : 'other', size: info.size });
      }
      if (entries.length > MAX_FILE_COUNT) return { entries, truncated: true };
    }
  }
  return { entries, truncated: false };
}
