/**
 * The derivative cache on disk, outside every bundle (`<dataDir>/derivatives/`):
 *
 * ```
 * <cacheDir>/<PIPELINE_VERSION>/<first two hex digits>/<sha-256 of the source>.<size>.webp
 * <cacheDir>/<PIPELINE_VERSION>/<first two hex digits>/<sha-256 of the source>.problem.json   (undecodable source)
 * ```
 *
 * The key is the source's content hash, the size name and the pipeline version, so a renamed or re-copied photo
 * is found again and a changed one never is. Files appear atomically (written and flushed under a temporary
 * name, then renamed): a crash leaves at most a temporary file, which {@link pruneStore} removes, never half a
 * derivative that a hash hit would serve for ever.
 */
import { open, readdir, readFile, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ATOMIC_TEMP_MARK, isOneOf, writeFileAtomic } from '../../fs/durableFs';
import type { LocalizedMessage } from '../validation/problem';
import type { DecodeFailure } from './decodeProblem';
import { DERIVATIVE_EXTENSION, PIPELINE_VERSION, type DerivativeSize } from './derivativeSizes';

/** Marks temporary files; anything containing it is unfinished work from a crash. */
const TEMP_MARK = ATOMIC_TEMP_MARK;

/** Paths of one cache. */
export interface DerivativeStore {
  /** The cache's root folder. */
  readonly root: string;
  /** The derivative file of a source hash and size. */
  fileOf(hash: string, size: DerivativeSize): string;
  /** The file recording why a source could not be decoded. */
  problemFileOf(hash: string): string;
}

/** The store below `cacheDir`. */
export function derivativeStore(cacheDir: string): DerivativeStore {
  const root = path.resolve(cacheDir);
  const folderOf = (hash: string) => path.join(root, PIPELINE_VERSION, hash.slice(0, 2));
  return {
    root,
    fileOf: (hash, size) => path.join(folderOf(hash), `${hash}.${size}${DERIVATIVE_EXTENSION}`),
    problemFileOf: (hash) => path.join(folderOf(hash), `${hash}.problem.json`),
  };
}

/**
 * True when `file` is a whole WebP file: `RIFF`, a length that matches the file's size, and `WEBP`. A cache file
 * cut short or overwritten (a failing disk, a copy of the data folder) is then made again instead of being served.
 */
export async function isCached(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'r');
    try {
      const info = await handle.stat();
      const head = Buffer.alloc(12);
      const { bytesRead } = await handle.read(head, 0, 12, 0);
      return (
        info.isFile() &&
        bytesRead === 12 &&
        head.toString('latin1', 0, 4) === 'RIFF' &&
        head.toString('latin1', 8, 12) === 'WEBP' &&
        head.readUInt32LE(4) + 8 === info.size
      );
    } finally {
      await handle.close();
    }
  } catch {
    return false;
  }
}

/** Writes `bytes` to `target` atomically and durably ({@link writeFileAtomic}), creating its bucket folder. */
export function writeCacheFile(target: string, bytes: Uint8Array): Promise<void> {
  return writeFileAtomic(target, bytes, { makeFolder: true });
}

/** Records why the source with `hash` could not be decoded (kind and words), so a cache hit reports it again. */
export function writeProblem(store: DerivativeStore, hash: string, failure: DecodeFailure): Promise<void> {
  return writeCacheFile(store.problemFileOf(hash), Buffer.from(JSON.stringify(failure)));
}

/**
 * The recorded decoding problem of `hash`, or `undefined` when it decoded fine (or the record is unreadable). A
 * record from before the kind was stored (`{ de, en }` alone) counts as unreadable.
 */
export async function readProblem(store: DerivativeStore, hash: string): Promise<DecodeFailure | undefined> {
  try {
    const parsed = JSON.parse(await readFile(store.problemFileOf(hash), 'utf8')) as Partial<DecodeFailure> & Partial<LocalizedMessage>;
    const message = parsed.message ?? parsed;
    if (typeof message.de !== 'string' || typeof message.en !== 'string') return undefined;
    const code = parsed.code === 'image-truncated' ? 'image-truncated' : 'image-unreadable';
    return { code, message: { de: message.de, en: message.en } };
  } catch {
    return undefined;
  }
}

/** What a prune removed. */
export interface PruneResult {
  /** Files removed. */
  files: number;
  /** Bytes freed. */
  bytes: number;
}

/**
 * Removes every cache entry whose source hash is not in `keep`, every folder of another pipeline version and
 * every temporary file left by a crash. Entries of other processes' running work may be removed too; they are
 * simply made again on the next request.
 */
export async function pruneStore(store: DerivativeStore, keep: ReadonlySet<string>): Promise<PruneResult> {
  const result: PruneResult = { files: 0, bytes: 0 };
  let versions: string[];
  try {
    versions = await readdir(store.root);
  } catch (error) {
    if (isOneOf(error, ['ENOENT'])) return result;
    throw error;
  }
  for (const version of versions) {
    const versionDir = path.join(store.root, version);
    if (version !== PIPELINE_VERSION) {
      await removeCounting(versionDir, result);
      continue;
    }
    for (const bucket of await readdir(versionDir)) {
      const bucketDir = path.join(versionDir, bucket);
      for (const name of await readdir(bucketDir).catch(() => [] as string[])) {
        const hash = name.slice(0, name.indexOf('.'));
        if (name.includes(TEMP_MARK) || !keep.has(hash)) await removeCounting(path.join(bucketDir, name), result);
      }
      // An emptied bucket folder goes too; rmdir fails harmlessly when something is still in it.
      await rmdir(bucketDir).catch(() => undefined);
    }
  }
  return result;
}

async function removeCounting(target: string, result: PruneResult): Promise<void> {
  const info = await stat(target).catch(() => undefined);
  if (!info) return;
  if (info.isDirectory()) {
    for (const name of await readdir(target)) await removeCounting(path.join(target, name), result);
    await rm(target, { recursive: true, force: true });
    return;
  }
  await rm(target, { force: true });
  result.files += 1;
  result.bytes += info.size;
}
