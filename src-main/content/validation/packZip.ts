import { createWriteStream } from 'node:fs';
import { link, realpath, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import { fsyncDir, fsyncFile } from '../../fs/durableFs';
import { listBundleFiles } from './bundleFiles';

/** File endings whose content is already compressed; deflating them again only costs time. */
const STORED = /\.(?:jpe?g|png|webp|avif|gif|zip)$/i;

/**
 * Writes the files of the bundle at `folder` into one .zip at `tempFile`: regular files only (a link inside the
 * bundle is stored as the file it points to; links out of it are never followed), no hidden or system files,
 * names with forward slashes at the archive's root, sorted so that the archive is reproducible.
 *
 * @returns The number of files and their total size in bytes.
 */
export async function writeBundleZip(folder: string, tempFile: string): Promise<{ files: number; bytes: number }> {
  const realRoot = await realpath(folder);
  const { entries } = await listBundleFiles(realRoot);
  const zip = new yazl.ZipFile();
  let bytes = 0;
  let files = 0;
  for (const entry of entries) {
    if (entry.kind === 'other' || (entry.kind === 'symlink' && !entry.targetInside)) continue;
    const source = entry.kind === 'symlink' ? await realpath(path.join(realRoot, entry.relative)) : path.join(realRoot, entry.relative);
    const info = await stat(source);
    if (!info.isFile()) continue;
    zip.addFile(source, entry.relative, { mode: 0o100644, mtime: info.mtime, compress: !STORED.test(entry.relative) });
    bytes += info.size;
    files += 1;
  }
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(tempFile, { flags: 'wx' }));
  // The archive often goes onto a USB stick: make sure the bytes are on the device before it is renamed into place.
  await fsyncFile(tempFile);
  return { files, bytes };
}

/**
 * Moves `tempFile` to `target`. Without `overwrite` an existing target is never replaced: a hard link is the atomic
 * "create if absent"; file systems without hard links (FAT on USB sticks) get a check right before the rename.
 *
 * @returns False when the target exists and `overwrite` is not set (the temp file is then removed).
 */
export async function moveIntoPlace(tempFile: string, target: string, overwrite: boolean): Promise<boolean> {
  const moved = await moveOnly(tempFile, target, overwrite);
  // The new entry in the folder is flushed too, as by writeFileAtomic: after a power cut the archive is there.
  if (moved) await fsyncDir(path.dirname(target));
  return moved;
}

async function moveOnly(tempFile: string, target: string, overwrite: boolean): Promise<boolean> {
  if (overwrite) {
    await rename(tempFile, target);
    return true;
  }
  try {
    await link(tempFile, target);
    await unlink(tempFile);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') {
      await rm(tempFile, { force: true });
      return false;
    }
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
  }
  try {
    await stat(target);
    await rm(tempFile, { force: true });
    return false;
  } catch {
    await rename(tempFile, target);
    return true;
  }
}
