/**
 * Copies a bundle's files into a staging folder, hashing the bytes as they are read, then re-reads every copy and
 * compares its sha-256 with the source's. Copies are flushed to disk before the caller renames the folder into
 * place. Source files are only ever opened read-only.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fsyncDir, fsyncFile } from '../fs/durableFs';
import { sha256OfFile } from '../fs/fileHash';
import type { IntegrityEntry } from './integrity';
import { LibraryError, ioError } from './libraryError';
import type { SourceFile } from './sourceTree';

/** Progress callbacks of {@link copyVerified}. */
export interface CopyHooks {
  /** Called after each file is copied, with the count so far (1-based) and the total. */
  afterFile?: (done: number, total: number) => Promise<void> | void;
  /** Called when every file is copied and flushed, before the copies are read back. */
  beforeVerify?: () => Promise<void> | void;
}

/**
 * Copies `files` into `targetDir` (which must exist and be empty) and returns their integrity entries.
 * Throws a {@link LibraryError}: `copy-mismatch` when a copy reads back different bytes, `source-changed` when a
 * source file changed while being copied.
 */
export async function copyVerified(files: SourceFile[], targetDir: string, hooks: CopyHooks = {}): Promise<IntegrityEntry[]> {
  const entries: IntegrityEntry[] = new Array<IntegrityEntry>(files.length);
  const folders = new Set<string>([targetDir]);
  for (const file of files) {
    for (let up = path.dirname(path.join(targetDir, ...file.relative.split('/'))); !folders.has(up); up = path.dirname(up)) {
      folders.add(up);
    }
  }
  for (const folder of [...folders].sort()) await mkdir(folder, { recursive: true });
  let next = 0;
  let done = 0;
  let failed = false;
  // A few files at a time: copying overlaps with another file's fsync, which dominates on real disks.
  const worker = async (): Promise<void> => {
    while (next < files.length && !failed) {
      const index = next++;
      const file = files[index] as SourceFile;
      try {
        entries[index] = await copyOne(file, path.join(targetDir, ...file.relative.split('/')));
      } catch (error) {
        failed = true;
        throw error;
      }
      done += 1;
      await hooks.afterFile?.(done, files.length);
    }
  };
  // allSettled: every worker has stopped writing before a failure is reported and the staging folder removed.
  const settled = await Promise.allSettled(Array.from({ length: Math.min(COPY_CONCURRENCY, files.length) }, worker));
  const failure = settled.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
  for (const folder of folders) await fsyncDir(folder);
  await hooks.beforeVerify?.();
  await verifyCopies(entries, targetDir);
  return entries;
}

/** Files copied at the same time. */
const COPY_CONCURRENCY = 4;

/** Copies one file read-only from the source, hashing its bytes, and flushes the copy. */
async function copyOne(file: SourceFile, target: string): Promise<IntegrityEntry> {
  const hash = createHash('sha256');
  let size = 0;
  try {
    await pipeline(
      createReadStream(file.absolute, { flags: 'r' }),
      async function* (chunks: AsyncIterable<Buffer>) {
        for await (const chunk of chunks) {
          hash.update(chunk);
          size += chunk.length;
          yield chunk;
        }
      },
      createWriteStream(target, { flags: 'wx' }),
    );
    await fsyncFile(target);
  } catch (error) {
    throw ioError({ de: `„${file.relative}“ konnte nicht kopiert werden`, en: `could not copy "${file.relative}"` }, error);
  }
  await expectUnchanged(file, size);
  return { path: file.relative, size, sha256: hash.digest('hex') };
}

/** Fails when the source file's size or modification time differ from what was listed (and validated) before. */
async function expectUnchanged(file: SourceFile, copiedBytes: number): Promise<void> {
  const now = await stat(file.absolute).catch(() => undefined);
  if (now === undefined || now.size !== file.size || now.mtimeMs !== file.mtimeMs || copiedBytes !== file.size) {
    throw new LibraryError('source-changed', {
      de: `„${file.relative}“ hat sich während der Übernahme geändert. Bitte warten, bis das Paket fertig kopiert ist, und erneut aktivieren.`,
      en: `"${file.relative}" changed while being installed. Please wait until the bundle is completely copied and activate again.`,
    });
  }
}

/** Re-reads every copy and compares it with the hash taken from the source. */
async function verifyCopies(entries: IntegrityEntry[], targetDir: string): Promise<void> {
  for (const entry of entries) {
    const copy = path.join(targetDir, ...entry.path.split('/'));
    if ((await sha256OfFile(copy)) !== entry.sha256) {
      throw new LibraryError('copy-mismatch', {
        de: `Die Kopie von „${entry.path}“ weicht vom Original ab (Datenträger fehlerhaft oder voll?). Es wurde nichts aktiviert.`,
        en: `The copy of "${entry.path}" differs from the original (faulty or full disk?). Nothing was activated.`,
      });
    }
  }
}
