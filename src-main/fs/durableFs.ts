/**
 * Small file-system steps that survive power loss: data is flushed with fsync before a rename makes it visible,
 * and the folder holding a renamed entry is flushed so that the rename itself is on disk.
 */
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
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

/**
 * Writes `text` to `target` atomically: a temporary file next to it is written and flushed, renamed over the
 * target, and the folder is flushed. Readers see the old or the new content, never a part.
 * @param tempName Name of the temporary file in the same folder (callers pass a random one).
 * @param beforeRename Called when the temporary file is flushed and not yet renamed (a crash-test seam).
 */
export async function writeFileAtomic(
  target: string,
  text: string,
  tempName: string,
  beforeRename?: () => Promise<void>,
): Promise<void> {
  const folder = path.dirname(target);
  const temp = path.join(folder, tempName);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await beforeRename?.();
    await renameReplacing(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await fsyncDir(folder);
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
