/**
 * Small file-system steps that survive power loss: data is flushed with fsync before a rename makes it visible,
 * and the folder holding a renamed entry is flushed so that the rename itself is on disk.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';

/** Flushes a file's data and metadata to disk. */
export async function fsyncFile(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Flushes a folder's entry list to disk, so that a rename or create inside it is durable. Windows cannot open a
 * folder for syncing (and NTFS journals renames itself), so there the step is skipped.
 */
export async function fsyncDir(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    // Some file systems (network shares, some FUSE mounts) refuse fsync on folders; nothing more can be done there.
    if (!isOneOf(error, ['EINVAL', 'ENOTSUP', 'EISDIR', 'EPERM'])) throw error;
  } finally {
    await handle?.close();
  }
}

/** Options of {@link writeFileAtomic}. */
export interface AtomicWriteOptions {
  /** Name of the temporary file in the target's folder; default `<name>.tmp-<random>` (the caller's own prefix lets its tidying recognise leftovers). */
  tempName?: string;
  /** Called when the temporary file is flushed and not yet renamed (a crash-test seam). */
  beforeRename?: () => Promise<void>;
  /** Create the target's folder first (default false). */
  makeFolder?: boolean;
}

/**
 * Writes `data` to `target` atomically and durably: a temporary file next to it is written and flushed, renamed
 * over the target, and the folder is flushed. Readers see the old or the new content, never a part; after a power
 * cut the file is the old or the new one. The one writer of this kind in src-main (settings, pointer, cache).
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const folder = path.dirname(target);
  if (options.makeFolder) await mkdir(folder, { recursive: true });
  const temp = path.join(folder, options.tempName ?? `${path.basename(target)}${ATOMIC_TEMP_MARK}${randomUUID()}`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeRename?.();
    await renameReplacing(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await fsyncDir(folder);
}

/** Marks the default temporary names of {@link writeFileAtomic}, so tidying code can recognise leftovers. */
export const ATOMIC_TEMP_MARK = '.tmp-';

/**
 * Flushes a finished file (written by a stream, e.g. a zip) and moves it to `target` with `move`, then flushes the
 * folder: the same durability as {@link writeFileAtomic} for content that is not in memory.
 */
export async function commitFile(temp: string, target: string, move: (from: string, to: string) => Promise<boolean>): Promise<boolean> {
  await fsyncFile(temp);
  const moved = await move(temp, target);
  if (moved) await fsyncDir(path.dirname(target));
  return moved;
}

/**
 * Renames `from` over `to`. Windows refuses while another process has `to` open for a moment (a reader of the
 * pointer), so there it retries a few times before giving up.
 */
async function renameReplacing(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      if (process.platform !== 'win32' || attempt >= 5 || !isOneOf(error, ['EPERM', 'EACCES', 'EBUSY'])) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)));
    }
  }
}

/** True when `error` is a Node system error with one of `codes`. */
export function isOneOf(error: unknown, codes: readonly string[]): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && codes.includes(code);
}
